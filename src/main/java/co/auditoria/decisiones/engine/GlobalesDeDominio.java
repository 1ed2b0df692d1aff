package co.auditoria.decisiones.engine;

import java.util.Collection;
import java.util.Map;

import org.kie.api.runtime.Globals;

/**
 * Los globales de las reglas de un dominio (catálogos inmutables) como los ve una sesión: cada sesión del pool los
 * lee de aquí ({@link Globals#setDelegate}) en vez de recibirlos uno a uno con {@code setGlobal} en cada decisión,
 * que Drools hace con un candado y una comprobación de tipo por global. La comprobación de tipo se hace una vez, al
 * compilar ({@link ConstruccionKie#comprobarTipos}). Al devolver la sesión, el pool vacía sus globales propios,
 * no este.
 */
final class GlobalesDeDominio implements Globals {

	private final Map<String, Object> valores;

	GlobalesDeDominio(Map<String, Object> valores) {
		this.valores = Map.copyOf(valores);
	}

	@Override
	public Object get(String nombre) {
		return valores.get(nombre);
	}

	@Override
	public void set(String nombre, Object valor) {
		throw new UnsupportedOperationException("Los globales de un dominio no cambian durante una decisión: " + nombre);
	}

	@Override
	public void setDelegate(Globals delegado) {
		throw new UnsupportedOperationException("Los globales de un dominio no delegan en otros");
	}

	@Override
	public Collection<String> getGlobalKeys() {
		return valores.keySet();
	}

}
