package co.auditoria.decisiones.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * Lo que ocurrió en una sola ejecución: los nombres de las reglas del dominio que dispararon, en orden y sin
 * repetir, y los hechos en el orden en que entraron. Una por decisión,
 * nunca compartida.
 */
final class Traza {

	private final Set<String> reglas = new LinkedHashSet<>();

	private final List<Object> hechos = new ArrayList<>(32);

	final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
		@Override
		public void afterMatchFired(AfterMatchFiredEvent event) {
			reglas.add(event.getMatch().getRule().getName());
		}
	};

	List<String> reglas() {
		return List.copyOf(reglas);
	}

	/** Los hechos en el orden en que entraron; las reglas de los dominios no retiran hechos, pero si uno lo hace, sale. */
	final DefaultRuleRuntimeEventListener memoria = new DefaultRuleRuntimeEventListener() {
		@Override
		public void objectInserted(ObjectInsertedEvent event) {
			hechos.add(event.getObject());
		}

		@Override
		public void objectDeleted(ObjectDeletedEvent event) {
			hechos.remove(event.getOldObject());
		}
	};

	List<Object> hechos() {
		return hechos;
	}

}
