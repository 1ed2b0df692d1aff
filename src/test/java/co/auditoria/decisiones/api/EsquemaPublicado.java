package co.auditoria.decisiones.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Los esquemas de {@code components.schemas} de un documento OpenAPI 3.1 publicado, para validar respuestas reales
 * contra ellos con un validador de JSON Schema 2020-12 (networknt), no con comprobaciones a mano.
 */
final class EsquemaPublicado {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode componentes;

	private final SchemaRegistry registro = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final Map<String, Schema> porNombre = new ConcurrentHashMap<>();

	EsquemaPublicado(JsonNode documento) {
		this.componentes = documento.path("components");
	}

	/** Los errores de validar {@code valor} contra {@code #/components/schemas/<nombre>}; vacía si cumple. */
	List<String> errores(String nombre, JsonNode valor) {
		Schema esquema = porNombre.computeIfAbsent(nombre, clave -> {
			ObjectNode raiz = JSON.createObjectNode();
			raiz.put("$schema", "https://json-schema.org/draft/2020-12/schema");
			raiz.put("$ref", "#/components/schemas/" + clave);
			raiz.set("components", componentes);
			return registro.getSchema(raiz.toString(), InputFormat.JSON);
		});
		return esquema.validate(valor).stream().map(Error::toString).toList();
	}

	boolean existe(String nombre) {
		return componentes.path("schemas").has(nombre);
	}

}
