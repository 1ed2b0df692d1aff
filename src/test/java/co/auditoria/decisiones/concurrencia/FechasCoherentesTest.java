package co.auditoria.decisiones.concurrencia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Las incoherencias entre fechas-hora (spec/concurrencia.md, "Errores 400 propios"): cada una en el campo con que
 * empieza, todas a la vez, y una fecha-hora que falta, no se pudo leer o está fuera de rango no se compara con
 * ninguna. Con el validador real de Jakarta Validation, como en la API.
 */
class FechasCoherentesTest {

	private static final ValidatorFactory FABRICA = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDADOR = FABRICA.getValidator();

	private static final LocalDateTime INGRESO = LocalDateTime.of(2026, 3, 31, 22, 10);

	private static final LocalDateTime NOTIFICACION = LocalDateTime.of(2026, 4, 1, 9, 30);

	private static final LocalDateTime EVALUACION = LocalDateTime.of(2026, 4, 1, 15, 0);

	@AfterAll
	static void cerrar() {
		FABRICA.close();
	}

	@Test
	void unaSolicitudCoherenteNoTieneErrores() {
		assertThat(errores(solicitud(INGRESO, NOTIFICACION, List.of(contacto(11, 0)), null, EVALUACION))).isEmpty();
	}

	@Test
	void cadaIncoherenciaVaEnElCampoConQueEmpiezaYTodasALaVez() {
		Egreso egreso = new Egreso(LocalDateTime.of(2026, 4, 1, 16, 0), null, null, null, null, LocalDateTime.of(2026, 4, 1, 14, 30));
		Map<String, List<String>> errores = errores(solicitud(INGRESO, LocalDateTime.of(2026, 3, 31, 22, 0),
				List.of(contacto(9, 0), contacto(15, 45)), egreso, EVALUACION));

		assertThat(errores).containsOnlyKeys("hospitalizacion.fechaHoraNotificacion", "contactos[1].fechaHora",
				"egreso.fechaHora", "egreso.fechaHoraCargue");
		assertThat(errores.get("hospitalizacion.fechaHoraNotificacion")).containsExactly("no puede ser anterior a hospitalizacion.fechaHoraIngreso");
		assertThat(errores.get("contactos[1].fechaHora")).containsExactly("no puede ser posterior a fechaHoraEvaluacion");
		assertThat(errores.get("egreso.fechaHoraCargue")).containsExactly("no puede ser anterior a egreso.fechaHora");
	}

	@Test
	void unaFechaHoraFueraDeRangoSoloTieneSuPropioError() {
		Map<String, List<String>> errores = errores(solicitud(INGRESO, NOTIFICACION, List.of(contacto(11, 0)), null,
				LocalDateTime.of(3000, 1, 1, 0, 0)));

		assertThat(errores).containsOnlyKeys("fechaHoraEvaluacion");
		assertThat(errores.get("fechaHoraEvaluacion")).containsExactly("fuera del rango admitido (años 1900 a 2999)");
	}

	@Test
	void sinEvaluacionNadaSeComparaConElla() {
		Egreso futuro = new Egreso(LocalDateTime.of(2999, 1, 1, 0, 0), null, null, null, null, null);

		assertThat(errores(solicitud(INGRESO, NOTIFICACION, List.of(contacto(11, 0)), futuro, null))).isEmpty();
	}

	@Test
	void sinEvaluacionElDominioComparaConLaHoraActual() {
		Egreso futuro = new Egreso(LocalDateTime.of(2999, 1, 1, 0, 0), null, null, null, null, null);
		SolicitudConcurrencia solicitud = solicitud(INGRESO, NOTIFICACION, List.of(contacto(11, 0)), futuro, null);

		assertThat(CoherenciaFechas.contraEvaluacion(solicitud, EVALUACION, "la hora actual"))
			.extracting(error -> error.campo() + ": " + error.mensaje())
			.containsExactly("egreso.fechaHora: no puede ser posterior a la hora actual");
		assertThat(CoherenciaFechas.contraEvaluacion(solicitud(INGRESO, NOTIFICACION, List.of(), null, null),
				LocalDateTime.of(2026, 4, 1, 9, 0), "la hora actual"))
			.extracting(error -> error.campo() + ": " + error.mensaje())
			.containsExactly("fechaHoraEvaluacion: no vino y la hora actual es anterior a hospitalizacion.fechaHoraNotificacion");
	}

	@Test
	void loQueNoSePudoLeerLlegaNuloYNoSeCompara() {
		java.util.ArrayList<Contacto> contactos = new java.util.ArrayList<>();
		contactos.add(null);
		contactos.add(new Contacto(TipoContacto.VISITA_PRESENCIAL, null));
		Map<String, List<String>> errores = errores(new SolicitudConcurrencia("C-1", null,
				new Siniestro("S-1", null, null, true, null), new Hospitalizacion(null, NOTIFICACION, null, INGRESO),
				contactos, null, null, null, null, EVALUACION));

		assertThat(errores).containsOnlyKeys("siniestro.tipo", "hospitalizacion.fechaHoraIngreso", "contactos[0]",
				"contactos[1].fechaHora");
	}

	@Test
	void unAccidenteDeTransitoNoPuedeSerUnaEnfermedadLaboral() {
		SolicitudConcurrencia solicitud = new SolicitudConcurrencia("C-1", null,
				new Siniestro("S-1", TipoSiniestro.ENFERMEDAD_LABORAL, null, true, null),
				new Hospitalizacion(INGRESO, NOTIFICACION, null, null), List.of(), null, null, null, null, EVALUACION);

		assertThat(errores(solicitud)).containsOnlyKeys("siniestro.accidenteTransito");
	}

	private static SolicitudConcurrencia solicitud(LocalDateTime ingreso, LocalDateTime notificacion, List<Contacto> contactos,
			Egreso egreso, LocalDateTime evaluacion) {
		return new SolicitudConcurrencia("C-1", null, new Siniestro("S-1", TipoSiniestro.ACCIDENTE_TRABAJO, null, null, null),
				new Hospitalizacion(ingreso, notificacion, null, null), contactos, null, null, null, egreso, evaluacion);
	}

	private static Contacto contacto(int hora, int minuto) {
		return new Contacto(TipoContacto.SEGUIMIENTO_TELEFONICO, LocalDateTime.of(2026, 4, 1, hora, minuto));
	}

	/** Los mensajes por ruta, con la ruta como la arma la API. */
	private static Map<String, List<String>> errores(SolicitudConcurrencia solicitud) {
		return VALIDADOR.validate(solicitud).stream().collect(Collectors.groupingBy(violacion -> ruta(violacion.getPropertyPath()),
				TreeMap::new, Collectors.mapping(violacion -> violacion.getMessage(), Collectors.toList())));
	}

	private static String ruta(jakarta.validation.Path camino) {
		StringBuilder ruta = new StringBuilder();
		for (jakarta.validation.Path.Node nodo : camino) {
			if (nodo.isInIterable()) {
				ruta.append('[').append(nodo.getIndex()).append(']');
			}
			if (nodo.getName() != null && nodo.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
				ruta.append(ruta.isEmpty() ? "" : ".").append(nodo.getName());
			}
		}
		return ruta.toString();
	}

}
