package co.auditoria.decisiones.api;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import tools.jackson.databind.JsonNode;

public class Cronometro {
	public static void main(String[] args) {
		try (Banco banco = new Banco("invalidez")) {
			MotorReglas motor = banco.contexto.getBean(MotorReglas.class);
			LectorSolicitudes lector = banco.contexto.getBean(LectorSolicitudes.class);
			@SuppressWarnings("unchecked")
			Dominio<Object> dominio = (Dominio<Object>) motor.dominio("invalidez").get();
			Object[] solicitudes = banco.casos.stream().map(c -> lector.leer(dominio, c)).toArray();
			for (int vuelta = 0; vuelta < 8; vuelta++) {
				long t0 = System.nanoTime();
				for (int i = 0; i < 20000; i++) { lector.leer(dominio, banco.casos.get(i % banco.casos.size())); }
				long t1 = System.nanoTime();
				for (int i = 0; i < 20000; i++) { motor.evaluar(dominio, solicitudes[i % solicitudes.length]); }
				long t2 = System.nanoTime();
				for (int i = 0; i < 20000; i++) { banco.decisor.decidir("invalidez", banco.casos.get(i % banco.casos.size())); }
				long t3 = System.nanoTime();
				System.out.printf("leer %.1f us, evaluar %.1f us, decidir %.1f us%n", (t1 - t0) / 20000e3, (t2 - t1) / 20000e3, (t3 - t2) / 20000e3);
			}
		}
	}
}
