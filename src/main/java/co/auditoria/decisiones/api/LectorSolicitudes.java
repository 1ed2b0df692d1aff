package co.auditoria.decisiones.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Convierte el JSON de un caso en la solicitud del dominio, con entrada estricta ({@code spec/api.md}): un
 * campo que el dominio no define, un tipo que habría que convertir o una fecha que no es exactamente
 * {@code yyyy-MM-dd} se rechazan. Después valida las anotaciones (Jakarta Validation) y las incoherencias
 * propias del dominio. Un caso válido se lee una sola vez, directo a los registros; uno inválido se revisa
 * entero ({@link RevisionJson}) para nombrar todos sus campos culpables en la misma respuesta.
 */
@Component
public class LectorSolicitudes {

	private final JsonMapper estricto;

	/** Un lector por tipo de solicitud, que guarda su deserializador: no se busca en cada decisión. */
	private final ClassValue<ObjectReader> lectores = new ClassValue<>() {
		@Override
		protected ObjectReader computeValue(Class<?> tipo) {
			return estricto.readerFor(tipo);
		}
	};

	private final ClavesRepetidas repetidas;

	private final Validator validador;

	private final int maximoLista;

	LectorSolicitudes(ObjectMapper json, Validator validador, @Value("${decisiones.lista.maximo:1000}") int maximoLista) {
		this.estricto = estricto((JsonMapper) json);
		this.repetidas = new ClavesRepetidas(estricto);
		this.validador = validador;
		this.maximoLista = maximoLista;
	}

	/** Las reglas de lectura de una solicitud; las de escritura de respuestas no cambian. */
	static JsonMapper estricto(JsonMapper json) {
		return json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
					DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.withCoercionConfig(LogicalType.Textual, texto -> texto.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, logico -> logico.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.build();
	}

	/** Un caso suelto, directo de los bytes del cuerpo. */
	<S> S leer(Dominio<S, ?> dominio, byte[] cuerpo) {
		S solicitud;
		try {
			solicitud = lectores.get(dominio.tipoSolicitud()).readValue(cuerpo);
		}
		catch (StreamConstraintsException ex) {
			throw limite(ex);
		}
		catch (InputCoercionException ex) {
			// Un número que no cabe en su campo (días = 99999999999): es del campo, no del JSON.
			return leer(dominio, arbol(cuerpo));
		}
		catch (StreamReadException ex) {
			throw jsonInvalido(cuerpo, ex);
		}
		catch (JacksonException ex) {
			// JSON bien formado que no cabe en la solicitud: se revisa entero para decir todos los culpables.
			return leer(dominio, arbol(cuerpo));
		}
		if (solicitud == null) {
			throw new SolicitudInvalidaException("El caso debe ser un objeto JSON", List.of());
		}
		return validar(dominio, solicitud, new ArrayList<>());
	}

	/** El cuerpo como árbol, con los mismos límites y errores que la lectura directa. */
	JsonNode arbol(byte[] cuerpo) {
		try {
			return estricto.readTree(cuerpo);
		}
		catch (StreamConstraintsException ex) {
			throw limite(ex);
		}
		catch (StreamReadException ex) {
			throw jsonInvalido(cuerpo, ex);
		}
		catch (JacksonException ex) {
			// Contenido después del primer valor JSON (FAIL_ON_TRAILING_TOKENS).
			throw new SolicitudInvalidaException("El cuerpo no es JSON válido" + donde(ex), List.of());
		}
	}

	/** Sintaxis rota, o una clave repetida en un objeto, que es un campo culpable y se nombra. */
	SolicitudInvalidaException jsonInvalido(byte[] cuerpo, StreamReadException ex) {
		String repetido = repetidas.campo(cuerpo, ex);
		return repetido != null ? invalida(List.of(new ErrorCampo(repetido, "campo repetido")))
				: new SolicitudInvalidaException("El cuerpo no es JSON válido" + donde(ex), List.of());
	}

	/** Un caso ya leído como árbol (un caso de un lote, de una simulación). */
	public <S> S leer(Dominio<S, ?> dominio, JsonNode caso) {
		if (caso == null || !caso.isObject()) {
			throw new SolicitudInvalidaException("El caso debe ser un objeto JSON", List.of());
		}
		try {
			return validar(dominio, estricto.treeToValue(caso, dominio.tipoSolicitud()), new ArrayList<>());
		}
		catch (JacksonException ex) {
			ObjectNode revisado = (ObjectNode) caso.deepCopy();
			List<ErrorCampo> errores = new ArrayList<>(RevisionJson.revisar(revisado, dominio.tipoSolicitud()));
			if (errores.isEmpty()) {
				errores.add(new ErrorCampo(ruta(ex), "valor inválido"));
			}
			S resto = null;
			try {
				resto = estricto.treeToValue(revisado, dominio.tipoSolicitud());
			}
			catch (JacksonException otra) {
				// Sin los valores culpables sigue sin leerse: basta con los errores que ya hay.
			}
			if (resto != null) {
				anotaciones(resto, errores);
			}
			throw invalida(errores);
		}
	}

	/** Un JSON que pasa un límite de lectura, dicho con los límites configurados. */
	SolicitudInvalidaException limite(StreamConstraintsException ex) {
		StreamReadConstraints limites = estricto.tokenStreamFactory().streamReadConstraints();
		return new SolicitudInvalidaException(LimitesDeLectura.mensaje(ex, limites), LimitesDeLectura.campo(ex, limites));
	}

	private <S> S validar(Dominio<S, ?> dominio, S solicitud, List<ErrorCampo> errores) {
		anotaciones(solicitud, errores);
		if (errores.isEmpty()) {
			errores.addAll(dominio.validar(solicitud));
		}
		if (!errores.isEmpty()) {
			throw invalida(errores);
		}
		return solicitud;
	}

	/**
	 * Los errores de anotaciones, salvo los de campos que ya tienen uno (un valor quitado no es además "obligatorio").
	 * Una lista con más elementos de los que admite es su error y no se validan sus elementos ({@link ListasAcotadas}).
	 */
	private void anotaciones(Object solicitud, List<ErrorCampo> errores) {
		List<ErrorCampo> excedidas = ListasAcotadas.excedidas(solicitud, maximoLista);
		if (!excedidas.isEmpty()) {
			errores.addAll(excedidas);
			return;
		}
		Set<ConstraintViolation<Object>> violaciones = validador.validate(solicitud);
		if (violaciones.isEmpty()) {
			// Lo normal: una solicitud válida no paga los streams de abajo.
			return;
		}
		List<String> yaNombrados = errores.stream().map(ErrorCampo::campo).toList();
		violaciones.stream()
			.map(violacion -> new ErrorCampo(ruta(violacion), violacion.getMessage()))
			.filter(error -> !yaNombrados.contains(error.campo()))
			.sorted(Comparator.comparing(ErrorCampo::campo))
			.forEach(errores::add);
	}

	private static SolicitudInvalidaException invalida(List<ErrorCampo> errores) {
		Map<String, ErrorCampo> unicos = new LinkedHashMap<>();
		errores.forEach(error -> unicos.putIfAbsent(error.campo() + "\u0000" + error.mensaje(), error));
		return new SolicitudInvalidaException("La solicitud tiene " + unicos.size() + " campo(s) inválido(s)",
				List.copyOf(unicos.values()));
	}

	private static String donde(JacksonException ex) {
		TokenStreamLocation lugar = ex.getLocation();
		return lugar == null || lugar.getLineNr() < 0 ? "" : " (línea " + lugar.getLineNr() + ", columna " + lugar.getColumnNr() + ")";
	}

	/** Dónde está el lector ({@code diagnosticos[1].cie10}), de su contexto de lectura. */
	static String ruta(TokenStreamContext donde) {
		StringBuilder ruta = new StringBuilder();
		for (TokenStreamContext contexto = donde; contexto != null && !contexto.inRoot(); contexto = contexto.getParent()) {
			String parte = contexto.inArray() ? "[" + Math.max(contexto.getCurrentIndex(), 0) + "]"
					: contexto.currentName() == null ? "" : "." + contexto.currentName();
			ruta.insert(0, parte);
		}
		return !ruta.isEmpty() && ruta.charAt(0) == '.' ? ruta.substring(1) : ruta.toString();
	}

	static String ruta(JacksonException ex) {
		StringBuilder ruta = new StringBuilder();
		for (JacksonException.Reference referencia : ex.getPath()) {
			if (referencia.getPropertyName() != null) {
				ruta.append(ruta.isEmpty() ? "" : ".").append(referencia.getPropertyName());
			}
			else {
				ruta.append('[').append(referencia.getIndex()).append(']');
			}
		}
		return ruta.toString();
	}

	/** {@code diagnosticos[0].cie10}: el índice va con el nodo que está dentro de la lista. */
	private static String ruta(ConstraintViolation<?> violacion) {
		StringBuilder ruta = new StringBuilder();
		for (Path.Node nodo : violacion.getPropertyPath()) {
			if (nodo.isInIterable()) {
				ruta.append('[').append(nodo.getIndex() != null ? nodo.getIndex() : nodo.getKey()).append(']');
			}
			if (nodo.getName() != null && nodo.getKind() != ElementKind.CONTAINER_ELEMENT) {
				ruta.append(ruta.isEmpty() ? "" : ".").append(nodo.getName());
			}
		}
		return ruta.toString();
	}


	/** El lector estricto, para leer un lote de a un caso con las mismas reglas. */
	public JsonMapper estricto() {
		return estricto;
	}

}
