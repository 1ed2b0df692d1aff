package co.auditoria.decisiones.conciliacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import co.auditoria.decisiones.glosas.EstadoPrestador;
import org.junit.jupiter.api.Test;

/** Los valores de cada glosa y de la factura a partir de los hechos que dejaron las reglas (spec/conciliacion.md, "Valores"). */
class LiquidacionConciliacionTest {

	private static final LocalDate DIA = LocalDate.of(2026, 3, 13);

	private static final GlosaFormulada CONCILIADA = new GlosaFormulada("G1", "1", "GL_SOPORTE_FALTANTE", "SO0801",
			new BigDecimal("120000"), null, null, null,
			new RespuestaPrestador(DIA, TipoRespuesta.ACEPTA_PARCIAL, new BigDecimal("20000")),
			new DecisionAuditor(DIA, TipoDecision.LEVANTA_PARCIAL, true, new BigDecimal("60000")));

	private static final GlosaFormulada ACEPTADA = new GlosaFormulada("G2", null, "GL_NO_PERTINENTE", null,
			new BigDecimal("5000"), null, null, null, new RespuestaPrestador(DIA, TipoRespuesta.ACEPTA_TOTAL, null), null);

	private static final GlosaFormulada IMPROCEDENTE = new GlosaFormulada("G3", null, "GL_NO_PERTINENTE", null,
			new BigDecimal("7000"), OrigenGlosa.NUEVA, new Notificacion(DIA, true), null,
			new RespuestaPrestador(DIA, TipoRespuesta.ACEPTA_TOTAL, null), null);

	private static final GlosaFormulada SIN_RESPUESTA = new GlosaFormulada("G4", null, "GL_NO_PERTINENTE", null,
			new BigDecimal("3000"), null, null, null, null, null);

	@Test
	void cerradasTodasAPagarMasDefinitivoEsLoFacturadoYLaImprocedenteQuedaFuera() {
		LiquidacionConciliacion liquidacion = LiquidacionConciliacion.de(solicitud(CONCILIADA, ACEPTADA, IMPROCEDENTE),
				List.of(new EstadoDeGlosa("G1", EstadoGlosa.CONCILIADA), new EstadoDeGlosa("G2", EstadoGlosa.ACEPTADA),
						new EstadoDeGlosa("G3", EstadoGlosa.IMPROCEDENTE)),
				List.of(tramitada(CONCILIADA), tramitada(ACEPTADA), tramitada(IMPROCEDENTE)),
				List.of(new DecisionAplicada("G1", CONCILIADA.decisionAuditor())),
				List.of(new FilaActaAplicada("G1", new BigDecimal("10000"), DIA)));

		ValorGlosa g1 = liquidacion.glosas().get(0);
		assertThat(List.of(g1.valorAceptadoPrestador(), g1.valorLevantado(), g1.valorRatificado(), g1.valorConciliado(),
				g1.valorDefinitivoGlosa())).extracting(BigDecimal::intValue).containsExactly(20000, 70000, 40000, 30000, 50000);
		ValorGlosa g3 = liquidacion.glosas().get(2);
		assertThat(g3.codigoRespuesta()).isNull();
		assertThat(g3.valorAceptadoPrestador()).isZero();
		assertThat(g3.valorDefinitivoGlosa()).isZero();
		assertThat(g3.valorConciliado()).isNull();

		LiquidacionConciliacion.Totales totales = liquidacion.totales();
		assertThat(totales.valorGlosadoInicial()).isEqualByComparingTo("125000");
		assertThat(totales.valorAPagar()).isEqualByComparingTo("145000");
		assertThat(totales.valorEnDisputa()).isZero();
		assertThat(totales.valorAPagar().add(totales.valorDefinitivoGlosa())).isEqualByComparingTo(totales.valorFacturado());
	}

	@Test
	void unaGlosaAbiertaNoTieneDefinitivoYSigueEnDisputa() {
		LiquidacionConciliacion liquidacion = LiquidacionConciliacion.de(solicitud(SIN_RESPUESTA),
				List.of(new EstadoDeGlosa("G4", EstadoGlosa.SIN_RESPUESTA)), List.of(), List.of(), List.of());
		assertThat(liquidacion.glosas().get(0).valorDefinitivoGlosa()).isNull();
		assertThat(liquidacion.totales().valorEnDisputa()).isEqualByComparingTo("3000");
		assertThat(liquidacion.totales().valorDefinitivoGlosa()).isZero();
	}

	@Test
	void unaGlosaSinEstadoEsUnErrorDeLasReglas() {
		assertThatThrownBy(() -> LiquidacionConciliacion.de(solicitud(SIN_RESPUESTA), List.of(), List.of(), List.of(), List.of()))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("G4");
	}

	private static RespuestaTramitada tramitada(GlosaFormulada glosa) {
		return new RespuestaTramitada(glosa.id(), glosa.respuestaPrestador(), "RE9999");
	}

	private static SolicitudConciliacion solicitud(GlosaFormulada... glosas) {
		return new SolicitudConciliacion(new Factura("FE-1", LocalDate.of(2026, 2, 12), new BigDecimal("200000")),
				new Prestador(null, null, EstadoPrestador.ACTIVO, false), new Notificacion(LocalDate.of(2026, 2, 20), true),
				List.of(glosas), null, null, null, DIA);
	}

}
