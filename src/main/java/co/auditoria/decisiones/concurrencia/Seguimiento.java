package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;

/** Hecho y campo de la respuesta (solo hospitalizado): el último contacto, el plazo S y si está al día. */
public record Seguimiento(LocalDateTime ultimoContacto, LocalDateTime fechaHoraLimite, EstadoSeguimiento estado) {

	public static Seguimiento de(PlazoSeguimiento plazo, EstadoSeguimiento estado) {
		return new Seguimiento(plazo.ultimoContacto(), plazo.limite(), estado);
	}

}
