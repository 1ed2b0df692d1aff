package co.auditoria.decisiones.reclamaciones;

/** Si el ítem está soportado en el registro clínico de la cuenta (epicrisis, hoja de urgencias, fórmula). */
public enum SoporteHistoriaClinica {
	SI, NO, SIN_VERIFICAR
}
