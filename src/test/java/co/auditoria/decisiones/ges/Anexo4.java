package co.auditoria.decisiones.ges;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Las 118 garantías exceptuadas del Anexo 4 del informe N°33/2013, leídas de {@code ges/anexo4.csv} (la
 * transcripción con los textos del informe) y convertidas en el lote {@code {"casos": [...]}} de la API.
 */
record Anexo4(List<Fila> filas) {

	static final String FECHA_EVALUACION = "2013-02-28";

	private static final DateTimeFormatter FECHA_INFORME = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final Map<String, CausaExcepcion> CAUSAS = Map.of(
			"inasistencia beneficiario", CausaExcepcion.INASISTENCIA_BENEFICIARIO,
			"indicación médica", CausaExcepcion.INDICACION_MEDICA,
			"rechazo de prestador", CausaExcepcion.RECHAZO_PRESTADOR,
			"rechazo de tratamiento", CausaExcepcion.RECHAZO_TRATAMIENTO,
			"otra causa", CausaExcepcion.OTRA_CAUSA,
			"no cumple criterios de inclusión", CausaExcepcion.NO_CUMPLE_CRITERIOS_INCLUSION,
			"rechazo de ges", CausaExcepcion.RECHAZO_GES);

	private static final Map<String, TipoGarantia> GARANTIAS = Map.of(
			"confirmación diagnóstica", TipoGarantia.CONFIRMACION_DIAGNOSTICA,
			"etapificación", TipoGarantia.ETAPIFICACION,
			"tratamiento", TipoGarantia.TRATAMIENTO,
			"seguimiento", TipoGarantia.SEGUIMIENTO,
			"screening", TipoGarantia.SCREENING,
			"alta integral", TipoGarantia.ALTA_INTEGRAL);

	private static final Map<String, ResultadoGes> SECCIONES = Map.of(
			"DENTRO", ResultadoGes.EXCEPTUADA_DENTRO_PLAZO,
			"FUERA", ResultadoGes.EXCEPTUADA_FUERA_PLAZO,
			"SIN", ResultadoGes.EXCEPTUADA_SIN_PLAZO);

	/** Una fila del anexo; {@code seccion} es el resultado de la tabla del anexo en la que aparece. */
	record Fila(String id, ResultadoGes seccion, LocalDate fechaLimite, LocalDate fechaExcepcion, CausaExcepcion causa,
			String problemaSalud, TipoGarantia garantia, String isapre) {
	}

	static Anexo4 leer() throws IOException {
		CSVFormat formato = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
			.setTrim(true).get();
		try (Reader lector = new InputStreamReader(Anexo4.class.getResourceAsStream("/ges/anexo4.csv"), StandardCharsets.UTF_8);
				CSVParser csv = CSVParser.builder().setReader(lector).setFormat(formato).get()) {
			Map<ResultadoGes, Integer> numeros = new java.util.EnumMap<>(ResultadoGes.class);
			return new Anexo4(csv.stream().map(registro -> {
				String seccion = registro.get("seccion");
				ResultadoGes resultado = requerido(SECCIONES, seccion);
				int numero = numeros.merge(resultado, 1, Integer::sum);
				String excepcion = registro.get("fechaExcepcion");
				return new Fila("A4-%s-%02d".formatted(seccion, numero), resultado,
						LocalDate.parse(registro.get("fechaLimite"), FECHA_INFORME),
						excepcion.equalsIgnoreCase("sin fecha") ? null : LocalDate.parse(excepcion, FECHA_INFORME),
						requerido(CAUSAS, registro.get("causa").toLowerCase(Locale.ROOT)), registro.get("problemaSalud"),
						requerido(GARANTIAS, registro.get("garantia").toLowerCase(Locale.ROOT)), registro.get("isapre"));
			}).toList());
		}
	}

	private static <T> T requerido(Map<String, T> mapa, String clave) {
		T valor = mapa.get(clave);
		if (valor == null) {
			throw new IllegalArgumentException("valor desconocido en anexo4.csv: " + clave);
		}
		return valor;
	}

	ObjectNode lote(JsonMapper json) {
		ObjectNode lote = json.createObjectNode();
		ArrayNode casos = lote.putArray("casos");
		for (Fila fila : filas) {
			ObjectNode caso = casos.addObject();
			caso.put("idGarantia", fila.id());
			caso.put("asegurador", fila.isapre());
			caso.put("problemaSalud", fila.problemaSalud());
			caso.put("tipoGarantia", fila.garantia().name());
			caso.put("fechaLimite", fila.fechaLimite().toString());
			ObjectNode excepcion = caso.putObject("excepcion");
			excepcion.put("causa", fila.causa().name());
			excepcion.put("fecha", fila.fechaExcepcion() == null ? null : fila.fechaExcepcion().toString());
			caso.put("fechaEvaluacion", FECHA_EVALUACION);
		}
		return lote;
	}

}
