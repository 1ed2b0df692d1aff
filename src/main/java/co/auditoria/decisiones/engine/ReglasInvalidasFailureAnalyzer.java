package co.auditoria.decisiones.engine;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Si las reglas no compilan al arrancar, el servicio no arranca y dice qué corregir y dónde. */
class ReglasInvalidasFailureAnalyzer extends AbstractFailureAnalyzer<ReglasInvalidasException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ReglasInvalidasException cause) {
		String errores = cause.errores().stream().map(error -> "  " + error).collect(Collectors.joining("\n"));
		return new FailureAnalysis("Las reglas no compilan:\n" + errores,
				"Corrija los archivos indicados (o apunte reglas.directorio a un directorio válido) y vuelva a arrancar."
						+ " Para validar sin servidor: ./mvnw -q compile exec:java",
				cause);
	}

}
