package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.ges.ResumenGes.Celda;
import org.junit.jupiter.api.Test;

/** Las tablas del resumen sin motor ni HTTP: porcentajes, claves vacías, evaluadas y retraso. */
class ResumenGesTest {

	private final ResumenGes resumen = new ResumenGes();

	@Test
	void losPorcentajesTienenUnDecimalConRedondeoHalfUpComoElInforme() {
		assertThat(Conteo.porcentaje(71, 118)).isEqualByComparingTo("60.2");
		assertThat(Conteo.porcentaje(1, 16)).isEqualByComparingTo("6.3");
		assertThat(Conteo.porcentaje(1, 8)).isEqualByComparingTo("12.5");
		assertThat(Conteo.porcentaje(1, 3)).isEqualByComparingTo("33.3");
		assertThat(Conteo.porcentaje(3, 3)).isEqualByComparingTo("100.0");
	}

	@Test
	void porAseguradorCuentaSoloLasEvaluadasYApartaLasNoEvaluadasComoElAnexo1() {
		decision("Colmena", ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("Colmena", ResultadoGes.CUMPLIDA_FUERA_PLAZO, null);
		decision("Colmena", ResultadoGes.CASO_CERRADO, null);
		decision("Colmena", ResultadoGes.NO_EVALUABLE, null);
		decision("Colmena", ResultadoGes.NO_CONCLUYENTE, null);

		ResumenGes.Estado colmena = resumen.tablas().porAsegurador().get("Colmena");

		assertThat(colmena.total()).isEqualTo(3);
		assertThat(colmena.porResultado()).containsOnlyKeys("CUMPLIDA_DENTRO_PLAZO", "CUMPLIDA_FUERA_PLAZO", "CASO_CERRADO");
		assertThat(colmena.porResultado().get("CUMPLIDA_DENTRO_PLAZO")).isEqualTo(new Celda(1, new BigDecimal("33.3")));
		assertThat(colmena.porGrupo().get("CUMPLIDA")).isEqualTo(new Celda(2, new BigDecimal("66.7")));
		assertThat(colmena.porGrupo()).containsOnlyKeys("CUMPLIDA", "CASO_CERRADO");
		assertThat(colmena.noEvaluadas().total()).isEqualTo(2);
		assertThat(colmena.noEvaluadas().porResultado().get("NO_EVALUABLE")).isEqualTo(new Celda(1, new BigDecimal("50.0")));
	}

	@Test
	void lasCausasCuentanSobreLasExceptuadasYSoloListanLasPresentes() {
		decision("Masvida", ResultadoGes.EXCEPTUADA_DENTRO_PLAZO, CausaExcepcion.INASISTENCIA_BENEFICIARIO);
		decision("Masvida", ResultadoGes.EXCEPTUADA_SIN_PLAZO, CausaExcepcion.INASISTENCIA_BENEFICIARIO);
		decision("Vida Tres", ResultadoGes.EXCEPTUADA_FUERA_PLAZO, CausaExcepcion.RECHAZO_GES);
		// Una garantía cumplida que traía excepción no es exceptuada: su causa no cuenta.
		decision("Vida Tres", ResultadoGes.CUMPLIDA_DENTRO_PLAZO, CausaExcepcion.OTRA_CAUSA);

		ResumenGes.Tablas tablas = resumen.tablas();

		assertThat(tablas.causasExcepcion()).containsOnlyKeys("INASISTENCIA_BENEFICIARIO", "RECHAZO_GES");
		assertThat(tablas.causasExcepcion().get("INASISTENCIA_BENEFICIARIO")).isEqualTo(new ResumenGes.FilaCausa(2,
				new BigDecimal("66.7"), Map.of("EXCEPTUADA_DENTRO_PLAZO", 1L, "EXCEPTUADA_SIN_PLAZO", 1L)));
		assertThat(tablas.porAseguradorYCausa()).isEqualTo(Map.of("Masvida", Map.of("INASISTENCIA_BENEFICIARIO", 2L),
				"Vida Tres", Map.of("RECHAZO_GES", 1L)));
		assertThat(tablas.causasPorResultado()).containsOnlyKeys("EXCEPTUADA_DENTRO_PLAZO", "EXCEPTUADA_FUERA_PLAZO",
				"EXCEPTUADA_SIN_PLAZO");
	}

	@Test
	void elRetrasoDaElMenorYElMayorPorAseguradorYOmiteLasVecesSinFechaDeInicio() {
		decisionAtrasada("Colmena", 1, new BigDecimal("1.04"));
		decisionAtrasada("Colmena", 233, new BigDecimal("96.50"));
		decisionAtrasada("Colmena", 12, null);
		decisionAtrasada("Fusat", 7, null);
		decision("Banmédica", ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);

		Map<String, ResumenGes.Retraso> retraso = resumen.tablas().retraso();

		assertThat(retraso).containsOnlyKeys("Colmena", "Fusat");
		assertThat(retraso.get("Colmena")).isEqualTo(new ResumenGes.Retraso(new BigDecimal("1.04"), new BigDecimal("96.50"), 1L, 233L));
		assertThat(retraso.get("Fusat")).isEqualTo(new ResumenGes.Retraso(null, null, 7L, 7L));
	}

	@Test
	void unLoteVacioNoTieneClaves() {
		ResumenGes.Tablas tablas = resumen.tablas();
		assertThat(tablas.porAsegurador()).isEmpty();
		assertThat(tablas.causasExcepcion()).isEmpty();
		assertThat(tablas.retraso()).isEmpty();
		assertThat(tablas.global().total()).isZero();
		assertThat(tablas.global().noEvaluadas()).isNull();
	}

	@Test
	void unaGarantiaSinAseguradorSeAgrupaAparte() {
		decision(null, ResultadoGes.PENDIENTE, null);
		assertThat(resumen.tablas().porAsegurador()).containsOnlyKeys(ResumenGes.SIN_ASEGURADOR);
	}

	private void decision(String asegurador, ResultadoGes resultado, CausaExcepcion causa) {
		resumen.agregar(solicitud(asegurador, causa), evaluacion(resultado),
				new RespuestaGes(null, resultado.grupo(), null, null, null, null));
	}

	private void decisionAtrasada(String asegurador, long dias, BigDecimal veces) {
		resumen.agregar(solicitud(asegurador, null), evaluacion(ResultadoGes.CUMPLIDA_FUERA_PLAZO),
				new RespuestaGes(null, GrupoResultado.CUMPLIDA, dias, veces, null, null));
	}

	private static Evaluacion evaluacion(ResultadoGes resultado) {
		return new Evaluacion("ges", "v", resultado.name(), List.of(), List.of(), List.of(), List.of());
	}

	private static SolicitudGes solicitud(String asegurador, CausaExcepcion causa) {
		return new SolicitudGes(null, asegurador, null, null, null, LocalDate.of(2012, 6, 1), null,
				causa == null ? null : new Excepcion(causa, null), null, null, null);
	}

}
