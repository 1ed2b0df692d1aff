package co.auditoria.decisiones.reclamaciones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import org.springframework.stereotype.Component;

/**
 * Reconocimiento de reclamaciones de gastos médicos, de traslado y de riesgo biológico de las pólizas de accidentes
 * personales, Generación Positiva y Cirugía Positiva ({@code spec/reclamaciones.md}; seed 001, secciones 5 y 7): cuánto
 * se reconoce, qué se objeta, por qué y por cuánto, qué falta, y para cuándo hay que pagar u objetar. Las fases van
 * de la tarifa de cada ítem a las causales de toda la reclamación, las de facturas e ítems, la liquidación con el
 * tope de cada amparo ({@link LiquidacionReclamacion}), el resultado, el plazo legal y las acciones.
 */
@Component
class DominioReclamaciones implements Dominio<SolicitudReclamacion, RespuestaReclamacion> {

	private final CalendarioHabil calendario;

	DominioReclamaciones(CalendarioHabil calendario) {
		this.calendario = calendario;
	}

	@Override
	public String nombre() {
		return "reclamaciones";
	}

	@Override
	public Class<SolicitudReclamacion> tipoSolicitud() {
		return SolicitudReclamacion.class;
	}

	@Override
	public Class<RespuestaReclamacion> tipoRespuesta() {
		return RespuestaReclamacion.class;
	}

	@Override
	public List<String> resultados() {
		return List.of("OBJETADA", "PENDIENTE_DOCUMENTOS", "RECONOCIDA_PARCIAL", "RECONOCIDA");
	}

	@Override
	public List<String> fases() {
		return List.of("tarifas", "reclamacion", "auditoria", "liquidacion", FASE_RESULTADO, "plazos", "acciones");
	}

	/** La columna {@code efecto} de este catálogo no es un resultado: se traduce con el alcance. */
	@Override
	public String resultadoDeCausal(Catalogo.Fila causal) {
		return CausalesReclamacion.resultadoPropuesto(causal);
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("causales", CausalesReclamacion.desde(Catalogo.requerido(catalogos, nombre(), "causales")),
				"productos", ProductosPoliza.desde(Catalogo.requerido(catalogos, nombre(), "productos")),
				"calendario", calendario);
	}

	@Override
	public List<ErrorCampo> validar(SolicitudReclamacion solicitud) {
		return ValidacionReclamacion.de(solicitud);
	}

	@Override
	public LocalDate fechaEvaluacion(SolicitudReclamacion solicitud) {
		return solicitud.fechaEvaluacion();
	}

	@Override
	public Collection<?> hechos(SolicitudReclamacion solicitud) {
		List<Object> hechos = new ArrayList<>();
		hechos.add(solicitud);
		int posicion = 0;
		for (int i = 0; i < solicitud.facturas().size(); i++) {
			FacturaReclamacion factura = solicitud.facturas().get(i);
			hechos.add(new FacturaReclamada(i, factura));
			for (ItemReclamacion item : factura.items()) {
				hechos.add(new ItemReclamado(i, posicion++, factura, item));
			}
		}
		return hechos;
	}

	@Override
	public String campoIdentificador() {
		return "idReclamacion";
	}

	@Override
	public String identificador(SolicitudReclamacion solicitud) {
		return solicitud.idReclamacion();
	}

	@Override
	public RespuestaReclamacion respuesta(SolicitudReclamacion solicitud, Evaluacion evaluacion) {
		LiquidacionReclamacion liquidacion = evaluacion.hecho(LiquidacionReclamacion.class);
		PlazoLegal plazo = evaluacion.hecho(PlazoLegal.class);
		return new RespuestaReclamacion(solicitud.idReclamacion(), liquidacion.valorReclamado(),
				liquidacion.valorReconocido(), liquidacion.valorObjetado(), liquidacion.valorPendiente(),
				plazo == null ? null : plazo.fecha(), liquidacion.objeciones(), liquidacion.liquidacion(),
				liquidacion.amparos());
	}

	@Override
	public Class<?> tipoResumen() {
		return ResumenReclamaciones.Tablas.class;
	}

	@Override
	public ResumenReclamaciones nuevoResumen() {
		return new ResumenReclamaciones();
	}

}
