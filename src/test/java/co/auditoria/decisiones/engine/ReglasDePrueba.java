package co.auditoria.decisiones.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Un dominio mínimo para probar el motor sin ningún dominio real: rechaza un número mayor que el umbral
 * de {@code umbral.csv}, con la causal MAYOR y una acción REVISAR pedida dos veces.
 */
final class ReglasDePrueba {

	static final String DRL = """
			package prueba;
			import co.auditoria.decisiones.engine.*;
			global Integer umbral;
			rule "Un valor mayor que el umbral se rechaza"
			agenda-group "reglas"
			when
			    Integer(intValue > umbral)
			    Contexto($hoy : fechaEvaluacion)
			then
			    insert(new Causal("MAYOR"));
			    insert(new Accion("REVISAR", "mayor", $hoy.plusDays(1)));
			    insert(new Accion("REVISAR", "otra vez", $hoy.plusDays(1)));
			end
			""";

	private ReglasDePrueba() {
	}

	/** Escribe {@code <raiz>/prueba/} con reglas válidas y umbral 10. */
	static void escribir(Path raiz) throws IOException {
		Files.createDirectories(raiz.resolve("prueba"));
		escribir(raiz, "causales.csv", """
				# comentario de fuente
				codigo,tipo,efecto,descripcion
				MAYOR,MEDICA,RECHAZADO,El valor supera el umbral
				""");
		escribir(raiz, "umbral.csv", "umbral\n10\n");
		escribir(raiz, "reglas.drl", DRL);
	}

	static void escribir(Path raiz, String archivo, String contenido) throws IOException {
		Files.writeString(raiz.resolve("prueba").resolve(archivo), contenido);
	}

	/** Decide si un número supera el umbral de {@code umbral.csv}. */
	static class DominioDePrueba implements Dominio<Integer, DominioDePrueba.Respuesta> {

		record Respuesta(Integer valor) {
		}

		@Override
		public String nombre() {
			return "prueba";
		}

		@Override
		public Class<Integer> tipoSolicitud() {
			return Integer.class;
		}

		@Override
		public Class<Respuesta> tipoRespuesta() {
			return Respuesta.class;
		}

		@Override
		public List<String> resultados() {
			return List.of("RECHAZADO", "ACEPTADO");
		}

		@Override
		public List<String> fases() {
			return List.of("reglas", FASE_RESULTADO);
		}

		@Override
		public String campoIdentificador() {
			return "valor";
		}

		@Override
		public Respuesta respuesta(Integer solicitud, Evaluacion evaluacion) {
			return new Respuesta(solicitud);
		}

		/** {@code rangos} solo si hay {@code listas.csv}: para probar la revisión de nombres de lista. */
		@Override
		public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
			Map<String, Object> globales = new java.util.HashMap<>();
			globales.put("umbral", Integer.valueOf(catalogos.get("umbral").filas().get(0).valor("umbral")));
			if (catalogos.containsKey("listas")) {
				globales.put("rangos", co.auditoria.decisiones.cie10.RangosCie10.desde(catalogos.get("listas")));
			}
			return globales;
		}

		@Override
		public Collection<?> hechos(Integer solicitud) {
			return Set.of(solicitud);
		}

		@Override
		public String identificador(Integer solicitud) {
			return null;
		}

		@Override
		public LocalDate fechaEvaluacion(Integer solicitud) {
			return LocalDate.of(2026, 1, 1);
		}

	}

}
