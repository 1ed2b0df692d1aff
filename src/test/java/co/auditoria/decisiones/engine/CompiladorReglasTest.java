package co.auditoria.decisiones.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** El compilador con un dominio de prueba mínimo: errores con archivo y línea, versiones y reutilización. */
class CompiladorReglasTest {

	@TempDir
	Path reglas;

	private final ReglasDePrueba.DominioDePrueba dominio = new ReglasDePrueba.DominioDePrueba();

	@BeforeEach
	void reglasValidas() throws IOException {
		ReglasDePrueba.escribir(reglas);
	}

	@Test
	void compilaYDecideConLosGlobalesDelCatalogo() {
		ConjuntoReglas conjunto = compilador().compilar(null);

		ReglasDeDominio prueba = conjunto.dominio("prueba");
		assertThat(prueba.archivos()).containsEntry("prueba/reglas.drl", List.of("Un valor mayor que el umbral se rechaza"));
		assertThat(prueba.globales()).containsEntry("umbral", 10);
		assertThat(prueba.version()).hasSize(12);
	}

	@Test
	void unErrorDeSintaxisDaArchivoYLinea() throws IOException {
		Files.writeString(reglas.resolve("prueba/reglas.drl"), "rule \"rota\" when then x end garbage\n",
				java.nio.file.StandardOpenOption.APPEND);

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).isNotEmpty().allSatisfy(error -> {
					assertThat(error.archivo()).isEqualTo("prueba/reglas.drl");
					assertThat(error.linea()).isGreaterThan(12);
				}));
	}

	@Test
	void unaCausalFueraDelCatalogoSeRechazaConSuLinea() throws IOException {
		escribir("otra.drl", """
				package prueba;
				import co.auditoria.decisiones.engine.Causal;
				rule "Un texto inserta una causal inexistente"
				agenda-group "reglas"
				when
				    String()
				then
				    insert(new Causal("NO_EXISTE"));
				end
				""");

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).containsExactly(
						new ErrorRegla("prueba/otra.drl", 8, "la causal 'NO_EXISTE' no está en causales.csv")));
	}

	@Test
	void unCatalogoMalFormadoSeRechazaConSuLinea() throws IOException {
		escribir("causales.csv", "codigo,tipo,efecto,descripcion\nMAYOR,MEDICA,NO_ES_RESULTADO,x\n");

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).singleElement().satisfies(error -> {
					assertThat(error.archivo()).isEqualTo("prueba/causales.csv");
					assertThat(error.linea()).isEqualTo(2);
					assertThat(error.mensaje()).contains("NO_ES_RESULTADO");
				}));
	}

	@Test
	void unGlobalQueElDominioNoOfreceSeRechaza() throws IOException {
		escribir("global.drl", "package prueba;\nglobal String inexistente;\n");

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).singleElement()
					.satisfies(error -> assertThat(error.mensaje()).contains("inexistente")));
	}

	@Test
	void laVersionCambiaSiYSoloSiCambiaElContenido() throws IOException {
		ConjuntoReglas primero = compilador().compilar(null);
		ConjuntoReglas igual = compilador().compilar(primero);
		escribir("umbral.csv", "umbral\n20\n");
		ConjuntoReglas cambiado = compilador().compilar(igual);

		assertThat(igual.version()).isEqualTo(primero.version());
		assertThat(igual.dominio("prueba").kieBase()).as("sin cambios se reutiliza la KieBase")
			.isSameAs(primero.dominio("prueba").kieBase());
		assertThat(cambiado.version()).isNotEqualTo(primero.version());
		assertThat(cambiado.dominio("prueba").globales()).containsEntry("umbral", 20);
	}

	@Test
	void unDominioSinDirectorioEsUnError() {
		CompiladorReglas sinDirectorio = new CompiladorReglas(reglas.resolve("no-existe"), List.of(dominio));

		assertThatThrownBy(() -> sinDirectorio.compilar(null)).isInstanceOf(ReglasInvalidasException.class)
			.hasMessageContaining("no existe el directorio");
	}

	private CompiladorReglas compilador() {
		return new CompiladorReglas(reglas, List.of(dominio));
	}

	private void escribir(String archivo, String contenido) throws IOException {
		ReglasDePrueba.escribir(reglas, archivo, contenido);
	}

}
