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
	void unGlobalDeclaradoConOtroTipoSeRechazaConSuLineaYNoEnCadaDecision() throws IOException {
		escribir("reglas.drl", ReglasDePrueba.DRL.replace("global Integer umbral;", "global java.time.LocalDate umbral;")
			.replace("Integer(intValue > umbral)", "Integer()"));

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).singleElement().satisfies(error -> {
					assertThat(error.archivo()).isEqualTo("prueba/reglas.drl");
					assertThat(error.linea()).isEqualTo(3);
					assertThat(error.mensaje()).contains("umbral", "java.time.LocalDate", "Integer");
				}));
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
	void unResultadoQueElDominioNoDefineEsUnErrorConSuLineaNoElResultadoFavorable() throws IOException {
		escribir("otra.drl", """
				package prueba;
				import co.auditoria.decisiones.engine.*;
				agenda-group "reglas"
				rule "Un texto propone un resultado mal escrito"
				when
				    String()
				then
				    insert(new Resultado("RECHAZADOO"));
				end
				""");

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).singleElement().satisfies(error -> {
					assertThat(error.archivo()).isEqualTo("prueba/otra.drl");
					assertThat(error.linea()).isEqualTo(8);
					assertThat(error.mensaje()).contains("'RECHAZADOO'").contains("RECHAZADO, ACEPTADO");
				}));
	}

	@Test
	void unaReglaSinFaseOConFaseAjenaYUnResultadoDespuesDeDecidirloSonErrores() throws IOException {
		escribir("fases.drl", """
				package prueba;
				import co.auditoria.decisiones.engine.*;
				rule "Una regla sin fase"
				when
				    String()
				then
				end
				rule "Una regla de una fase que no existe"
				agenda-group "otra"
				when
				    String()
				then
				end
				rule "Una regla lee un resultado que no existe"
				agenda-group "reglas"
				when
				    Veredicto(resultado == "NINGUNO")
				then
				end
				""");

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).extracting(ErrorRegla::linea, ErrorRegla::mensaje).satisfiesExactly(
						error -> assertThat(error.toList()).first().isEqualTo(3),
						error -> assertThat(error.toList()).first().isEqualTo(8),
						error -> assertThat(error.toList()).first().isEqualTo(17)));
	}

	@Test
	void unNombreDeListaQueNingunCsvDefineYUnaListaQueNingunaReglaUsaSonErrores() throws IOException {
		escribir("listas.csv", """
				# Listas de prueba
				lista,desde,hasta,descripcion
				GRUPO,A00,A09,Infecciosas intestinales
				GRUPO,B00,,Herpes
				SOBRANTE,C00,,Labio
				""");
		escribir("listas.drl", """
				package prueba;
				global co.auditoria.decisiones.cie10.RangosCie10 rangos;
				agenda-group "reglas"
				rule "Un código del grupo se reconoce"
				when
				    String(rangos.en("GRUPO", this))
				then
				end
				rule "Un código de un grupo mal escrito"
				when
				    String(rangos.en("GRUPOO", this))
				then
				end
				""");

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).containsExactlyInAnyOrder(
						new ErrorRegla("prueba/listas.drl", 11, "la lista 'GRUPOO' no está en prueba/listas.csv"),
						new ErrorRegla("prueba/listas.csv", 5, "la lista 'SOBRANTE' no la usa ninguna regla (¿nombre mal escrito?)")));
	}

	@Test
	void unErrorDeUnaReglaSeInformaEnSuLinea() throws IOException {
		escribir("otra.drl", """
				package prueba;
				agenda-group "reglas"

				rule "Un tipo mal escrito"
				when
				    Strin()
				then
				end

				rule "Un campo mal escrito"
				when
				    String(lenght > 3)
				then
				end
				""");

		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).extracting(ErrorRegla::archivo, ErrorRegla::linea)
					.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("prueba/otra.drl", 6),
							org.assertj.core.groups.Tuple.tuple("prueba/otra.drl", 12)));
	}

	@Test
	void unaTablaDeDecisionCompilaConUnaReglaPorFilaYSusErroresDicenLaFila() throws IOException {
		String tabla = """
				# Tabla de prueba: un umbral por fila
				RuleSet,prueba
				Import,co.auditoria.decisiones.engine.Causal
				Agenda-Group,reglas
				,
				RuleTable Umbrales
				NAME,CONDITION,ACTION
				,Integer,
				,intValue > $param,"insert(new Causal(""$param""));"
				regla,mayor que,causal
				Un valor mayor que 100 es mayor,100,MAYOR
				""";
		escribir("umbrales.tabla.csv", tabla);
		assertThat(compilador().compilar(null).dominio("prueba").archivos())
			.containsEntry("prueba/umbrales.tabla.csv", List.of("Un valor mayor que 100 es mayor"));

		escribir("umbrales.tabla.csv", tabla.replace(",100,MAYOR", ",100,MAYORR"));
		assertThatThrownBy(() -> compilador().compilar(null)).isInstanceOfSatisfying(ReglasInvalidasException.class,
				ex -> assertThat(ex.errores()).containsExactly(
						new ErrorRegla("prueba/umbrales.tabla.csv", 11, "la causal 'MAYORR' no está en causales.csv")));
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
