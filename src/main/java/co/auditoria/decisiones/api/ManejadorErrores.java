package co.auditoria.decisiones.api;

import java.util.List;

import co.auditoria.decisiones.engine.ReglasInvalidasException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Todo error sale como {@code application/problem+json}. Una entrada inválida es 400 y nunca 500; un
 * 500 solo puede venir de un defecto del servicio, y se registra sin el cuerpo de la solicitud (que
 * puede traer datos personales).
 */
@RestControllerAdvice
class ManejadorErrores extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ManejadorErrores.class);

	@ExceptionHandler
	ProblemDetail solicitudInvalida(SolicitudInvalidaException ex) {
		return Problemas.solicitudInvalida(ex.getMessage(), ex.errores());
	}

	@ExceptionHandler
	ProblemDetail dominioDesconocido(DominioDesconocidoException ex) {
		return Problemas.problema(HttpStatus.NOT_FOUND, "dominio-desconocido", "Dominio desconocido", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail loteDemasiadoGrande(LoteDemasiadoGrandeException ex) {
		return Problemas.problema(HttpStatus.CONTENT_TOO_LARGE, "lote-demasiado-grande", "Lote demasiado grande",
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail reglasInvalidas(ReglasInvalidasException ex) {
		return Problemas.reglasInvalidas(ex.errores());
	}

	@ExceptionHandler
	ProblemDetail inesperado(Exception ex) {
		log.error("Error inesperado al atender una solicitud: {}", TrazaSinDatos.de(ex));
		return Problemas.problema(HttpStatus.INTERNAL_SERVER_ERROR, "error-interno", "Error interno",
				"Error inesperado del servicio; quedó registrado");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable causa = ex; causa != null; causa = causa.getCause()) {
			if (causa instanceof LimiteCuerpo.CuerpoDemasiadoGrandeException demasiado) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.header(HttpHeaders.CONNECTION, "close")
					.body(Problemas.problema(HttpStatus.CONTENT_TOO_LARGE, "cuerpo-demasiado-grande",
							"Cuerpo demasiado grande", demasiado.getMessage()));
			}
			if (causa instanceof StreamConstraintsException limite) {
				return ResponseEntity.badRequest()
					.body(Problemas.solicitudInvalida(LectorSolicitudes.pasaLimiteDeLectura(limite), List.of()));
			}
		}
		String detalle = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
				? "Falta el cuerpo de la solicitud" : "El cuerpo no es JSON válido";
		return ResponseEntity.badRequest().body(Problemas.solicitudInvalida(detalle, List.of()));
	}

}
