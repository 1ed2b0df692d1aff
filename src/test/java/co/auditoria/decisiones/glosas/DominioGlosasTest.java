package co.auditoria.decisiones.glosas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.PropiedadesReglas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * El dominio con el motor y las reglas reales de rules/glosas/, sin servidor: la fecha de corte configurable, los
 * campos propios y que los datos personales no salgan en un {@code toString()} que pueda terminar en un log.
 */
class DominioGlosasTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CalendarioHabil CALENDARIO = new CalendarioHabil();

	@Test
	void laFechaDeCorteConfigurableDecideElManual() throws IOException {
		SolicitudGlosas glosada = ejemplo("factura-glosada"); // radicada el 2026-03-18

		assertThat(propios(new DominioGlosas(CALENDARIO, LocalDate.of(2025, 6, 1)), glosada).get("manualGlosas"))
			.isEqualTo(ManualGlosas.RES_2284_2023);
		Map<String, Object> conCorteTardio = propios(new DominioGlosas(CALENDARIO, LocalDate.of(2026, 3, 19)), glosada);
		assertThat(conCorteTardio.get("manualGlosas")).isEqualTo(ManualGlosas.RES_3047_2008);
		assertThat(glosas(conCorteTardio)).extracting(LiquidacionGlosas.Glosa::codigoManual).startsWith("202");
		assertThat(propios(new DominioGlosas(CALENDARIO, LocalDate.of(2026, 3, 18)), glosada).get("manualGlosas"))
			.isEqualTo(ManualGlosas.RES_2284_2023);
	}

	@Test
	@SuppressWarnings("unchecked")
	void unaFacturaEscaladaNoTieneValorAprobadoNiNotificacion() throws IOException {
		DominioGlosas dominio = new DominioGlosas(CALENDARIO, LocalDate.of(2025, 6, 1));
		SolicitudGlosas escalada = ejemplo("factura-escalada");
		Evaluacion evaluacion = motor(dominio).evaluar(dominio, escalada);

		assertThat(dominio.resultado(escalada, evaluacion)).isEqualTo("ESCALADA");
		Map<String, Object> campos = dominio.camposPropios(escalada, evaluacion);
		assertThat(campos).containsEntry("valorAprobado", null).doesNotContainKey("notificacion");
		assertThat((List<Object>) campos.get("escalamientos")).containsExactly(
				new Escalamiento("GL_AFILIACION_NO_EVIDENCIADA", "GERENCIA_AFILIACIONES", LocalDate.of(2026, 2, 17)));
	}

	@Test
	void losDatosPersonalesNoSalenEnToString() throws IOException {
		SolicitudGlosas glosada = ejemplo("factura-glosada");
		Map<String, Object> campos = propios(new DominioGlosas(CALENDARIO, LocalDate.of(2025, 6, 1)), glosada);

		assertThat(List.of(glosada.toString(), glosada.usuario().toString(), campos.get("notificacion").toString()))
			.allSatisfy(texto -> assertThat(texto).doesNotContain("1010101010").doesNotContain("Gómez"));
		assertThat(((Notificacion) campos.get("notificacion")).nombreUsuario()).isEqualTo("Luis Gómez");
	}

	private static Map<String, Object> propios(DominioGlosas dominio, SolicitudGlosas solicitud) {
		return dominio.camposPropios(solicitud, motor(dominio).evaluar(dominio, solicitud));
	}

	@SuppressWarnings("unchecked")
	private static List<LiquidacionGlosas.Glosa> glosas(Map<String, Object> campos) {
		return (List<LiquidacionGlosas.Glosa>) campos.get("glosas");
	}

	private static MotorReglas motor(DominioGlosas dominio) {
		return new MotorReglas(new PropiedadesReglas(Path.of("rules"), false, Duration.ofMillis(500), "America/Bogota"),
				List.of(dominio), Optional.empty());
	}

	private static SolicitudGlosas ejemplo(String nombre) throws IOException {
		return JSON.readValue(Path.of("examples/glosas/" + nombre + ".json").toFile(), SolicitudGlosas.class);
	}

}
