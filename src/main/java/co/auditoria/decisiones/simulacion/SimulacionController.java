package co.auditoria.decisiones.simulacion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.api.Cliente;
import co.auditoria.decisiones.api.DominioDesconocidoException;
import co.auditoria.decisiones.api.SolicitudInvalidaException;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.versiones.ActivacionEnDirectorio;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.ObjectMapper;

/**
 * Candidatas (una copia del directorio de reglas en el servidor, {@code directorio}, o los archivos que cambian,
 * {@code archivos}, enviados como multipart): validarlas, simular su impacto contra las activas sobre un lote, y
 * publicarlas. Todo con {@code ADMIN_REGLAS}: una regla es código que el servicio ejecuta.
 */
@RestController
class SimulacionController {

	private static final Logger log = LoggerFactory.getLogger(SimulacionController.class);

	private static final long CADA_CUANTO = 10_000;

	private final MotorReglas motor;

	private final Candidatas candidatas;

	private final Simulador simulador;

	private final FuentesDeCasos fuentes;

	private final ActivacionEnDirectorio activacion;

	private final ObjectMapper json;

	SimulacionController(MotorReglas motor, Candidatas candidatas, Simulador simulador, FuentesDeCasos fuentes,
			ActivacionEnDirectorio activacion, ObjectMapper json) {
		this.motor = motor;
		this.candidatas = candidatas;
		this.simulador = simulador;
		this.fuentes = fuentes;
		this.activacion = activacion;
		this.json = json;
	}

	@Operation(summary = "Compila una candidata aparte, con las revisiones de una recarga, sin activarla: qué dominios, "
			+ "archivos y reglas cambia; 422 con archivo, línea y mensaje si no compila")
	@PostMapping("/api/v1/reglas/candidata")
	Map<String, Object> candidata(@RequestParam(required = false) String directorio,
			@RequestParam(required = false) List<MultipartFile> archivos, @RequestParam(required = false) String dominio) {
		Candidata candidata = PedidoCandidata.leer(candidatas, directorio, archivos, dominio);
		Map<String, Object> respuesta = new LinkedHashMap<>();
		respuesta.put("valida", true);
		respuesta.put("versionReglas", candidata.conjunto().version());
		respuesta.put("dominiosCambiados", candidata.dominiosCambiados());
		respuesta.put("cambios", candidata.cambios());
		return respuesta;
	}

	@Operation(summary = "Decide el mismo lote con las reglas activas y con la candidata: por caso lo que cambia "
			+ "(resultado, causales, acciones, dinero) y un resumen con transiciones, causales ganadas y perdidas y "
			+ "totales de dinero. Casos: 'casos' (un lote o JSON Lines), 'archivoCasos' (en el servidor) o 'origen' "
			+ "(ejemplos, features)")
	@PostMapping("/api/v1/reglas/simular")
	void simular(@RequestParam String dominio, @RequestParam(required = false) String directorio,
			@RequestParam(required = false) List<MultipartFile> archivos, @RequestParam(required = false) MultipartFile casos,
			@RequestParam(required = false) String archivoCasos, @RequestParam(defaultValue = "ejemplos,features") String origen,
			@RequestParam(defaultValue = "cambios") String detalle, HttpServletResponse respuesta) throws IOException {
		Dominio<?, ?> elDominio = motor.dominio(dominio).orElseThrow(() -> new DominioDesconocidoException(dominio,
				motor.dominios().stream().map(Dominio::nombre).toList()));
		boolean todos = detalle(detalle);
		Candidata candidata = PedidoCandidata.leer(candidatas, directorio, archivos, dominio);
		ConjuntoReglas activo = motor.activoOFalla();
		Iterator<CasoSimulado> lote = casos(dominio, casos, archivoCasos, origen);
		respuesta.setStatus(HttpServletResponse.SC_OK);
		respuesta.setContentType(MediaType.APPLICATION_JSON_VALUE);
		respuesta.setCharacterEncoding("UTF-8");
		OutputStream salida = respuesta.getOutputStream();
		long inicio = System.nanoTime();
		long[] ultimoAviso = { inicio };
		try (SalidaSimulacion escritura = new SalidaSimulacion(json, salida, dominio, activo.dominio(dominio).version(),
				candidata.conjunto().dominio(dominio).version(), candidata.cambios())) {
			try {
				ResumenSimulacion resumen = simulador.simular(elDominio, activo.dominio(dominio),
						candidata.conjunto().dominio(dominio), lote, caso -> {
							if (todos || caso.cambia()) {
								escritura.caso(caso);
							}
						}, (total, cambian) -> avisar(dominio, total, cambian, ultimoAviso));
				escritura.terminar(resumen.resumen((System.nanoTime() - inicio) / 1_000_000));
			}
			catch (SolicitudInvalidaException | UncheckedIOException ex) {
				escritura.fallar(ex.getMessage());
			}
		}
		finally {
			if (lote instanceof LectorCasos lector) {
				lector.close();
			}
		}
	}

	@Operation(summary = "Publica una candidata: escribe sus dominios cambiados en el directorio de reglas y recarga, de "
			+ "forma atómica; queda en las versiones, la auditoría y las métricas como cualquier activación")
	@PostMapping("/api/v1/reglas/publicar")
	Map<String, Object> publicar(@RequestParam(required = false) String directorio,
			@RequestParam(required = false) List<MultipartFile> archivos, @RequestParam(required = false) String dominio) {
		Candidata candidata = PedidoCandidata.leer(candidatas, directorio, archivos, dominio);
		ConjuntoReglas anterior = motor.activo();
		ConjuntoReglas activo = candidata.dominiosCambiados().isEmpty() ? anterior
				: activacion.activar(Cliente.actual(), candidata.dominiosCambiados(), candidata.archivos());
		Map<String, String> versiones = new LinkedHashMap<>();
		activo.dominios().forEach((nombre, reglas) -> versiones.put(nombre, reglas.version()));
		return Map.of("publicadas", true, "versionAnterior", anterior.version(), "versionReglas", activo.version(),
				"dominiosCambiados", candidata.dominiosCambiados(), "dominios", versiones);
	}

	private static boolean detalle(String detalle) {
		if (!detalle.equals("cambios") && !detalle.equals("todos")) {
			throw new SolicitudInvalidaException("detalle inválido",
					List.of(new ErrorCampo("detalle", "debe ser 'cambios' (solo los casos que cambian) o 'todos'")));
		}
		return detalle.equals("todos");
	}

	private Iterator<CasoSimulado> casos(String dominio, MultipartFile casos, String archivoCasos, String origen) {
		if (casos != null && !casos.isEmpty()) {
			try {
				String nombre = casos.getOriginalFilename() == null ? "casos" : casos.getOriginalFilename();
				return fuentes.flujo(casos.getInputStream(), nombre);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (archivoCasos != null && !archivoCasos.isBlank()) {
			return fuentes.archivo(Path.of(archivoCasos));
		}
		return fuentes.segun(dominio, origen, "origen").iterator();
	}

	private static void avisar(String dominio, int total, int cambian, long[] ultimoAviso) {
		long ahora = System.nanoTime();
		if ((ahora - ultimoAviso[0]) / 1_000_000 >= CADA_CUANTO) {
			ultimoAviso[0] = ahora;
			log.info("Simulación de {}: {} casos, {} cambian", dominio, total, cambian);
		}
	}

}
