package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.ges.TablasGes.Celda;
import org.junit.jupiter.api.Test;

/** Las tablas del resumen sin motor ni HTTP: porcentajes, claves vacías, evaluadas, tipos de asegurador y retraso. */
class ResumenGesTest {

	private static final TipoAsegurador ABIERTA = TipoAsegurador.ABIERTA;

	private static final TipoAsegurador CERRADA = TipoAsegurador.CERRADA;

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

		TablasGes.Estado colmena = resumen.tablas().porAsegurador().get("Colmena").estado();

		assertThat(colmena.total()).isEqualTo(3);
		assertThat(colmena.porResultado()).containsOnlyKeys("CUMPLIDA_DENTRO_PLAZO", "CUMPLIDA_FUERA_PLAZO", "CASO_CERRADO");
		assertThat(colmena.porResultado().get("CUMPLIDA_DENTRO_PLAZO")).isEqualTo(new Celda(1, new BigDecimal("33.3")));
		assertThat(colmena.porGrupo().get("CUMPLIDA")).isEqualTo(new Celda(2, new BigDecimal("66.7")));
		assertThat(colmena.porGrupo()).containsOnlyKeys("CUMPLIDA", "CASO_CERRADO");
		assertThat(colmena.noEvaluadas().total()).isEqualTo(2);
		assertThat(colmena.noEvaluadas().porResultado().get("NO_EVALUABLE")).isEqualTo(new Celda(1, new BigDecimal("50.0")));
	}

	@Test
	void cadaAseguradorLlevaElTipoQueTraeSuRespuestaYElSinAseguradorNinguno() {
		decision("Fusat", CERRADA, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("FONASA", TipoAsegurador.PUBLICO, null, ResultadoGes.NO_EVALUABLE, null);
		decision(null, null, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);

		Map<String, TablasGes.EstadoDeAsegurador> porAsegurador = resumen.tablas().porAsegurador();

		assertThat(porAsegurador.get("Fusat").tipoAsegurador()).isEqualTo(CERRADA);
		assertThat(porAsegurador.get("FONASA").tipoAsegurador()).isEqualTo(TipoAsegurador.PUBLICO);
		assertThat(porAsegurador.get("FONASA").estado().total()).isZero();
		assertThat(porAsegurador.get("FONASA").estado().porResultado()).isEmpty();
		assertThat(porAsegurador.get(GarantiaDelLote.SIN_ASEGURADOR).tipoAsegurador()).isNull();
	}

	@Test
	void porTipoAseguradorDaElEstadoDeCadaTipoYSuParteDeLasEvaluadasDelLote() {
		decision("Colmena", ABIERTA, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("Colmena", ABIERTA, null, ResultadoGes.CUMPLIDA_FUERA_PLAZO, null);
		decision("Fusat", CERRADA, null, ResultadoGes.CASO_CERRADO, null);
		decision("FONASA", TipoAsegurador.PUBLICO, null, ResultadoGes.INGRESO_ERRONEO, null);
		// Sin asegurador: cuenta en el total del lote pero no en ningún tipo.
		decision(null, null, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);

		Map<String, TablasGes.EstadoDeTipo> porTipo = resumen.tablas().porTipoAsegurador();

		assertThat(porTipo).containsOnlyKeys("ABIERTA", "CERRADA", "PUBLICO");
		assertThat(porTipo.get("ABIERTA").estado().total()).isEqualTo(2);
		assertThat(porTipo.get("ABIERTA").porcentaje()).isEqualByComparingTo("50.0");
		assertThat(porTipo.get("ABIERTA").estado().porGrupo().get("CUMPLIDA")).isEqualTo(new Celda(2, new BigDecimal("100.0")));
		assertThat(porTipo.get("CERRADA").porcentaje()).isEqualByComparingTo("25.0");
		assertThat(porTipo.get("PUBLICO").estado().total()).isZero();
		assertThat(porTipo.get("PUBLICO").porcentaje()).isEqualByComparingTo("0.0");
		assertThat(porTipo.get("PUBLICO").estado().noEvaluadas().total()).isEqualTo(1);
	}

	@Test
	void laDiferenciaRestaLosPorcentajesYaRedondeadosEnCadaClaveDeAlgunoDeLosDosTipos() {
		decision("Colmena", ABIERTA, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("Colmena", ABIERTA, null, ResultadoGes.CASO_CERRADO, null);
		decision("Colmena", ABIERTA, null, ResultadoGes.CASO_CERRADO, null);
		decision("Fusat", CERRADA, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("Fusat", CERRADA, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("Fusat", CERRADA, null, ResultadoGes.EXCEPTUADA_SIN_PLAZO, CausaExcepcion.RECHAZO_GES);

		TablasGes.Diferencia diferencia = resumen.tablas().diferenciaAbiertasCerradas();

		// 33,3 − 66,7 = −33,4 (la diferencia exacta, −33,33..., daría −33,3): como resta el informe.
		assertThat(diferencia.porResultado()).containsOnlyKeys("CUMPLIDA_DENTRO_PLAZO", "EXCEPTUADA_SIN_PLAZO", "CASO_CERRADO");
		assertThat(diferencia.porResultado().get("CUMPLIDA_DENTRO_PLAZO")).isEqualByComparingTo("-33.4");
		assertThat(diferencia.porResultado().get("EXCEPTUADA_SIN_PLAZO")).isEqualByComparingTo("-33.3");
		assertThat(diferencia.porResultado().get("CASO_CERRADO")).isEqualByComparingTo("66.7");
		assertThat(diferencia.porGrupo()).containsOnlyKeys("CUMPLIDA", "EXCEPTUADA", "CASO_CERRADO");
		assertThat(diferencia.porGrupo().get("CUMPLIDA")).isEqualByComparingTo("-33.4");
	}

	@Test
	void sinEvaluadasAbiertasYCerradasNoHayDiferencia() {
		decision("Colmena", ABIERTA, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("FONASA", TipoAsegurador.PUBLICO, null, ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("Fusat", CERRADA, null, ResultadoGes.NO_EVALUABLE, null);

		assertThat(resumen.tablas().porTipoAsegurador()).containsOnlyKeys("ABIERTA", "CERRADA", "PUBLICO");
		assertThat(resumen.tablas().diferenciaAbiertasCerradas()).isNull();
	}

	@Test
	void porProblemaDeSaludAgrupaPorElNumeroSinEspaciosYApartaLasQueNoLoTraen() {
		decision("Colmena", ABIERTA, "21", ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);
		decision("Masvida", ABIERTA, " 21 ", ResultadoGes.CASO_CERRADO, null);
		decision("Masvida", ABIERTA, "24.2", ResultadoGes.EXCEPTUADA_DENTRO_PLAZO, CausaExcepcion.OTRA_CAUSA);
		decision("Masvida", ABIERTA, null, ResultadoGes.SIN_INFORMACION, null);

		Map<String, TablasGes.Estado> porProblema = resumen.tablas().porProblemaSalud();

		assertThat(porProblema).containsOnlyKeys("21", "24.2", GarantiaDelLote.SIN_PROBLEMA_SALUD);
		assertThat(porProblema.get("21").porResultado().get("CASO_CERRADO")).isEqualTo(new Celda(1, new BigDecimal("50.0")));
		assertThat(porProblema.get(GarantiaDelLote.SIN_PROBLEMA_SALUD).total()).isZero();
		assertThat(porProblema.get(GarantiaDelLote.SIN_PROBLEMA_SALUD).noEvaluadas().total()).isEqualTo(1);
	}

	@Test
	void lasCausasCuentanSobreLasExceptuadasYSoloListanLasPresentes() {
		decision("Masvida", ResultadoGes.EXCEPTUADA_DENTRO_PLAZO, CausaExcepcion.INASISTENCIA_BENEFICIARIO);
		decision("Masvida", ResultadoGes.EXCEPTUADA_SIN_PLAZO, CausaExcepcion.INASISTENCIA_BENEFICIARIO);
		decision("Vida Tres", ResultadoGes.EXCEPTUADA_FUERA_PLAZO, CausaExcepcion.RECHAZO_GES);
		// Una garantía cumplida que traía excepción no es exceptuada: su causa no cuenta.
		decision("Vida Tres", ResultadoGes.CUMPLIDA_DENTRO_PLAZO, CausaExcepcion.OTRA_CAUSA);

		TablasGes tablas = resumen.tablas();

		assertThat(tablas.causasExcepcion()).containsOnlyKeys("INASISTENCIA_BENEFICIARIO", "RECHAZO_GES");
		assertThat(tablas.causasExcepcion().get("INASISTENCIA_BENEFICIARIO")).isEqualTo(new TablasGes.FilaCausa(2,
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

		Map<String, TablasGes.Retraso> retraso = resumen.tablas().retraso();

		assertThat(retraso).containsOnlyKeys("Colmena", "Fusat");
		assertThat(retraso.get("Colmena")).isEqualTo(new TablasGes.Retraso(new BigDecimal("1.04"), new BigDecimal("96.50"), 1L, 233L));
		assertThat(retraso.get("Fusat")).isEqualTo(new TablasGes.Retraso(null, null, 7L, 7L));
	}

	@Test
	void unLoteVacioNoTieneClaves() {
		TablasGes tablas = resumen.tablas();
		assertThat(tablas.porAsegurador()).isEmpty();
		assertThat(tablas.porTipoAsegurador()).isEmpty();
		assertThat(tablas.diferenciaAbiertasCerradas()).isNull();
		assertThat(tablas.porProblemaSalud()).isEmpty();
		assertThat(tablas.causasExcepcion()).isEmpty();
		assertThat(tablas.retraso()).isEmpty();
		assertThat(tablas.global().total()).isZero();
		assertThat(tablas.global().noEvaluadas()).isNull();
	}

	@Test
	void unaGarantiaSinAseguradorSeAgrupaAparte() {
		decision(null, ResultadoGes.PENDIENTE, null);
		decision("   ", ResultadoGes.PENDIENTE, null);
		assertThat(resumen.tablas().porAsegurador()).containsOnlyKeys(GarantiaDelLote.SIN_ASEGURADOR);
	}

	private void decision(String asegurador, ResultadoGes resultado, CausaExcepcion causa) {
		decision(asegurador, ABIERTA, null, resultado, causa);
	}

	private void decision(String asegurador, TipoAsegurador tipo, String problemaSalud, ResultadoGes resultado,
			CausaExcepcion causa) {
		resumen.agregar(solicitud(asegurador, problemaSalud, causa), evaluacion(resultado),
				new RespuestaGes(null, resultado.grupo(), tipo, null, null, null, null));
	}

	private void decisionAtrasada(String asegurador, long dias, BigDecimal veces) {
		resumen.agregar(solicitud(asegurador, null, null), evaluacion(ResultadoGes.CUMPLIDA_FUERA_PLAZO),
				new RespuestaGes(null, GrupoResultado.CUMPLIDA, ABIERTA, dias, veces, null, null));
	}

	private static Evaluacion evaluacion(ResultadoGes resultado) {
		return new Evaluacion("ges", "v", resultado.name(), List.of(), List.of(), List.of(), List.of());
	}

	private static SolicitudGes solicitud(String asegurador, String problemaSalud, CausaExcepcion causa) {
		return new SolicitudGes(null, asegurador, problemaSalud, null, null, LocalDate.of(2012, 6, 1), null,
				causa == null ? null : new Excepcion(causa, null), null, null, null);
	}

}
