package co.auditoria.decisiones.engine;

import org.kie.api.builder.KieBuilder;

/**
 * Cómo compila Drools los mismos DRL y tablas de {@code rules/}: {@link #MVEL}, el de siempre (restricciones MVEL
 * que Drools interpreta y luego compila a bytecode), o {@link #EJECUTABLE}, el <em>executable model</em>
 * ({@code drools-model-codegen}: el DRL se traduce a Java con lambdas al compilar, en tiempo de ejecución, sin
 * plugin de Maven). Los analistas editan los mismos archivos en los dos casos.
 */
public enum ModeloReglas {

	MVEL(null),

	EJECUTABLE("org.drools.model.codegen.ExecutableModelProject");

	/** La clase de proyecto de KIE; se busca por nombre porque su biblioteca puede no estar en el classpath. */
	private final String proyecto;

	ModeloReglas(String proyecto) {
		this.proyecto = proyecto;
	}

	KieBuilder construir(KieBuilder constructor) {
		if (proyecto == null) {
			return constructor.buildAll();
		}
		try {
			return constructor.buildAll(Class.forName(proyecto, true, ModeloReglas.class.getClassLoader())
				.asSubclass(KieBuilder.ProjectType.class));
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("reglas.modelo=" + name().toLowerCase()
					+ " pide drools-model-codegen en el classpath", ex);
		}
	}

}
