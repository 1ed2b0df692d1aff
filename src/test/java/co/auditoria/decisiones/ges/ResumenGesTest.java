package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.Dominio.DecisionTomada;
import org.junit.jupiter.api.Test;

/** Las tablas del resumen sin motor ni HTTP: porcentajes, claves vacías, evaluadas y retraso. */
class ResumenGesTest {

	private final List<DecisionTomada<SolicitudGes>> decisiones = new ArrayList<>();

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

		Map<String, Object> colmena = mapa(mapa(tablas().get("porAsegurador")).get("Colmena"));

		assertThat(colmena.get("total")).isEqualTo(3);
		assertThat(mapa(colmena.get("porResultado"))).containsOnlyKeys("CUMPLIDA_DENTRO_PLAZO", "CUMPLIDA_FUERA_PLAZO", "CASO_CERRADO");
		assertThat(celda(colmena.get("porResultado"), "CUMPLIDA_DENTRO_PLAZO")).isEqualTo(Map.of("cuenta", 1L, "porcentaje", new BigDecimal("33.3")));
		assertThat(celda(colmena.get("porGrupo"), "CUMPLIDA")).isEqualTo(Map.of("cuenta", 2L, "porcentaje", new BigDecimal("66.7")));
		assertThat(mapa(colmena.get("porGrupo"))).containsOnlyKeys("CUMPLIDA", "CASO_CERRADO");
		Map<String, Object> noEvaluadas = mapa(colmena.get("noEvaluadas"));
		assertThat(noEvaluadas.get("total")).isEqualTo(2);
		assertThat(celda(noEvaluadas.get("porResultado"), "NO_EVALUABLE")).isEqualTo(Map.of("cuenta", 1L, "porcentaje", new BigDecimal("50.0")));
	}

	@Test
	void lasCausasCuentanSobreLasExceptuadasYSoloListanLasPresentes() {
		decision("Masvida", ResultadoGes.EXCEPTUADA_DENTRO_PLAZO, CausaExcepcion.INASISTENCIA_BENEFICIARIO);
		decision("Masvida", ResultadoGes.EXCEPTUADA_SIN_PLAZO, CausaExcepcion.INASISTENCIA_BENEFICIARIO);
		decision("Vida Tres", ResultadoGes.EXCEPTUADA_FUERA_PLAZO, CausaExcepcion.RECHAZO_GES);
		// Una garantía cumplida que traía excepción no es exceptuada: su causa no cuenta.
		decision("Vida Tres", ResultadoGes.CUMPLIDA_DENTRO_PLAZO, CausaExcepcion.OTRA_CAUSA);

		Map<String, Object> tablas = tablas();

		Map<String, Object> causas = mapa(tablas.get("causasExcepcion"));
		assertThat(causas).containsOnlyKeys("INASISTENCIA_BENEFICIARIO", "RECHAZO_GES");
		assertThat(causas.get("INASISTENCIA_BENEFICIARIO")).isEqualTo(Map.of("cuenta", 2L, "porcentaje", new BigDecimal("66.7"),
				"EXCEPTUADA_DENTRO_PLAZO", 1L, "EXCEPTUADA_SIN_PLAZO", 1L));
		assertThat(tablas.get("porAseguradorYCausa")).isEqualTo(Map.of("Masvida", Map.of("INASISTENCIA_BENEFICIARIO", 2L),
				"Vida Tres", Map.of("RECHAZO_GES", 1L)));
		assertThat(mapa(tablas.get("causasPorResultado"))).containsOnlyKeys("EXCEPTUADA_DENTRO_PLAZO", "EXCEPTUADA_FUERA_PLAZO",
				"EXCEPTUADA_SIN_PLAZO");
	}

	@Test
	void elRetrasoDaElMenorYElMayorPorAseguradorYOmiteLasVecesSinFechaDeInicio() {
		decisionAtrasada("Colmena", 1, new BigDecimal("1.04"));
		decisionAtrasada("Colmena", 233, new BigDecimal("96.50"));
		decisionAtrasada("Colmena", 12, null);
		decisionAtrasada("Fusat", 7, null);
		decision("Banmédica", ResultadoGes.CUMPLIDA_DENTRO_PLAZO, null);

		Map<String, Object> retraso = mapa(tablas().get("retraso"));

		assertThat(retraso).containsOnlyKeys("Colmena", "Fusat");
		assertThat(retraso.get("Colmena")).isEqualTo(Map.of("vecesPlazoMin", new BigDecimal("1.04"), "vecesPlazoMax",
				new BigDecimal("96.50"), "diasRetrasoMin", 1L, "diasRetrasoMax", 233L));
		assertThat(retraso.get("Fusat")).isEqualTo(Map.of("diasRetrasoMin", 7L, "diasRetrasoMax", 7L));
	}

	@Test
	void unLoteVacioNoTieneClaves() {
		Map<String, Object> tablas = tablas();
		assertThat(mapa(tablas.get("porAsegurador"))).isEmpty();
		assertThat(mapa(tablas.get("causasExcepcion"))).isEmpty();
		assertThat(mapa(tablas.get("retraso"))).isEmpty();
		assertThat(mapa(tablas.get("global")).get("total")).isEqualTo(0);
	}

	@Test
	void unaGarantiaSinAseguradorSeAgrupaAparte() {
		decision(null, ResultadoGes.PENDIENTE, null);
		assertThat(mapa(tablas().get("porAsegurador"))).containsOnlyKeys(ResumenGes.SIN_ASEGURADOR);
	}

	private Map<String, Object> tablas() {
		return new ResumenGes(decisiones).tablas();
	}

	private void decision(String asegurador, ResultadoGes resultado, CausaExcepcion causa) {
		decisiones.add(new DecisionTomada<>(solicitud(asegurador, causa), null, resultado.name(),
				Map.of("grupo", resultado.grupo())));
	}

	private void decisionAtrasada(String asegurador, long dias, BigDecimal veces) {
		Map<String, Object> campos = new LinkedHashMap<>();
		campos.put("grupo", GrupoResultado.CUMPLIDA);
		campos.put("diasRetraso", dias);
		if (veces != null) {
			campos.put("vecesPlazo", veces);
		}
		decisiones.add(new DecisionTomada<>(solicitud(asegurador, null), null, ResultadoGes.CUMPLIDA_FUERA_PLAZO.name(), campos));
	}

	private static SolicitudGes solicitud(String asegurador, CausaExcepcion causa) {
		return new SolicitudGes(null, asegurador, null, null, null, LocalDate.of(2012, 6, 1), null,
				causa == null ? null : new Excepcion(causa, null), null, null, null);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mapa(Object valor) {
		return (Map<String, Object>) valor;
	}

	private static Object celda(Object tabla, String clave) {
		return mapa(tabla).get(clave);
	}

}
