package co.auditoria.decisiones.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.ErrorCampo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recorre el JSON de una solicitud contra sus registros Java y dice <em>todos</em> los campos que no se pueden
 * aceptar, no solo el primero como Jackson: campos desconocidos a cualquier profundidad, tipos sin coerción
 * ({@code "5"} no es un número ni {@code 5} un texto), enumerados, enteros fuera de rango y fechas que no son
 * exactamente {@code yyyy-MM-dd} o que no existen. Solo se usa cuando la lectura estricta de Jackson ya falló:
 * acepta lo mismo que ella y sirve para explicar el rechazo. Quita del árbol cada valor culpable, para que la
 * validación de anotaciones pueda correr sobre el resto y sus errores vayan en la misma respuesta.
 */
final class RevisionJson {

	private static final Map<Class<?>, RecordComponent[]> COMPONENTES = new ConcurrentHashMap<>();

	private final List<ErrorCampo> errores = new ArrayList<>();

	private RevisionJson() {
	}

	/** Los errores de {@code arbol} (que se modifica: quedan fuera los valores culpables). */
	static List<ErrorCampo> revisar(ObjectNode arbol, Class<?> tipo) {
		RevisionJson revision = new RevisionJson();
		revision.objeto(arbol, tipo, "");
		return revision.errores;
	}

	/** Revisa {@code valor}; {@code false} si no se puede aceptar y el que llama lo debe quitar. */
	private boolean valor(JsonNode valor, Type tipo, String ruta) {
		if (valor.isNull()) {
			return true;
		}
		Class<?> clase = clase(tipo);
		if (clase == String.class) {
			return exigir(valor.isString(), ruta, "debe ser un texto");
		}
		if (clase == Boolean.class || clase == boolean.class) {
			return exigir(valor.isBoolean(), ruta, "debe ser true o false");
		}
		if (clase == Integer.class || clase == int.class) {
			return entero(valor, ruta, Integer.MIN_VALUE, Integer.MAX_VALUE);
		}
		if (clase == Long.class || clase == long.class) {
			return entero(valor, ruta, Long.MIN_VALUE, Long.MAX_VALUE);
		}
		if (clase == Double.class || clase == double.class || clase == BigDecimal.class || clase == Float.class) {
			return exigir(valor.isNumber(), ruta, "debe ser un número");
		}
		if (clase.isEnum()) {
			return enumerado(valor, clase, ruta);
		}
		if (clase == LocalDate.class) {
			return fecha(valor, ruta);
		}
		if (clase == LocalDateTime.class) {
			return fechaHora(valor, ruta);
		}
		if (Collection.class.isAssignableFrom(clase)) {
			if (!exigir(valor.isArray(), ruta, "debe ser un arreglo")) {
				return false;
			}
			arreglo((ArrayNode) valor, elemento(tipo), ruta);
			return true;
		}
		if (clase.isRecord()) {
			if (!exigir(valor.isObject(), ruta, "debe ser un objeto")) {
				return false;
			}
			objeto((ObjectNode) valor, clase, ruta);
			return true;
		}
		return true;
	}

	private void objeto(ObjectNode objeto, Class<?> tipo, String ruta) {
		Map<String, RecordComponent> componentes = Arrays.stream(COMPONENTES.computeIfAbsent(tipo, Class::getRecordComponents))
			.collect(Collectors.toMap(RecordComponent::getName, componente -> componente));
		for (Iterator<Map.Entry<String, JsonNode>> campos = objeto.properties().iterator(); campos.hasNext();) {
			Map.Entry<String, JsonNode> campo = campos.next();
			String rutaCampo = ruta.isEmpty() ? campo.getKey() : ruta + "." + campo.getKey();
			RecordComponent componente = componentes.get(campo.getKey());
			if (componente == null) {
				errores.add(new ErrorCampo(rutaCampo, "campo desconocido"));
				campos.remove();
			}
			else if (!valor(campo.getValue(), componente.getGenericType(), rutaCampo)) {
				campos.remove();
			}
		}
	}

	private void arreglo(ArrayNode arreglo, Type elemento, String ruta) {
		for (int i = arreglo.size() - 1; i >= 0; i--) {
			if (!valor(arreglo.get(i), elemento, ruta + "[" + i + "]")) {
				arreglo.set(i, arreglo.nullNode());
			}
		}
	}

	private boolean entero(JsonNode valor, String ruta, long minimo, long maximo) {
		if (!valor.isIntegralNumber()) {
			return exigir(false, ruta, "debe ser un número entero");
		}
		BigInteger numero = valor.bigIntegerValue();
		return exigir(numero.compareTo(BigInteger.valueOf(minimo)) >= 0 && numero.compareTo(BigInteger.valueOf(maximo)) <= 0,
				ruta, "debe ser un número entero entre " + minimo + " y " + maximo);
	}

	private boolean enumerado(JsonNode valor, Class<?> tipo, String ruta) {
		String permitidos = Arrays.stream(tipo.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		boolean valido = valor.isString()
				&& Arrays.stream(tipo.getEnumConstants()).anyMatch(constante -> String.valueOf(constante).equals(valor.asString()));
		return exigir(valido, ruta, "valor " + (valor.isString() ? "'" + valor.asString() + "'" : valor.toString())
				+ " no permitido; use uno de: " + permitidos);
	}

	private boolean fecha(JsonNode valor, String ruta) {
		if (!valor.isString() || !FechasEstrictas.tieneFormato(valor.asString())) {
			return exigir(false, ruta, "fecha inválida " + mostrar(valor) + "; use exactamente el formato yyyy-MM-dd");
		}
		try {
			LocalDate.parse(valor.asString());
			return true;
		}
		catch (DateTimeException ex) {
			return exigir(false, ruta, "la fecha " + mostrar(valor) + " no existe");
		}
	}

	private boolean fechaHora(JsonNode valor, String ruta) {
		if (!valor.isString() || !FechasEstrictas.tieneFormatoFechaHora(valor.asString())) {
			return exigir(false, ruta, "fecha-hora inválida " + mostrar(valor) + "; use exactamente el formato yyyy-MM-ddTHH:mm");
		}
		try {
			LocalDateTime.parse(valor.asString());
			return true;
		}
		catch (DateTimeException ex) {
			return exigir(false, ruta, "la fecha-hora " + mostrar(valor) + " no existe");
		}
	}

	private static String mostrar(JsonNode valor) {
		String texto = valor.isString() ? "'" + valor.asString() + "'" : valor.toString();
		return texto.length() > 40 ? texto.substring(0, 40) + "…" : texto;
	}

	private boolean exigir(boolean condicion, String ruta, String mensaje) {
		if (!condicion) {
			errores.add(new ErrorCampo(ruta, mensaje));
		}
		return condicion;
	}

	private static Class<?> clase(Type tipo) {
		if (tipo instanceof Class<?> clase) {
			return clase;
		}
		if (tipo instanceof ParameterizedType parametrizado) {
			return (Class<?>) parametrizado.getRawType();
		}
		return Object.class;
	}

	private static Type elemento(Type tipo) {
		if (tipo instanceof ParameterizedType parametrizado) {
			return parametrizado.getActualTypeArguments()[0];
		}
		return Object.class;
	}

}
