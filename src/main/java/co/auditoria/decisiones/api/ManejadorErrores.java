package co.auditoria.decisiones.api;

import java.util.List;

import co.auditoria.decisiones.engine.ReglasInvalidasException;
import co.auditoria.decisiones.engine.ReglasNoDisponiblesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Todo error sale como {@code application/problem+json}. Una entrada inválida es 400 y nunca 500; un
 * 500 solo puede venir de un defecto del servicio, y se registra sin el cuerpo de la solicitud (que
 * puede traer datos personales).
 */
@RestControllerAdvice
class ManejadorErrores extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ManejadorErrores.class);

	private final LectorSolicitudes lector;

	ManejadorErrores(LectorSolicitudes lector) {
		this.lector = lector;
	}

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
	ProblemDetail problemaHttp(ProblemaHttp ex) {
		return ex.problema();
	}

	@ExceptionHandler
	ProblemDetail reglasInvalidas(ReglasInvalidasException ex) {
		return Problemas.reglasInvalidas(ex.errores());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> sinCapacidad(PresupuestoLotes.SinCapacidadException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(Problemas.problema(HttpStatus.SERVICE_UNAVAILABLE, "sin-capacidad", "Sin capacidad para el lote",
					ex.getMessage()));
	}

	/** El cuerpo de un lote que se lee a mano (no por un convertidor de Spring) y pasa un límite. */
	@ExceptionHandler
	ResponseEntity<Object> cuerpoIlegible(CuerpoIlegibleException ex) {
		return handleHttpMessageNotReadable(new HttpMessageNotReadableException(ex.getMessage(), ex.getCause(), null),
				new HttpHeaders(), HttpStatus.BAD_REQUEST, null);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> reglasNoDisponibles(ReglasNoDisponiblesException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(Problemas.problema(HttpStatus.SERVICE_UNAVAILABLE, "reglas-no-disponibles", "Sin reglas activas",
					ex.getMessage()));
	}

	/**
	 * Los errores que arma Spring (405, 406, 415, ruta desconocida) salen con la misma forma que los nuestros:
	 * un {@code type} propio y un {@code detail} en español, sin el texto en inglés del framework.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus estado = HttpStatus.resolve(statusCode.value());
		ProblemDetail problema;
		if (ex instanceof HttpRequestMethodNotSupportedException metodo) {
			String[] permitidos = metodo.getSupportedMethods() == null ? new String[0] : metodo.getSupportedMethods();
			problema = Problemas.problema(HttpStatus.METHOD_NOT_ALLOWED, "metodo-no-permitido", "Método no permitido",
					"El método " + metodo.getMethod() + " no está permitido en esta ruta; use " + String.join(", ", permitidos));
		}
		else if (ex instanceof HttpMediaTypeNotSupportedException) {
			problema = Problemas.problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "tipo-no-soportado",
					"Tipo de contenido no soportado", "Se espera un cuerpo JSON (Content-Type: application/json)");
		}
		else if (ex instanceof HttpMediaTypeNotAcceptableException) {
			problema = Problemas.problema(HttpStatus.NOT_ACCEPTABLE, "no-aceptable", "Tipo de respuesta no aceptable",
					"Las respuestas son JSON: acepte application/json o application/problem+json");
			// El cliente no acepta JSON: se le responde igual en problem+json, que es lo único que hay.
			headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		else if (ex instanceof NoResourceFoundException ruta) {
			problema = Problemas.problema(HttpStatus.NOT_FOUND, "ruta-desconocida", "Ruta desconocida",
					"No existe la ruta /" + ruta.getResourcePath() + "; las rutas están en /v3/api-docs");
		}
		else if (body instanceof ProblemDetail propio && propio.getType() != null
				&& propio.getType().toString().startsWith("urn:decisiones:")) {
			problema = propio;
		}
		else {
			problema = Problemas.problema(estado == null ? HttpStatus.BAD_REQUEST : estado, "solicitud-invalida",
					"Solicitud inválida", "La solicitud no se puede atender (" + statusCode.value() + ")");
		}
		return super.handleExceptionInternal(ex, problema, headers, statusCode, request);
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
			if (causa instanceof LimiteCuerpo.CuerpoDemasiadoLentoException lento) {
				return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT)
					.header(HttpHeaders.CONNECTION, "close")
					.body(Problemas.problema(HttpStatus.REQUEST_TIMEOUT, "cuerpo-demasiado-lento", "Cuerpo demasiado lento",
							lento.getMessage()));
			}
			if (causa instanceof LimiteCuerpo.CuerpoDemasiadoGrandeException demasiado) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.header(HttpHeaders.CONNECTION, "close")
					.body(Problemas.problema(HttpStatus.CONTENT_TOO_LARGE, "cuerpo-demasiado-grande",
							"Cuerpo demasiado grande", demasiado.getMessage()));
			}
			if (causa instanceof StreamConstraintsException limite) {
				SolicitudInvalidaException invalida = lector.limite(limite);
				return ResponseEntity.badRequest().body(Problemas.solicitudInvalida(invalida.getMessage(), invalida.errores()));
			}
		}
		String detalle = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
				? "Falta el cuerpo de la solicitud" : "El cuerpo no es JSON válido";
		return ResponseEntity.badRequest().body(Problemas.solicitudInvalida(detalle, List.of()));
	}

}
