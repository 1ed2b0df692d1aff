package co.auditoria.decisiones.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import co.auditoria.decisiones.engine.RecargaRechazada;
import co.auditoria.decisiones.engine.ReglasActivadas;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Las métricas con las que se puede alertar ({@code /actuator/prometheus}):
 * <ul>
 * <li>{@code decisiones_seconds{dominio,resultado}}: histograma de la latencia con cubetas de SLO (su
 * {@code _count} es el contador de decisiones por dominio y resultado; el p99 sale de {@code _bucket});</li>
 * <li>{@code decisiones_rechazadas_total{dominio,estado}}: solicitudes rechazadas (400, 401, 413, 503...);</li>
 * <li>{@code reglas_recargas_total{resultado,quien}} y {@code reglas_version_info{dominio,version}}: recargas
 * activadas o rechazadas y la versión activa de cada dominio (vale 1);</li>
 * <li>{@code decisiones_lote_casos{dominio}}: tamaño de los lotes; el presupuesto de lotes está en
 * {@link PresupuestoLotes}.</li>
 * </ul>
 */
@Component
class MetricasDecisiones {

	/** Cubetas de SLO de {@code decide}: una decisión se toma en milisegundos; un segundo ya es un incidente. */
	private static final Duration[] SLO = { Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
			Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
			Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5) };

	private final MeterRegistry registro;

	/** Por dominio y resultado; dos mapas y no una clave concatenada, que costaría un texto nuevo en cada decisión. */
	private final Map<String, Map<String, Timer>> temporizadores = new ConcurrentHashMap<>();

	private final Map<String, DistributionSummary> lotes = new ConcurrentHashMap<>();

	private final MultiGauge versiones;

	MetricasDecisiones(MeterRegistry registro) {
		this.registro = registro;
		this.versiones = MultiGauge.builder("reglas.version")
			.description("Versión de reglas activa por dominio (vale 1; la versión va en la etiqueta)")
			.register(registro);
	}

	void decision(String dominio, String resultado, long nanos) {
		temporizadores.computeIfAbsent(dominio, clave -> new ConcurrentHashMap<>()).computeIfAbsent(resultado, clave -> Timer.builder("decisiones")
			.description("Latencia de cada decisión, por dominio y resultado")
			.tag("dominio", dominio)
			.tag("resultado", resultado)
			.publishPercentileHistogram()
			.serviceLevelObjectives(SLO)
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(10))
			.register(registro)).record(nanos, TimeUnit.NANOSECONDS);
	}

	void lote(String dominio, int casos) {
		lotes.computeIfAbsent(dominio, clave -> DistributionSummary.builder("decisiones.lote.casos")
			.description("Casos por lote")
			.tag("dominio", dominio)
			.serviceLevelObjectives(1, 10, 100, 1_000, 5_000, 10_000)
			.register(registro)).record(casos);
	}

	void rechazo(String dominio, int estado) {
		Counter.builder("decisiones.rechazadas").description("Solicitudes rechazadas, por dominio y estado HTTP")
			.tag("dominio", dominio).tag("estado", String.valueOf(estado)).register(registro).increment();
	}

	@EventListener
	void activadas(ReglasActivadas activacion) {
		recarga("activada", activacion.quien());
		versiones.register(activacion.versionesPorDominio().entrySet().stream()
			.map(version -> MultiGauge.Row.of(Tags.of("dominio", version.getKey(), "version", version.getValue()), 1))
			.toList(), true);
	}

	@EventListener
	void rechazada(RecargaRechazada rechazo) {
		recarga("rechazada", rechazo.quien());
	}

	private void recarga(String resultado, String quien) {
		Counter.builder("reglas.recargas").description("Recargas de reglas, activadas o rechazadas, y quién las pidió")
			.tag("resultado", resultado).tag("quien", quien).register(registro).increment();
	}

}
