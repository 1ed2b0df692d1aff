package co.auditoria.decisiones.glosas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
		SolicitudGlosas glosada = ejemplo("glosa-parcial"); // radicada el 2026-03-18

		assertThat(propios(new DominioGlosas(CALENDARIO, LocalDate.of(2025, 6, 1)), glosada).manualGlosas())
			.isEqualTo(ManualGlosas.RES_2284_2023);
		RespuestaGlosas conCorteTardio = propios(new DominioGlosas(CALENDARIO, LocalDate.of(2026, 3, 19)), glosada);
		assertThat(conCorteTardio.manualGlosas()).isEqualTo(ManualGlosas.RES_3047_2008);
		assertThat(conCorteTardio.glosas()).extracting(LiquidacionGlosas.Glosa::codigoManual).startsWith("202");
		assertThat(propios(new DominioGlosas(CALENDARIO, LocalDate.of(2026, 3, 18)), glosada).manualGlosas())
			.isEqualTo(ManualGlosas.RES_2284_2023);
	}

	@Test
	void unaFacturaEscaladaNoTieneValorAprobadoNiNotificacion() throws IOException {
		DominioGlosas dominio = new DominioGlosas(CALENDARIO, LocalDate.of(2025, 6, 1));
		SolicitudGlosas escalada = ejemplo("escalada");
		Evaluacion evaluacion = motor(dominio).evaluar(dominio, escalada);

		assertThat(evaluacion.resultado()).isEqualTo("ESCALADA");
		RespuestaGlosas campos = dominio.respuesta(escalada, evaluacion);
		assertThat(campos.valorAprobado()).isNull();
		assertThat(campos.notificacion()).isNull();
		assertThat(campos.escalamientos()).containsExactly(
				new Escalamiento("GL_AFILIACION_NO_EVIDENCIADA", "GERENCIA_AFILIACIONES", LocalDate.of(2026, 2, 17)));
	}

	@Test
	void losDatosPersonalesNoSalenEnToString() throws IOException {
		SolicitudGlosas glosada = ejemplo("glosa-parcial");
		RespuestaGlosas campos = propios(new DominioGlosas(CALENDARIO, LocalDate.of(2025, 6, 1)), glosada);

		assertThat(List.of(glosada.toString(), glosada.usuario().toString(), campos.notificacion().toString()))
			.allSatisfy(texto -> assertThat(texto).doesNotContain("1010101010").doesNotContain("Gómez"));
		assertThat(campos.notificacion().nombreUsuario()).isEqualTo("Luis Gómez");
	}

	private static RespuestaGlosas propios(DominioGlosas dominio, SolicitudGlosas solicitud) {
		return dominio.respuesta(solicitud, motor(dominio).evaluar(dominio, solicitud));
	}

	private static MotorReglas motor(DominioGlosas dominio) {
		return new MotorReglas(PropiedadesReglas.de(Path.of("rules")),
				List.of(dominio), Optional.empty(), evento -> {
		});
	}

	private static SolicitudGlosas ejemplo(String nombre) throws IOException {
		return JSON.readValue(Path.of("examples/glosas/" + nombre + ".json").toFile(), SolicitudGlosas.class);
	}

}
