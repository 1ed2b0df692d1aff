package co.auditoria.decisiones.reembolsos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Los registros que llevan el nombre o el documento del afiliado no los muestran en {@code toString()} (logs). */
class DatosPersonalesReembolsosTest {

	@Test
	void niLaSolicitudNiElAfiliadoNiLaNotificacionMuestranDatosPersonales() throws IOException {
		SolicitudReembolso solicitud = JsonMapper.builder().build()
			.readValue(Path.of("examples/reembolsos/aprobado.json").toFile(), SolicitudReembolso.class);
		Notificacion notificacion = new Notificacion(Solicitante.AFILIADO, "RE-1", "CC", "1010101010", "Luis Gómez",
				"APROBADO", BigDecimal.ONE, BigDecimal.ZERO, List.of(), List.of(), null);

		for (Object registro : List.of(solicitud, solicitud.afiliado(), notificacion)) {
			assertThat(registro.toString()).doesNotContain("1010101010", "Luis", "Gómez");
		}
		assertThat(solicitud.toString()).contains("RE-2026-004512");
	}

}
