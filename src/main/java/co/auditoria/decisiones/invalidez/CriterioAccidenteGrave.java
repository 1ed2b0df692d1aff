package co.auditoria.decisiones.invalidez;

/**
 * Las lesiones que hacen grave un accidente de trabajo (Resolución 1401 de 2007, art. 3), en el orden en
 * que se listan en {@code criteriosAccidenteGrave}.
 */
public enum CriterioAccidenteGrave {

	AMPUTACION, FRACTURA_HUESO_LARGO, TRAUMA_CRANEOENCEFALICO, QUEMADURA_SEGUNDO_TERCER_GRADO, LESION_SEVERA_MANO,
	LESION_MEDULAR, LESION_OCULAR, LESION_AUDITIVA

}
