package co.auditoria.decisiones.api;

import java.net.URI;
import java.util.List;

import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.ErrorRegla;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Los problem+json (RFC 9457) del servicio, con un {@code type} estable por situación. */
final class Problemas {

	private Problemas() {
	}

	static ProblemDetail solicitudInvalida(String detalle, List<ErrorCampo> errores) {
		ProblemDetail problema = problema(HttpStatus.BAD_REQUEST, "solicitud-invalida", "Solicitud inválida", detalle);
		if (!errores.isEmpty()) {
			problema.setProperty("errores", errores);
		}
		return problema;
	}

	static ProblemDetail reglasInvalidas(List<ErrorRegla> errores) {
		ProblemDetail problema = problema(HttpStatus.UNPROCESSABLE_CONTENT, "reglas-invalidas", "Las reglas no compilan",
				errores.size() + " error(es); las reglas activas no cambiaron");
		problema.setProperty("errores", errores);
		return problema;
	}

	static ProblemDetail problema(HttpStatus estado, String tipo, String titulo, String detalle) {
		ProblemDetail problema = ProblemDetail.forStatusAndDetail(estado, detalle);
		problema.setType(URI.create("urn:decisiones:problema:" + tipo));
		problema.setTitle(titulo);
		return problema;
	}

}
