package co.auditoria.decisiones.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.drools.core.common.InternalFactHandle;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Lo que ocurrió en una sola ejecución: los nombres de las reglas del dominio que dispararon, en orden y sin
 * repetir (las del motor no: no son del analista), y los hechos en el orden en que entraron. Una por decisión,
 * nunca compartida.
 */
final class Traza {

	private final Set<String> reglas = new LinkedHashSet<>();

	final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
		@Override
		public void afterMatchFired(AfterMatchFiredEvent event) {
			if (!ReglasDelMotor.PAQUETE.equals(event.getMatch().getRule().getPackageName())) {
				reglas.add(event.getMatch().getRule().getName());
			}
		}
	};

	List<String> reglas() {
		return List.copyOf(reglas);
	}

	/**
	 * Los hechos que quedaron en la sesión, en el orden en que entraron: los identificadores de los fact handles
	 * crecen con cada inserción (y el pool los reinicia al devolver la sesión). Las reglas de los dominios no usan
	 * entry points, así que todos están en el de omisión.
	 */
	static List<Object> hechos(KieSession sesion) {
		FactHandle[] manejadores = sesion.getFactHandles().toArray(FactHandle[]::new);
		Arrays.sort(manejadores, Comparator.comparingLong(manejador -> ((InternalFactHandle) manejador).getId()));
		List<Object> hechos = new ArrayList<>(manejadores.length);
		for (FactHandle manejador : manejadores) {
			hechos.add(((InternalFactHandle) manejador).getObject());
		}
		return hechos;
	}

}
