package co.auditoria.decisiones.incapacidades;

/** Dónde se expidió el certificado; urgencias y hospitalización pueden expedirlo con retroactividad. */
public enum AmbitoAtencion {
	AMBULATORIO, URGENCIAS, HOSPITALIZACION
}
