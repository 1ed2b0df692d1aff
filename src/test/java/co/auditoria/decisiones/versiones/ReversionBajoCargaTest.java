package co.auditoria.decisiones.versiones;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import co.auditoria.decisiones.api.ClienteHttp;
import co.auditoria.decisiones.api.ConReglasTemporales;
import co.auditoria.decisiones.api.DecisionesEnParalelo;
import co.auditoria.decisiones.engine.CompiladorReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Revertir es atómico bajo carga: mientras 8 solicitudes deciden sin parar, se revierte una y otra vez entre dos
 * versiones archivadas que clasifican distinto la misma PCL. Ninguna solicitud falla, cada respuesta trae una de las dos
 * versiones con el resultado que esa versión da (nunca una mezcla), y al final el directorio tiene exactamente la
 * versión activa, que es la que cargaría un reinicio.
 */
class ReversionBajoCargaTest extends ConReglasTemporales {

	private static final int REVERSIONES = Integer.getInteger("reversion.veces", 4);

	private static final int CONCURRENTES = 8;

	@Autowired
	MotorReglas motor;

	@Test
	void revertirBajoCargaNoFallaNiMezclaVersiones() throws Exception {
		String original = Files.readString(VersionesTest.TABLA);
		String v0 = motor.activo().version();
		Map<String, String> esperado = new ConcurrentHashMap<>();
		esperado.put(motor.activo().dominio("invalidez").version(), clasificacion(http.post("/api/v1/invalidez/decide", VersionesTest.CASO)));
		Files.writeString(VersionesTest.TABLA, VersionesTest.umbral40(original));
		String v1 = http.post("/api/v1/reglas/recargar", "").json().path("versionReglas").asString();
		esperado.put(motor.activo().dominio("invalidez").version(), clasificacion(http.post("/api/v1/invalidez/decide", VersionesTest.CASO)));
		assertThat(esperado.values()).containsExactlyInAnyOrder("INCAPACIDAD_PERMANENTE_PARCIAL", "INVALIDEZ");

		DecisionesEnParalelo decisiones = new DecisionesEnParalelo(http, "/api/v1/invalidez/decide", VersionesTest.CASO,
				CONCURRENTES, esperado, decision -> decision.path("clasificacionPcl").asString());
		try {
			for (int i = 0; i < REVERSIONES; i++) {
				ClienteHttp.Respuesta reversion = http.post("/api/v1/reglas/revertir?versionReglas=" + (i % 2 == 0 ? v0 : v1), "");
				assertThat(reversion.estado()).as(reversion.texto()).isEqualTo(200);
			}
		}
		finally {
			decisiones.detener();
		}

		assertThat(decisiones.fallas()).isEmpty();
		assertThat(decisiones.porVersion().keySet()).as("se decidió con las dos versiones").containsExactlyInAnyOrderElementsOf(esperado.keySet());
		assertThat(decisiones.decisiones()).isGreaterThan(REVERSIONES * CONCURRENTES);
		Map<String, String> enDisco = motor.archivosDe(motor.directorio());
		enDisco.keySet().removeIf(ruta -> !ruta.startsWith("invalidez/"));
		assertThat(CompiladorReglas.version(enDisco)).isEqualTo(motor.activo().dominio("invalidez").version());

		http.post("/api/v1/reglas/revertir?versionReglas=" + v0, "");
		assertThat(Files.readString(VersionesTest.TABLA)).isEqualTo(original);
	}

	private static String clasificacion(ClienteHttp.Respuesta respuesta) {
		return respuesta.json().path("clasificacionPcl").asString();
	}

}
