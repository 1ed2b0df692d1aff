package co.auditoria.decisiones.versiones;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import co.auditoria.decisiones.api.ClienteHttp;
import co.auditoria.decisiones.api.ConReglasTemporales;
import co.auditoria.decisiones.engine.CompiladorReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

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

		AtomicBoolean revirtiendo = new AtomicBoolean(true);
		AtomicInteger decisiones = new AtomicInteger();
		List<String> fallas = Collections.synchronizedList(new ArrayList<>());
		Map<String, AtomicInteger> porVersion = new ConcurrentHashMap<>();
		ExecutorService hilos = Executors.newFixedThreadPool(CONCURRENTES);
		List<Future<?>> decisores = new ArrayList<>();
		for (int i = 0; i < CONCURRENTES; i++) {
			decisores.add(hilos.submit(() -> {
				while (revirtiendo.get() && fallas.size() < 20) {
					ClienteHttp.Respuesta respuesta = http.post("/api/v1/invalidez/decide", VersionesTest.CASO);
					decisiones.incrementAndGet();
					if (respuesta.estado() != 200) {
						fallas.add("estado " + respuesta.estado() + ": " + respuesta.texto());
						continue;
					}
					JsonNode decision = respuesta.json();
					String version = decision.path("versionReglas").asString();
					porVersion.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
					if (!decision.path("clasificacionPcl").asString().equals(esperado.get(version))) {
						fallas.add("la versión " + version + " dio " + decision.path("clasificacionPcl").asString());
					}
				}
			}));
		}
		try {
			for (int i = 0; i < REVERSIONES; i++) {
				ClienteHttp.Respuesta reversion = http.post("/api/v1/reglas/revertir?versionReglas=" + (i % 2 == 0 ? v0 : v1), "");
				assertThat(reversion.estado()).as(reversion.texto()).isEqualTo(200);
			}
		}
		finally {
			revirtiendo.set(false);
			for (Future<?> decisor : decisores) {
				decisor.get();
			}
			hilos.shutdown();
		}

		assertThat(fallas).isEmpty();
		assertThat(porVersion.keySet()).as("se decidió con las dos versiones").containsExactlyInAnyOrderElementsOf(esperado.keySet());
		assertThat(decisiones.get()).isGreaterThan(REVERSIONES * CONCURRENTES);
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
