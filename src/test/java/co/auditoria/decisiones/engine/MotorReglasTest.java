package co.auditoria.decisiones.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** El motor: evaluación, precedencia, recarga atómica y decisiones concurrentes durante recargas. */
class MotorReglasTest {

	@TempDir
	Path reglas;

	private final ReglasDePrueba.DominioDePrueba dominio = new ReglasDePrueba.DominioDePrueba();

	private MotorReglas motor;

	@BeforeEach
	void motor() throws IOException {
		ReglasDePrueba.escribir(reglas);
		motor = new MotorReglas(PropiedadesReglas.de(reglas), List.of(dominio),
				Optional.empty(), evento -> {
		});
	}

	@Test
	void evaluaConPrecedenciaCausalesDescritasYAccionesSinRepetir() {
		Evaluacion rechazo = motor.evaluar(dominio, 11);
		Evaluacion favorable = motor.evaluar(dominio, 10);

		assertThat(rechazo.resultado()).isEqualTo("RECHAZADO");
		assertThat(rechazo.causales()).containsExactly(
				new Evaluacion.CausalAplicada("MAYOR", "El valor supera el umbral", "MEDICA"));
		assertThat(rechazo.acciones()).singleElement().satisfies(accion -> {
			assertThat(accion.motivo()).isEqualTo("mayor; otra vez");
			assertThat(accion.fechaLimite()).isEqualTo("2026-01-02");
		});
		assertThat(rechazo.reglasAplicadas()).containsExactly("Un valor mayor que el umbral se rechaza");
		assertThat(favorable.resultado()).isEqualTo("ACEPTADO");
		assertThat(favorable.causales()).isEmpty();
		assertThat(favorable.reglasAplicadas()).isEmpty();
	}

	@Test
	void unDominioTraduceElEfectoDeSusCausalesAUnResultado() throws IOException {
		escribir("causales.csv", "codigo,tipo,efecto,descripcion\nMAYOR,MEDICA,GRAVE,El valor supera el umbral\n");
		ReglasDePrueba.DominioDePrueba traduce = new ReglasDePrueba.DominioDePrueba() {
			@Override
			public String resultadoDeCausal(Catalogo.Fila causal) {
				return "GRAVE".equals(causal.opcional("efecto")) ? "RECHAZADO" : null;
			}
		};
		MotorReglas conTraduccion = new MotorReglas(PropiedadesReglas.de(reglas), List.of(traduce), Optional.empty(), evento -> {
		});

		assertThat(conTraduccion.evaluar(traduce, 11).resultado()).isEqualTo("RECHAZADO");
		assertThatThrownBy(() -> motor.recargar("prueba")).as("sin traducir, GRAVE no es un resultado del dominio")
			.isInstanceOfSatisfying(ReglasInvalidasException.class,
					ex -> assertThat(ex.errores()).singleElement().satisfies(error -> assertThat(error.mensaje()).contains("GRAVE")));
	}

	@Test
	void unaRecargaQueNoCompilaDejaActivasLasReglasAnteriores() throws IOException {
		String version = motor.activo().version();
		escribir("reglas.drl", "rule \"rota\" when then");

		assertThatThrownBy(() -> motor.recargar("prueba")).isInstanceOf(ReglasInvalidasException.class);
		assertThat(motor.activo().version()).isEqualTo(version);
		assertThat(motor.evaluar(dominio, 11).resultado()).isEqualTo("RECHAZADO");
	}

	@Test
	void unaRecargaValidaCambiaVersionYResultado() throws IOException {
		String version = motor.activo().version();
		for (int i = 0; i < 100; i++) {
			assertThat(motor.evaluar(dominio, 15).resultado()).isEqualTo("RECHAZADO");
		}
		escribir("umbral.csv", "umbral\n20\n");

		motor.recargar("prueba");

		assertThat(motor.activo().version()).isNotEqualTo(version);
		for (int i = 0; i < 100; i++) {
			assertThat(motor.evaluar(dominio, 15).resultado()).as("evaluación %d", i).isEqualTo("ACEPTADO");
		}
	}

	@Test
	void lasDecisionesConcurrentesVenSiempreUnaVersionCompletaYCoherente() throws Exception {
		Map<String, String> esperadoPorVersion = new ConcurrentHashMap<>();
		esperadoPorVersion.put(motor.activo().dominio("prueba").version(), "RECHAZADO");
		String reglasValidas = Files.readString(reglas.resolve("prueba/reglas.drl"));
		AtomicBoolean recargando = new AtomicBoolean(true);
		ExecutorService hilos = Executors.newFixedThreadPool(3);
		try {
			List<Future<List<Evaluacion>>> decisiones = new ArrayList<>();
			for (int hilo = 0; hilo < 3; hilo++) {
				decisiones.add(hilos.submit(() -> {
					List<Evaluacion> vistas = new ArrayList<>();
					while (recargando.get() || vistas.size() < 100) {
						vistas.add(motor.evaluar(dominio, 15));
					}
					return vistas;
				}));
			}
			for (int recarga = 0; recarga < 10; recarga++) {
				int umbral = recarga % 2 == 0 ? 20 : 10;
				escribir("umbral.csv", "umbral\n" + umbral + "\n");
				esperadoPorVersion.put(motor.recargar("prueba").dominio("prueba").version(), umbral == 20 ? "ACEPTADO" : "RECHAZADO");
				escribir("reglas.drl", "rule \"rota\" when then");
				assertThatThrownBy(() -> motor.recargar("prueba")).isInstanceOf(ReglasInvalidasException.class);
				escribir("reglas.drl", reglasValidas);
			}
			recargando.set(false);
			Set<String> versionesVistas = new HashSet<>();
			for (Future<List<Evaluacion>> decision : decisiones) {
				for (Evaluacion vista : decision.get()) {
					// Con umbral 10, 15 se rechaza; con umbral 20 se acepta: resultado y versión van juntos.
					assertThat(esperadoPorVersion).containsKey(vista.versionReglas());
					assertThat(vista.resultado()).isEqualTo(esperadoPorVersion.get(vista.versionReglas()));
					// Las sesiones se reutilizan: ninguna decisión ve reglas ni hechos de otra.
					assertThat(vista.reglasAplicadas()).hasSize(vista.resultado().equals("RECHAZADO") ? 1 : 0);
					assertThat(vista.hechos(Integer.class)).containsExactly(15);
					versionesVistas.add(vista.versionReglas());
				}
			}
			assertThat(versionesVistas).as("las decisiones vieron las dos versiones válidas").hasSize(2);
		}
		finally {
			hilos.shutdownNow();
		}
	}

	private void escribir(String archivo, String contenido) throws IOException {
		ReglasDePrueba.escribir(reglas, archivo, contenido);
	}

}
