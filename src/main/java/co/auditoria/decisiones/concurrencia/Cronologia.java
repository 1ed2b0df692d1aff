package co.auditoria.decisiones.concurrencia;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Hecho con los instantes del caso ({@code spec/concurrencia.md}, "Estancia, visita y seguimiento"): I el ingreso,
 * N la notificación, T la evaluación, el egreso y el cargue si los hay, la primera visita presencial y el último
 * contacto; R, el corte de la estancia, es el egreso si lo hay y si no T. Lo inserta una regla con el "ahora" de la
 * decisión; las demás comparan contra él.
 */
public record Cronologia(LocalDateTime ingreso, LocalDateTime notificacion, LocalDateTime evaluacion, LocalDateTime egreso,
		LocalDateTime cargue, LocalDateTime primeraVisita, LocalDateTime ultimoContacto) {

	public static Cronologia de(SolicitudConcurrencia solicitud, LocalDateTime evaluacion) {
		Hospitalizacion hospitalizacion = solicitud.hospitalizacion();
		Egreso egreso = solicitud.egreso();
		return new Cronologia(hospitalizacion.fechaHoraIngreso(), hospitalizacion.fechaHoraNotificacion(), evaluacion,
				egreso == null ? null : egreso.fechaHora(), egreso == null ? null : egreso.fechaHoraCargue(),
				solicitud.primeraVisita(), solicitud.ultimoContacto());
	}

	public boolean egresado() {
		return egreso != null;
	}

	public boolean hospitalizado() {
		return egreso == null;
	}

	/** R: hasta dónde se mide la estancia. */
	public LocalDateTime corte() {
		return egreso != null ? egreso : evaluacion;
	}

	/** R − I es de {@code horas} o menos (el límite incluido: "las primeras 72 horas"). */
	public boolean estanciaDeHasta(int horas) {
		return !corte().isAfter(ingreso.plusHours(horas));
	}

	/** N − I es de {@code horas} o menos: la estancia todavía era corta cuando se notificó el caso. */
	public boolean cortaAlNotificarse(int horas) {
		return !notificacion.isAfter(ingreso.plusHours(horas));
	}

	/** Horas enteras cumplidas de R − I. */
	public long horasEstancia() {
		return Duration.between(ingreso, corte()).toHours();
	}

	/** Una por medianoche, como el censo: la fecha de R menos la de I, al menos 1. */
	public long diasEstancia() {
		return Math.max(1, ChronoUnit.DAYS.between(ingreso.toLocalDate(), corte().toLocalDate()));
	}

	/** T pasó el plazo (que se cumple hasta su minuto inclusive). */
	public boolean vencido(LocalDateTime limite) {
		return evaluacion.isAfter(limite);
	}

	/** R pasó el plazo. */
	public boolean corteDespuesDe(LocalDateTime limite) {
		return corte().isAfter(limite);
	}

	/** El caso se notificó en el mes calendario de la evaluación: es un caso nuevo del informe de ese mes. */
	public boolean notificadoEnElMesEvaluado() {
		return YearMonth.from(notificacion).equals(YearMonth.from(evaluacion));
	}

	public Etapa etapa() {
		return egreso == null ? Etapa.HOSPITALIZADO : Etapa.EGRESADO;
	}

}
