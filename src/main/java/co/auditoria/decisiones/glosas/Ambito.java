package co.auditoria.decisiones.glosas;

/** Ámbito de la atención facturada. */
public enum Ambito {
	URGENCIAS, HOSPITALARIO, AMBULATORIO, DOMICILIARIO
}
