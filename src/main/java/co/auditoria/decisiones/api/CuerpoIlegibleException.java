package co.auditoria.decisiones.api;

import java.io.IOException;

/** La lectura del cuerpo de un lote falló (demasiado grande, demasiado lento, conexión cortada). */
class CuerpoIlegibleException extends RuntimeException {

	CuerpoIlegibleException(IOException causa) {
		super("No se pudo leer el cuerpo de la solicitud", causa);
	}

}
