package co.auditoria.decisiones.api;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Control de admisión de los lotes: cuántos bytes de cuerpos de lotes se están decidiendo a la vez. Un lote que no
 * cabe en lo que queda es un 503 con {@code Retry-After}, no un trabajo que el heap no puede sostener (con
 * {@code -Xmx512m}, seis lotes de 15 MB a la vez terminaban en {@code OutOfMemoryError} y 500). Un lote solo
 * siempre entra: el presupuesto nunca es menor que el cuerpo máximo. Las decisiones sueltas no cuentan: son
 * pequeñas y tienen que seguir respondiendo durante una carga de lotes.
 */
@Component
class PresupuestoLotes {

	private final long maximo;

	private long enUso;

	private final AtomicInteger lotesEnCurso = new AtomicInteger();

	private final Counter rechazos;

	/**
	 * @param configurado {@code decisiones.lote.presupuesto}; 0 = la cuarta parte del heap máximo
	 */
	PresupuestoLotes(@Value("${decisiones.lote.presupuesto:0}") DataSize configurado,
			@Value("${decisiones.cuerpo.maximo}") DataSize cuerpoMaximo, MeterRegistry metricas) {
		long automatico = Runtime.getRuntime().maxMemory() / 4;
		this.maximo = Math.max(configurado.toBytes() > 0 ? configurado.toBytes() : automatico, cuerpoMaximo.toBytes());
		Gauge.builder("decisiones.lote.presupuesto.usado", this, PresupuestoLotes::usado).baseUnit("bytes")
			.description("Bytes de cuerpos de lotes que se están decidiendo").register(metricas);
		Gauge.builder("decisiones.lote.presupuesto.maximo", this, presupuesto -> presupuesto.maximo).baseUnit("bytes")
			.description("Presupuesto de bytes de lotes a la vez (decisiones.lote.presupuesto)").register(metricas);
		Gauge.builder("decisiones.lote.en.curso", lotesEnCurso, AtomicInteger::get).description("Lotes decidiéndose")
			.register(metricas);
		this.rechazos = Counter.builder("decisiones.lote.rechazados")
			.description("Lotes rechazados con 503 por falta de presupuesto").register(metricas);
	}

	/** Reserva los bytes del lote, o {@link SinCapacidadException} si no caben ahora. */
	synchronized void reservar(long bytes) {
		if (enUso > 0 && enUso + bytes > maximo) {
			rechazos.increment();
			throw new SinCapacidadException(bytes, maximo - enUso);
		}
		enUso += bytes;
		lotesEnCurso.incrementAndGet();
	}

	synchronized void liberar(long bytes) {
		enUso -= bytes;
		lotesEnCurso.decrementAndGet();
	}

	private synchronized double usado() {
		return enUso;
	}

	/** Un lote que ahora no cabe: 503 con Retry-After. */
	static final class SinCapacidadException extends RuntimeException {

		SinCapacidadException(long pedidos, long libres) {
			super("El servicio está decidiendo otros lotes: este trae " + pedidos + " bytes y ahora caben " + Math.max(libres, 0)
					+ ". Reintente en unos segundos o parta el lote");
		}

	}

}
