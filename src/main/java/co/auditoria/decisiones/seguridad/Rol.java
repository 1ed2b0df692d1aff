package co.auditoria.decisiones.seguridad;

/** Los roles que una clave puede tener; un rol mal escrito en la configuración impide arrancar. */
enum Rol {

	/** Pedir decisiones ({@code /api/v1/{dominio}/decide} y {@code /decide/lote}). */
	DECIDIR,

	/** Validar, recargar, simular, publicar y revertir las reglas ({@code POST /api/v1/reglas/**}). */
	ADMIN_REGLAS,

	/** Leer las métricas de {@code /actuator/prometheus}. */
	OPERACION

}
