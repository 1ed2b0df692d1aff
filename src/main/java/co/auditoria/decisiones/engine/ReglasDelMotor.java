package co.auditoria.decisiones.engine;

import java.util.List;

/**
 * Las dos reglas que el motor añade a la KieBase de cada dominio: una recorre las fases del dominio en orden
 * (un {@code agenda-group} tras otro) y la otra fija el {@link Veredicto} en la fase de resultado. Son del
 * paquete {@link #PAQUETE}, que no aparece en {@code reglasAplicadas} ni en la lista de reglas del dominio.
 */
final class ReglasDelMotor {

	static final String PAQUETE = "co.auditoria.motor";

	static final String RUTA = "motor/fases.drl";

	private ReglasDelMotor() {
	}

	static String drl(List<String> fases) {
		StringBuilder foco = new StringBuilder();
		// El foco es una pila: se apilan de la última fase a la primera.
		for (int i = fases.size() - 1; i >= 0; i--) {
			foco.append("    drools.getKieRuntime().getAgenda().getAgendaGroup(\"").append(fases.get(i)).append("\").setFocus();\n");
		}
		return """
				package %s;

				import java.util.List;
				import co.auditoria.decisiones.engine.Causal;
				import co.auditoria.decisiones.engine.Contexto;
				import co.auditoria.decisiones.engine.Resultado;
				import co.auditoria.decisiones.engine.Veredicto;

				rule "Las fases de la decisión se recorren en orden"
				salience 1000
				when
				    Contexto()
				then
				%send

				rule "El resultado es el de más precedencia entre los que proponen las causales y las reglas"
				agenda-group "%s"
				when
				    $veredicto : Veredicto(decidido == false)
				    $causales : List() from collect(Causal())
				    $propuestos : List() from collect(Resultado())
				then
				    $veredicto.decidir($causales, $propuestos);
				    update($veredicto);
				end
				""".formatted(PAQUETE, foco, Dominio.FASE_RESULTADO);
	}

}
