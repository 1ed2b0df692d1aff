package co.auditoria.decisiones.engine;


/**
 * La regla que el motor añade a la KieBase de cada dominio: fija el {@link Veredicto} en la fase de resultado con lo
 * que propusieron las causales y las reglas de las fases anteriores. Es del paquete {@link #PAQUETE}, que no aparece
 * en {@code reglasAplicadas} ni en la lista de reglas del dominio. Las fases las recorre {@link EvaluadorReglas},
 * poniendo el foco en sus agenda-groups antes de disparar.
 */
final class ReglasDelMotor {

	static final String PAQUETE = "co.auditoria.motor";

	static final String ARCHIVO = "veredicto.drl";

	/** El global con la {@link Veredicto.Precedencia} del dominio; un nombre que ninguna regla de un dominio usaría. */
	static final String GLOBAL_PRECEDENCIA = "precedenciaDelMotor";

	private ReglasDelMotor() {
	}

	/**
	 * El veredicto entra en la sesión ya decidido (no se inserta antes para modificarlo luego: las reglas que lo leen
	 * se evalúan una vez). Sin {@code from collect}: las causales y los resultados propuestos se leen de la sesión
	 * cuando la regla dispara, en vez de pasar cada inserción por dos nodos de acumulación.
	 */
	static String drl() {
		return """
				package %s;

				import org.kie.api.runtime.ClassObjectFilter;
				import co.auditoria.decisiones.engine.Causal;
				import co.auditoria.decisiones.engine.Contexto;
				import co.auditoria.decisiones.engine.Resultado;

				global co.auditoria.decisiones.engine.Veredicto.Precedencia %s;

				rule "El resultado es el de más precedencia entre los que proponen las causales y las reglas"
				agenda-group "%s"
				when
				    Contexto()
				then
				    insert(%s.decidir(drools.getKieRuntime().getObjects(new ClassObjectFilter(Causal.class)),
				            drools.getKieRuntime().getObjects(new ClassObjectFilter(Resultado.class))));
				end
				""".formatted(PAQUETE, GLOBAL_PRECEDENCIA, Dominio.FASE_RESULTADO, GLOBAL_PRECEDENCIA);
	}

}
