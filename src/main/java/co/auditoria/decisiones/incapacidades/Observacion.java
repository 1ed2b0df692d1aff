package co.auditoria.decisiones.incapacidades;

/**
 * Hecho que inserta una regla para un efecto que no es causal ni cambia el resultado (homologación de
 * diagnóstico, telemedicina, recaída de IPP, excepción de prepagada); sale en {@code observaciones}.
 */
public record Observacion(String codigo, String descripcion) {
}
