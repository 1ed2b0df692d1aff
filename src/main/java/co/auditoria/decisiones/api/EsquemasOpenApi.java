package co.auditoria.decisiones.api;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Arma esquemas de OpenAPI 3.1 a partir de los registros Java y los deja en {@code components}: los de las
 * solicitudes son estrictos ({@code additionalProperties: false}, como la lectura), los de las respuestas admiten
 * campos nuevos (el contrato permite añadirlos), y en todos un campo no obligatorio admite {@code null}.
 */
final class EsquemasOpenApi {

	private final ModelConverters convertidores = NombresDeEsquema.convertidores();

	private final Components componentes;

	EsquemasOpenApi(Components componentes) {
		this.componentes = componentes;
	}

	/** Una referencia al esquema del tipo, con todos los que usa; {@code estricto} para las solicitudes. */
	Schema<?> referencia(Type tipo, boolean estricto) {
		ResolvedSchema resuelto = convertidores.readAllAsResolvedSchema(tipo);
		resuelto.referencedSchemas.forEach((nombre, esquema) -> registrar(nombre, esquema, estricto));
		return ref(resuelto.schema.getName());
	}

	/** Las propiedades de un registro, para ponerlas al mismo nivel que otras (campos propios de una decisión). */
	Map<String, Schema> propiedades(Class<?> tipo) {
		ResolvedSchema resuelto = convertidores.readAllAsResolvedSchema(tipo);
		resuelto.referencedSchemas.forEach((nombre, esquema) -> {
			if (!nombre.equals(resuelto.schema.getName())) {
				registrar(nombre, esquema, false);
			}
		});
		Schema<?> propio = resuelto.schema;
		Map<String, Schema> propiedades = new LinkedHashMap<>();
		if (propio.getProperties() != null) {
			propio.getProperties().forEach((nombre, propiedad) -> propiedades.put(nombre,
					propio.getRequired() != null && propio.getRequired().contains(nombre) ? propiedad : anulable(propiedad)));
		}
		return propiedades;
	}

	void registrar(String nombre, Schema<?> esquema, boolean estricto) {
		if (esquema.getProperties() != null) {
			List<String> obligatorios = esquema.getRequired() == null ? List.of() : esquema.getRequired();
			Map<String, Schema> propiedades = new LinkedHashMap<>();
			esquema.getProperties().forEach((campo, propiedad) -> propiedades.put(campo,
					obligatorios.contains(campo) ? propiedad : anulable(propiedad)));
			esquema.setProperties(propiedades);
			if (estricto) {
				esquema.setAdditionalProperties(false);
			}
		}
		componentes.addSchemas(nombre, esquema);
	}

	static Schema<?> ref(String nombre) {
		return new Schema<>().$ref("#/components/schemas/" + nombre);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema<Object> tipo(String tipo) {
		return (Schema<Object>) new Schema().types(new LinkedHashSet<>(List.of(tipo)));
	}

	/** El mismo esquema aceptando también {@code null} (un campo opcional que la respuesta manda como null). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Schema anulable(Schema propiedad) {
		if (propiedad.get$ref() != null || propiedad.getTypes() == null || propiedad.getTypes().isEmpty()) {
			return propiedad.get$ref() == null ? propiedad : new Schema<>().anyOf(List.of(propiedad, tipo("null")));
		}
		Set<String> tipos = new LinkedHashSet<>(propiedad.getTypes());
		tipos.add("null");
		propiedad.setTypes(tipos);
		if (propiedad.getEnum() != null && !propiedad.getEnum().contains(null)) {
			List<Object> valores = new ArrayList<>(propiedad.getEnum());
			valores.add(null);
			propiedad.setEnum(valores);
		}
		return propiedad;
	}

}
