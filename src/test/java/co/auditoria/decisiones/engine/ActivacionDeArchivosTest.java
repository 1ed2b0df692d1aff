package co.auditoria.decisiones.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidatas compiladas en memoria que nunca se activan, y activar otros archivos pasando por el directorio: cada
 * carpeta de dominio reemplazada de una vez, el directorio de vuelta como estaba si no compila, y una escritura
 * interrumpida deshecha al arrancar.
 */
class ActivacionDeArchivosTest {

	@TempDir
	Path reglas;

	private final ReglasDePrueba.DominioDePrueba dominio = new ReglasDePrueba.DominioDePrueba();

	private final List<Object> eventos = new ArrayList<>();

	private MotorReglas motor;

	@BeforeEach
	void motor() throws IOException {
		ReglasDePrueba.escribir(reglas);
		Files.writeString(reglas.resolve("prueba/LEAME.txt"), "no es una regla");
		motor = new MotorReglas(PropiedadesReglas.de(reglas), List.of(dominio), Optional.empty(), eventos::add);
	}

	@Test
	void unaCandidataEnMemoriaCompilaAparteYNoSeActiva() {
		String activa = motor.activo().version();
		ConjuntoReglas candidata = motor.compilar(conUmbral(20));

		assertThat(candidata.version()).isNotEqualTo(activa);
		assertThat(candidata.dominio("prueba").version()).isEqualTo(CompiladorReglas.version(delDominio(conUmbral(20))));
		assertThat(motor.evaluar(candidata.dominio("prueba"), dominio, 15).resultado()).isEqualTo("ACEPTADO");
		assertThat(motor.evaluar(dominio, 15).resultado()).as("las activas no cambiaron").isEqualTo("RECHAZADO");
		assertThat(motor.activo().version()).isEqualTo(activa);
		assertThat(eventos).isEmpty();
	}

	@Test
	void unaCandidataQueNoCompilaDiceArchivoYLineaSinTocarNada() {
		Map<String, String> rota = conUmbral(20);
		rota.put("prueba/reglas.drl", ReglasDePrueba.DRL.replace("new Causal(\"MAYOR\")", "new Causal(\"MAYORR\")"));

		assertThatThrownBy(() -> motor.compilar(rota)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).singleElement().satisfies(error -> {
					assertThat(error.archivo()).isEqualTo("prueba/reglas.drl");
					assertThat(error.linea()).isEqualTo(10);
				}));
	}

	@Test
	void activarEscribeLaCarpetaDelDominioYRecargaConservandoLoQueNoEsRegla() throws IOException {
		ConjuntoReglas activo = motor.activar("analistas", List.of("prueba"), conUmbral(20));

		assertThat(Files.readString(reglas.resolve("prueba/umbral.csv"))).isEqualTo("umbral\n20\n");
		assertThat(Files.readString(reglas.resolve("prueba/LEAME.txt"))).isEqualTo("no es una regla");
		assertThat(motor.evaluar(dominio, 15).resultado()).isEqualTo("ACEPTADO");
		assertThat(activo.version()).isEqualTo(motor.activo().version());
		assertThat(eventos).singleElement().isInstanceOfSatisfying(ReglasActivadas.class, activacion -> {
			assertThat(activacion.quien()).isEqualTo("analistas");
			assertThat(activacion.archivosCambiados()).containsExactly("prueba/umbral.csv");
		});
		assertThat(restos()).as("ninguna carpeta temporal queda").isEmpty();
	}

	@Test
	void siLoActivadoNoCompilaElDirectorioVuelveAComoEstaba() throws IOException {
		String antes = Files.readString(reglas.resolve("prueba/reglas.drl"));
		Map<String, String> rota = conUmbral(20);
		rota.put("prueba/reglas.drl", "esto no es DRL");

		assertThatThrownBy(() -> motor.activar("analistas", List.of("prueba"), rota)).isInstanceOf(ReglasInvalidasException.class);
		assertThat(Files.readString(reglas.resolve("prueba/reglas.drl"))).isEqualTo(antes);
		assertThat(Files.readString(reglas.resolve("prueba/umbral.csv"))).isEqualTo("umbral\n10\n");
		assertThat(eventos).singleElement().isInstanceOf(RecargaRechazada.class);
		assertThat(restos()).isEmpty();
	}

	@Test
	void unaEscrituraInterrumpidaSeDeshaceAlArrancar() throws IOException {
		// Como si el proceso muriera entre los dos renombres: la carpeta del dominio no está y queda la anterior.
		Files.move(reglas.resolve("prueba"), reglas.resolve(".prueba.anterior-1234abcd"));
		Files.createDirectories(reglas.resolve(".prueba.nueva-1234abcd"));
		Files.writeString(reglas.resolve(".prueba.nueva-1234abcd/umbral.csv"), "umbral\n20\n");

		MotorReglas rearrancado = new MotorReglas(PropiedadesReglas.de(reglas), List.of(dominio), Optional.empty(), evento -> {
		});

		assertThat(rearrancado.evaluar(dominio, 15).resultado()).isEqualTo("RECHAZADO");
		assertThat(Files.readString(reglas.resolve("prueba/umbral.csv"))).isEqualTo("umbral\n10\n");
		assertThat(restos()).isEmpty();
	}

	@Test
	void unaEscrituraYaConfirmadaSoloDejaBorrarLaAnterior() throws IOException {
		Files.createDirectories(reglas.resolve(".prueba.anterior-1234abcd"));
		Files.writeString(reglas.resolve(".prueba.anterior-1234abcd/umbral.csv"), "umbral\n5\n");
		Files.createFile(reglas.resolve(".confirmada-1234abcd"));

		EscrituraDirectorio.recuperar(reglas);

		assertThat(Files.readString(reglas.resolve("prueba/umbral.csv"))).isEqualTo("umbral\n10\n");
		assertThat(restos()).isEmpty();
	}

	private Map<String, String> conUmbral(int umbral) {
		Map<String, String> archivos = new TreeMap<>(motor.activo().archivos());
		archivos.put("prueba/umbral.csv", "umbral\n" + umbral + "\n");
		return archivos;
	}

	private static Map<String, String> delDominio(Map<String, String> archivos) {
		Map<String, String> propios = new TreeMap<>(archivos);
		propios.keySet().removeIf(ruta -> !ruta.startsWith("prueba/"));
		return propios;
	}

	private List<String> restos() throws IOException {
		try (var hijos = Files.list(reglas)) {
			return hijos.map(hijo -> hijo.getFileName().toString()).filter(nombre -> nombre.startsWith(".")).toList();
		}
	}

}
