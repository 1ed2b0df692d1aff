package co.auditoria.decisiones.calendario;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * Plazos en horas hábiles de Colombia ({@code spec/calendario.md}, "Fecha-hora y plazos en horas"): solo corren las
 * horas de los días hábiles del calendario compartido, de 00:00 a 24:00, y el plazo es el primer instante en que se
 * completan (si es a las 24:00, las 00:00 del día siguiente). Sin franja de oficina: {@code concurrencia.md} explica
 * por qué (48 horas de oficina pasarían de cinco días hábiles). Las "N horas" de reloj no necesitan nada más que
 * {@code plusHours}. Inmutable y seguro entre hilos: las reglas lo usan como global.
 */
@Component
public class HorasHabiles {

	private final CalendarioHabil calendario;

	public HorasHabiles(CalendarioHabil calendario) {
		this.calendario = calendario;
	}

	/**
	 * "N horas hábiles desde X": desde X corren los minutos que quedan de cada día hábil; sábados, domingos y
	 * festivos se saltan enteros. Miércoles {@code 2026-04-01T09:30} + 48 → {@code 2026-04-07T09:30}.
	 */
	public LocalDateTime desde(LocalDateTime inicio, int horas) {
		if (horas < 0) {
			throw new IllegalArgumentException("las horas hábiles no pueden ser negativas: " + horas);
		}
		long pendientes = horas * 60L;
		LocalDateTime instante = inicio;
		while (true) {
			LocalDateTime medianoche = instante.toLocalDate().plusDays(1).atStartOfDay();
			if (calendario.esHabil(instante.toLocalDate())) {
				long delDia = Duration.between(instante, medianoche).toMinutes();
				if (pendientes <= delDia) {
					return instante.plusMinutes(pendientes);
				}
				pendientes -= delDia;
			}
			instante = medianoche;
		}
	}

}
