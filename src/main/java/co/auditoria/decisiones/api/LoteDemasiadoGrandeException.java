package co.auditoria.decisiones.api;

/** Un lote con más casos de los permitidos; se responde 413. */
class LoteDemasiadoGrandeException extends RuntimeException {

	LoteDemasiadoGrandeException(int casos, int maximo) {
		super("El lote trae " + casos + " casos y el máximo es " + maximo);
	}

}
