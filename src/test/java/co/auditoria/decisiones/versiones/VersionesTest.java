package co.auditoria.decisiones.versiones;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.auditoria.decisiones.api.ClienteHttp;
import co.auditoria.decisiones.api.ConReglasTemporales;
import co.auditoria.decisiones.engine.MotorReglas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Versiones archivadas por HTTP: cada activación queda con quién y cuándo, dos versiones se comparan por archivos y
 * reglas, una decisión pasada se reproduce con su versión, y revertir vuelve a una versión escribiéndola en el
 * directorio (que es lo que un reinicio carga) con una activación auditada y contada como cualquier otra.
 */
class VersionesTest extends ConReglasTemporales {

	static final Path TABLA = REGLAS.resolve("invalidez/clasificacion-pcl.tabla.csv");

	/** PCL de 45 en firme: incapacidad permanente parcial con el umbral de 50, invalidez con el de 40. */
	static final String CASO = """
			{"siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "J45"}],
			 "pclCalificada": 45, "pclEnFirme": true, "fechaEvaluacion": "2026-02-20"}""";

	@Autowired
	MotorReglas motor;

	@Autowired
	ObjectMapper json;

	/** La tabla con la invalidez desde el 40 % en vez del 50 %. */
	static String umbral40(String umbral50) {
		return umbral50.replace(",5,50,INCAPACIDAD_PERMANENTE_PARCIAL", ",5,40,INCAPACIDAD_PERMANENTE_PARCIAL")
			.replace(",50,,INVALIDEZ", ",40,,INVALIDEZ");
	}

	@Test
	void cadaActivacionSeArchivaSeComparaSeReproduceYSeRevierte() throws IOException {
		String original = Files.readString(TABLA);
		JsonNode antes = http.get("/api/v1/reglas").json();
		String v0 = antes.path("versionReglas").asString();
		String d0 = antes.path("dominios").path("invalidez").path("versionReglas").asString();
		double activadas = recargasActivadas();

		Files.writeString(TABLA, umbral40(original));
		JsonNode recarga = http.post("/api/v1/reglas/recargar", "").json();
		String v1 = recarga.path("versionReglas").asString();
		String d1 = recarga.path("dominios").path("invalidez").asString();
		assertThat(d1).isNotEqualTo(d0);

		JsonNode versiones = http.get("/api/v1/reglas/versiones").json();
		assertThat(versiones.path("versionActiva").asString()).isEqualTo(v1);
		JsonNode ultima = versiones.path("versiones").get(0);
		assertThat(ultima.path("versionReglas").asString()).isEqualTo(v1);
		assertThat(ultima.path("activa").asBoolean()).isTrue();
		assertThat(ultima.path("quien").asString()).isEqualTo("sin-clave");
		assertThat(ultima.path("versionAnterior").asString()).isEqualTo(v0);
		assertThat(ultima.path("archivosCambiados").toString()).isEqualTo("[\"invalidez/clasificacion-pcl.tabla.csv\"]");
		assertThat(versiones.path("versiones").valueStream().map(version -> version.path("versionReglas").asString()))
			.contains(v0);

		JsonNode diferencia = http.get("/api/v1/reglas/diferencias?desde=" + v0 + "&hasta=" + v1).json();
		assertThat(diferencia.path("dominios")).hasSize(1);
		JsonNode cambio = diferencia.path("dominios").get(0);
		assertThat(cambio.path("dominio").asString()).isEqualTo("invalidez");
		assertThat(cambio.path("archivosCambiados").toString()).isEqualTo("[\"invalidez/clasificacion-pcl.tabla.csv\"]");
		assertThat(cambio.path("reglasCambiadas").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(
				"Una PCL calificada entre 5 % y menos de 50 % es incapacidad permanente parcial",
				"Una PCL calificada del 50 % o más es invalidez");
		assertThat(cambio.path("reglasAnadidas").isEmpty()).isTrue();

		// Reproducir la decisión de ayer con la versión de ayer (la versionReglas que trae la decisión).
		JsonNode hoy = http.post("/api/v1/invalidez/decide", CASO).json();
		JsonNode ayer = http.post("/api/v1/invalidez/decide?versionReglas=" + d0, CASO).json();
		JsonNode conElConjunto = http.post("/api/v1/invalidez/decide?versionReglas=" + v0, CASO).json();
		assertThat(hoy.path("clasificacionPcl").asString()).isEqualTo("INVALIDEZ");
		assertThat(hoy.path("versionReglas").asString()).isEqualTo(d1);
		assertThat(ayer.path("clasificacionPcl").asString()).isEqualTo("INCAPACIDAD_PERMANENTE_PARCIAL");
		assertThat(ayer.path("versionReglas").asString()).isEqualTo(d0);
		assertThat(conElConjunto.path("versionReglas").asString()).isEqualTo(d0);

		JsonNode revertida = http.post("/api/v1/reglas/revertir?versionReglas=" + v0, "").json();
		assertThat(revertida.path("versionReglas").asString()).isEqualTo(v0);
		assertThat(motor.activo().version()).isEqualTo(v0);
		assertThat(Files.readString(TABLA)).as("el directorio dice lo que está activo").isEqualTo(original);
		assertThat(http.post("/api/v1/invalidez/decide", CASO).json().path("clasificacionPcl").asString())
			.isEqualTo("INCAPACIDAD_PERMANENTE_PARCIAL");
		JsonNode reversion = http.get("/api/v1/reglas/versiones").json().path("versiones").get(0);
		assertThat(reversion.path("versionReglas").asString()).isEqualTo(v0);
		assertThat(reversion.path("yaEstuvoActiva").asBoolean()).isTrue();
		assertThat(recargasActivadas()).as("la recarga y la reversión son activaciones contadas").isEqualTo(activadas + 2);

		// El archivo vive en disco: otro arranque (otra instancia sobre el mismo directorio) lo ve igual.
		ArchivoVersiones otroArranque = new ArchivoVersiones(new PropiedadesVersiones(VERSIONES, 50, 4), motor, json);
		assertThat(otroArranque.activaciones()).extracting(Activacion::versionReglas).startsWith(v0, v1);
		assertThat(otroArranque.archivos("invalidez", d1).orElseThrow()).containsEntry("invalidez/clasificacion-pcl.tabla.csv",
				umbral40(original));
	}

	@Test
	void unaVersionQueNoEstaArchivadaEs404YUnaQueNoEsVersionEs400() {
		ClienteHttp.Respuesta desconocida = http.post("/api/v1/invalidez/decide?versionReglas=000000000000", CASO);
		ClienteHttp.Respuesta malEscrita = http.post("/api/v1/invalidez/decide?versionReglas=ayer", CASO);
		ClienteHttp.Respuesta revertir = http.post("/api/v1/reglas/revertir?versionReglas=000000000000", "");

		assertThat(desconocida.estado()).isEqualTo(404);
		assertThat(desconocida.json().path("type").asString()).endsWith("version-desconocida");
		assertThat(malEscrita.estado()).isEqualTo(400);
		assertThat(malEscrita.json().path("errores").get(0).path("campo").asString()).isEqualTo("versionReglas");
		assertThat(revertir.estado()).isEqualTo(404);
		assertThat(List.of(desconocida, malEscrita, revertir)).allSatisfy(
				respuesta -> assertThat(respuesta.tipo()).startsWith("application/problem+json"));
	}

	@Test
	void revertirConCambiosSinActivarEnOtroDominioEsUn409YNoTocaNada() throws IOException {
		String v0 = motor.activo().version();
		String tabla = Files.readString(TABLA);
		Path otro = REGLAS.resolve("ges/causales.csv");
		String original = Files.readString(otro);
		try {
			Files.writeString(TABLA, umbral40(tabla));
			String v1 = http.post("/api/v1/reglas/recargar", "").json().path("versionReglas").asString();
			Files.writeString(otro, original + "# un cambio que nadie activó\n");

			ClienteHttp.Respuesta revertir = http.post("/api/v1/reglas/revertir?versionReglas=" + v0, "");

			assertThat(revertir.estado()).as(revertir.texto()).isEqualTo(409);
			assertThat(revertir.json().path("detail").asString()).contains("ges");
			assertThat(motor.activo().version()).isEqualTo(v1);
			assertThat(Files.readString(TABLA)).isEqualTo(umbral40(tabla));
		}
		finally {
			Files.writeString(otro, original);
			http.post("/api/v1/reglas/revertir?versionReglas=" + v0, "");
		}
		assertThat(motor.activo().version()).isEqualTo(v0);
		assertThat(Files.readString(TABLA)).isEqualTo(tabla);
	}

	private double recargasActivadas() {
		return http.get("/actuator/prometheus").texto().lines()
			.filter(linea -> linea.startsWith("reglas_recargas_total{") && linea.contains("resultado=\"activada\""))
			.mapToDouble(linea -> Double.parseDouble(linea.substring(linea.lastIndexOf(' ') + 1)))
			.sum();
	}

}
