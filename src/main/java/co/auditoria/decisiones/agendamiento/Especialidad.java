package co.auditoria.decisiones.agendamiento;

/** Las especialidades del alcance de la migración (seed 002, "Perfilamiento del alcance"). */
public enum Especialidad {
	MEDICINA_GENERAL, PEDIATRIA
}
