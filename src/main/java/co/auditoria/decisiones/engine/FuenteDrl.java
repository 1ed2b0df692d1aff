package co.auditoria.decisiones.engine;

import java.util.function.IntUnaryOperator;

/**
 * Un DRL que entra en la compilación: un archivo {@code .drl} del dominio, o el DRL generado de una tabla de
 * decisión. {@code archivo} es el que ve el analista; {@code linea} traduce una línea del DRL a la del archivo.
 */
record FuenteDrl(String archivo, String rutaCompilacion, String texto, IntUnaryOperator linea) {

	static FuenteDrl deArchivo(String archivo, String texto) {
		return new FuenteDrl(archivo, archivo, texto, IntUnaryOperator.identity());
	}

	static FuenteDrl deTabla(TablaDecision tabla) {
		return new FuenteDrl(tabla.archivo(), tabla.rutaDrl(), tabla.drl(), tabla::filaDe);
	}

	ErrorRegla error(int lineaDrl, String mensaje) {
		return new ErrorRegla(archivo, lineaDrl <= 0 ? 0 : linea.applyAsInt(lineaDrl), mensaje);
	}

}
