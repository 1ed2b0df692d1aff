package co.auditoria.decisiones.simulacion;

import java.io.OutputStream;
import java.util.List;

import co.auditoria.decisiones.versiones.CambioDominio;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * La respuesta de {@code POST /api/v1/reglas/simular}, escrita a medida que se simula:
 * {@code {"dominio", "versionActiva", "versionCandidata", "cambiosDeReglas", "casos": [...], "resumen"}}. Si los casos
 * dejan de poder leerse a mitad (un archivo truncado), la respuesta ya empezó: termina con {@code "error"} en vez de
 * {@code "resumen"}.
 */
final class SalidaSimulacion implements AutoCloseable {

	private final JsonGenerator escritor;

	private final ObjectWriter escritura;

	SalidaSimulacion(ObjectMapper json, OutputStream salida, String dominio, String versionActiva, String versionCandidata,
			List<CambioDominio> cambios) {
		this.escritura = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
		this.escritor = json.createGenerator(salida);
		escritor.writeStartObject();
		escritor.writeStringProperty("dominio", dominio);
		escritor.writeStringProperty("versionActiva", versionActiva);
		escritor.writeStringProperty("versionCandidata", versionCandidata);
		escritor.writeName("cambiosDeReglas");
		escritura.writeValue(escritor, cambios);
		escritor.writeName("casos");
		escritor.writeStartArray();
	}

	void caso(CasoComparado caso) {
		escritura.writeValue(escritor, caso);
	}

	void terminar(ResumenSimulacion.Resumen resumen) {
		escritor.writeEndArray();
		escritor.writeName("resumen");
		escritura.writeValue(escritor, resumen);
	}

	void fallar(String mensaje) {
		escritor.writeEndArray();
		escritor.writeStringProperty("error", mensaje);
	}

	@Override
	public void close() {
		escritor.writeEndObject();
		escritor.close();
	}

}
