package co.auditoria.decisiones.cobertura;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.auditoria.decisiones.api.LectorSolicitudes;
import co.auditoria.decisiones.api.SolicitudInvalidaException;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import co.auditoria.decisiones.simulacion.CasoSimulado;
import co.auditoria.decisiones.simulacion.FuentesDeCasos;
import org.springframework.stereotype.Component;

/**
 * La cobertura que ve la mesa: decide en el servicio cada ejemplo y cada caso de los features (los mismos que usa la
 * simulación) con unas reglas y anota qué reglas dispara cada uno. La del build ({@code target/cobertura/}) sale de
 * correr los features de verdad; esta sirve para ver, con el servicio en marcha, qué regla no prueba ningún caso.
 */
@Component
public class CoberturaReglas {

	private final MotorReglas motor;

	private final LectorSolicitudes lector;

	private final FuentesDeCasos fuentes;

	CoberturaReglas(MotorReglas motor, LectorSolicitudes lector, FuentesDeCasos fuentes) {
		this.motor = motor;
		this.lector = lector;
		this.fuentes = fuentes;
	}

	public <S> InformeCobertura calcular(Dominio<S, ?> dominio, ReglasDeDominio reglas) {
		List<CasoSimulado> casos = new ArrayList<>(fuentes.ejemplos(dominio.nombre()));
		casos.addAll(fuentes.features(dominio.nombre()));
		Map<String, Set<String>> escenarios = new HashMap<>();
		for (CasoSimulado caso : casos) {
			S solicitud;
			try {
				solicitud = lector.leer(dominio, caso.json());
			}
			catch (SolicitudInvalidaException ex) {
				continue;
			}
			String nombre = caso.nombre() == null ? caso.origen() : caso.origen() + " " + caso.nombre();
			try {
				motor.evaluar(reglas, dominio, solicitud).reglasAplicadas()
					.forEach(regla -> escenarios.computeIfAbsent(regla, clave -> new TreeSet<>()).add(nombre));
			}
			catch (RuntimeException fueraDeRango) {
				// Un valor que las reglas no pueden calcular es un 400 en decide: no dispara nada.
			}
		}
		return InformeCobertura.de(dominio.nombre(), reglas.version(), reglas.reglas(), escenarios);
	}

}
