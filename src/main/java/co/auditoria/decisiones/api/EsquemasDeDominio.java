package co.auditoria.decisiones.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.Accion;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Los esquemas de un dominio: su solicitud, su decisión (el sobre común con el enumerado de sus resultados más
 * sus campos propios, al mismo nivel), su lote, el caso inválido de un lote, su resumen y la respuesta del lote.
 * Se llaman {@code <dominio>.Decision}, {@code <dominio>.Lote}, etc.
 */
final class EsquemasDeDominio {

	private static final List<String> SOBRE = List.of("idDecision", "dominio", "versionReglas", "resultado", "causales",
			"acciones", "reglasAplicadas", "evaluadoEn");

	private final Dominio<?, ?> dominio;

	private final EsquemasOpenApi esquemas;

	private final MotorReglas motor;

	private final int maximoLote;

	EsquemasDeDominio(Dominio<?, ?> dominio, EsquemasOpenApi esquemas, MotorReglas motor, int maximoLote) {
		this.dominio = dominio;
		this.esquemas = esquemas;
		this.motor = motor;
		this.maximoLote = maximoLote;
	}

	Schema<?> solicitud() {
		return esquemas.referencia(dominio.tipoSolicitud(), true);
	}

	Schema<?> decision() {
		Map<String, Schema> propiedades = new LinkedHashMap<>();
		propiedades.put("idDecision", EsquemasOpenApi.tipo("string").format("uuid"));
		propiedades.put("dominio", EsquemasOpenApi.tipo("string")._enum(List.of(dominio.nombre())));
		propiedades.put("versionReglas", EsquemasOpenApi.tipo("string")
			.description("Huella del contenido de las reglas del dominio con que se decidió"));
		propiedades.put("resultado", enumerado(dominio.resultados()).description("De mayor a menor precedencia"));
		propiedades.put("causales", EsquemasOpenApi.tipo("array").items(esquemas.referencia(Evaluacion.CausalAplicada.class, false))
			.description(descripcionCausales()));
		propiedades.put("acciones", EsquemasOpenApi.tipo("array").items(esquemas.referencia(Accion.class, false)));
		propiedades.put("reglasAplicadas", EsquemasOpenApi.tipo("array").items(EsquemasOpenApi.tipo("string"))
			.description("Los nombres de las reglas que dispararon, tal como están en rules/" + dominio.nombre() + "/"));
		propiedades.put("evaluadoEn", EsquemasOpenApi.tipo("string").format("date-time"));
		propiedades.putAll(esquemas.propiedades(dominio.tipoRespuesta()));
		return registrar("Decision", objeto(propiedades, SOBRE).description("Decisión de " + dominio.nombre()));
	}

	Schema<?> lote() {
		Schema<?> casos = EsquemasOpenApi.tipo("array").items(solicitud()).maxItems(maximoLote);
		Schema<?> lote = objeto(Map.of("casos", casos), List.of("casos"));
		lote.setAdditionalProperties(false);
		return registrar("Lote", lote);
	}

	Schema<?> respuestaLote() {
		Schema<?> resultado = new Schema<>().oneOf(List.of(decision(), casoInvalido()));
		Map<String, Schema> propiedades = new LinkedHashMap<>();
		propiedades.put("resultados", EsquemasOpenApi.tipo("array").items(resultado));
		propiedades.put("resumen", resumen());
		return registrar("RespuestaLote", objeto(propiedades, List.of("resultados", "resumen")));
	}

	/** El error de un caso de un lote con el identificador del caso, con su nombre de la solicitud. */
	private Schema<?> casoInvalido() {
		Map<String, Schema> propiedades = new LinkedHashMap<>();
		propiedades.put("error", EsquemasOpenApi.ref(RespuestasOpenApi.PROBLEMA));
		String[] ruta = dominio.campoIdentificador().split("\\.");
		Schema<?> identificador = EsquemasOpenApi.anulable(EsquemasOpenApi.tipo("string"));
		for (int i = ruta.length - 1; i > 0; i--) {
			identificador = objeto(Map.of(ruta[i], identificador), List.of());
		}
		propiedades.put(ruta[0], identificador);
		return registrar("CasoInvalido", objeto(propiedades, List.of("error")));
	}

	private Schema<?> resumen() {
		Map<String, Schema> propiedades = new LinkedHashMap<>();
		propiedades.put("total", EsquemasOpenApi.tipo("integer").description("Todos los casos, también los inválidos"));
		propiedades.put("porResultado", EsquemasOpenApi.tipo("object")
			.additionalProperties(EsquemasOpenApi.tipo("integer"))
			.propertyNames(enumerado(dominio.resultados()))
			.description("Decididos por resultado, sin claves en cero"));
		propiedades.put("errores", EsquemasOpenApi.tipo("integer").description("Casos inválidos"));
		if (dominio.tipoResumen() != null) {
			propiedades.putAll(esquemas.propiedades(dominio.tipoResumen()));
		}
		return registrar("Resumen", objeto(propiedades, List.of("total", "porResultado", "errores")));
	}

	/** Los códigos que hay hoy: el catálogo lo editan los analistas, así que no es un enumerado cerrado. */
	private String descripcionCausales() {
		ConjuntoReglas activo = motor.activo();
		List<String> codigos = activo == null ? List.of() : activo.dominio(dominio.nombre()).causales().codigos();
		return "Códigos de rules/" + dominio.nombre() + "/causales.csv, en su orden; los analistas pueden añadir más"
				+ (codigos.isEmpty() ? "" : ". Al publicar este documento: " + String.join(", ", codigos));
	}

	private Schema<?> registrar(String nombre, Schema<?> esquema) {
		String completo = dominio.nombre() + "." + nombre;
		esquemas.registrar(completo, esquema, false);
		return EsquemasOpenApi.ref(completo);
	}

	private static Schema<?> enumerado(List<String> valores) {
		return EsquemasOpenApi.tipo("string")._enum(List.copyOf(valores));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema<?> objeto(Map<String, Schema> propiedades, List<String> obligatorios) {
		Schema objeto = EsquemasOpenApi.tipo("object");
		objeto.setProperties(new LinkedHashMap<>(propiedades));
		if (!obligatorios.isEmpty()) {
			objeto.setRequired(List.copyOf(obligatorios));
		}
		return objeto;
	}

}
