package co.auditoria.decisiones.api;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Convierte el JSON de un caso en la solicitud del dominio y la valida: tipos, enumerados y fechas
 * (Jackson), anotaciones (Jakarta Validation) e incoherencias propias del dominio. Todo lo que falla
 * sale como {@link SolicitudInvalidaException} con la ruta de cada campo.
 */
@Component
class LectorSolicitudes {

	private final ObjectMapper json;

	private final Validator validador;

	LectorSolicitudes(ObjectMapper json, Validator validador) {
		this.json = json;
		this.validador = validador;
	}

	/** Un caso de un lote, ya leído como árbol. */
	<S> S leer(Dominio<S> dominio, JsonNode cuerpo) {
		if (cuerpo == null || !cuerpo.isObject()) {
			throw new SolicitudInvalidaException("El caso debe ser un objeto JSON", List.of());
		}
		try {
			return validar(dominio, json.treeToValue(cuerpo, dominio.tipoSolicitud()));
		}
		catch (JacksonException ex) {
			throw new SolicitudInvalidaException("Un campo tiene un tipo o un valor inválido", List.of(errorDe(ex)));
		}
	}

	/** Un caso suelto, directo de los bytes del cuerpo: sin el árbol intermedio, que costaba un tercio de la lectura. */
	<S> S leer(Dominio<S> dominio, byte[] cuerpo) {
		S solicitud;
		try {
			solicitud = json.readValue(cuerpo, dominio.tipoSolicitud());
		}
		catch (StreamConstraintsException ex) {
			throw new SolicitudInvalidaException(pasaLimiteDeLectura(ex), List.of());
		}
		catch (InputCoercionException ex) {
			// Un número que no cabe en el campo (días = 99999999999): es del campo, no del JSON.
			throw new SolicitudInvalidaException("Un campo tiene un tipo o un valor inválido", List.of(errorDe(ex)));
		}
		catch (StreamReadException ex) {
			throw new SolicitudInvalidaException("El cuerpo no es JSON válido", List.of());
		}
		catch (JacksonException ex) {
			if (ex.getPath().isEmpty()) {
				throw new SolicitudInvalidaException("El caso debe ser un objeto JSON", List.of());
			}
			throw new SolicitudInvalidaException("Un campo tiene un tipo o un valor inválido", List.of(errorDe(ex)));
		}
		if (solicitud == null) {
			throw new SolicitudInvalidaException("El caso debe ser un objeto JSON", List.of());
		}
		return validar(dominio, solicitud);
	}

	/** El mensaje de Jackson no lleva el contenido, solo el límite y la cifra que lo pasó. */
	static String pasaLimiteDeLectura(StreamConstraintsException ex) {
		return "El JSON pasa un límite de lectura (anidamiento, largo de un texto o de un número): "
				+ ex.getOriginalMessage();
	}

	private <S> S validar(Dominio<S> dominio, S solicitud) {
		List<ErrorCampo> errores = new ArrayList<>();
		validador.validate(solicitud)
			.stream()
			.sorted(Comparator.comparing(violacion -> violacion.getPropertyPath().toString()))
			.forEach(violacion -> errores.add(new ErrorCampo(ruta(violacion), violacion.getMessage())));
		if (errores.isEmpty()) {
			errores.addAll(dominio.validar(solicitud));
		}
		if (!errores.isEmpty()) {
			throw new SolicitudInvalidaException("La solicitud tiene " + errores.size() + " campo(s) inválido(s)", errores);
		}
		return solicitud;
	}

	private static ErrorCampo errorDe(JacksonException ex) {
		String campo = ex.getPath().stream().map(referencia -> referencia.getPropertyName() != null
				? "." + referencia.getPropertyName() : "[" + referencia.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
		return new ErrorCampo(campo.isEmpty() ? null : campo, mensajeDe(ex));
	}

	private static String mensajeDe(JacksonException ex) {
		if (ex instanceof MismatchedInputException desajuste && desajuste.getTargetType() != null) {
			Class<?> tipo = desajuste.getTargetType();
			String valor = ex instanceof InvalidFormatException formato ? " '" + formato.getValue() + "'" : "";
			if (tipo.isEnum()) {
				return "valor" + valor + " no permitido; use uno de: "
						+ Arrays.stream(tipo.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
			}
			if (Temporal.class.isAssignableFrom(tipo)) {
				return "fecha inválida" + valor + "; use el formato yyyy-MM-dd";
			}
			if (Number.class.isAssignableFrom(tipo) || tipo.isPrimitive()) {
				return "debe ser un número" + (tipo == Integer.class || tipo == Long.class ? " entero" : "");
			}
			if (tipo == Boolean.class) {
				return "debe ser true o false";
			}
			if (tipo == String.class) {
				return "debe ser un texto";
			}
			return "debe ser un " + (List.class.isAssignableFrom(tipo) ? "arreglo" : "objeto");
		}
		return "valor inválido";
	}

	/** {@code diagnosticos[0].cie10}: el índice va con el nodo que está dentro de la lista. */
	private static String ruta(ConstraintViolation<?> violacion) {
		StringBuilder ruta = new StringBuilder();
		for (Path.Node nodo : violacion.getPropertyPath()) {
			if (nodo.isInIterable()) {
				ruta.append('[').append(nodo.getIndex() != null ? nodo.getIndex() : nodo.getKey()).append(']');
			}
			if (nodo.getName() != null && nodo.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
				ruta.append(ruta.isEmpty() ? "" : ".").append(nodo.getName());
			}
		}
		return ruta.toString();
	}

}
