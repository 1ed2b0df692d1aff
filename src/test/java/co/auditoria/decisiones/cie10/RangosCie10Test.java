package co.auditoria.decisiones.cie10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangosCie10Test {

	private final RangosCie10 rangos = RangosCie10.desde(Catalogo.leer("prueba.csv", """
			lista,desde,hasta,descripcion
			COLUMNA,S32.0,S32.2,rango de subcategorías
			FEMUR,S72,,categoría entera
			CANCER,C00,C97,rango de categorías
			"""));

	@ParameterizedTest(name = "{0} en {1}: {2}")
	@CsvSource({ "S32.0, COLUMNA, true", "S320, COLUMNA, true", "S32.01, COLUMNA, true", "S32.2, COLUMNA, true",
			"s32.29, COLUMNA, true", "S32.3, COLUMNA, false", "S32, COLUMNA, false", "S31.9, COLUMNA, false",
			"S72, FEMUR, true", "S72.0, FEMUR, true", "S7201, FEMUR, true", "S73.0, FEMUR, false",
			"C00, CANCER, true", "C97, CANCER, true", "C50.9, CANCER, true", "D00.0, CANCER, false",
			"S72.0, CANCER, false", "S72.0, NO_EXISTE, false" })
	void unRangoIncluyeSusSubcategorias(String codigo, String lista, boolean incluido) {
		assertThat(rangos.en(lista, codigo)).isEqualTo(incluido);
	}

	@Test
	void unCodigoInvalidoEnElCatalogoSeRechazaConSuLinea() {
		assertThatThrownBy(() -> RangosCie10.desde(Catalogo.leer("malo.csv", "lista,desde,hasta\nX,S72,\nX,ABC,\n")))
			.isInstanceOfSatisfying(CatalogoInvalidoException.class,
					ex -> assertThat(ex.comoError().linea()).isEqualTo(3));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "S14.1, S141", "s141, S141", "' T31.3 ', T313", "C97, C97", "XYZ, XYZ" })
	void normalizaSinPuntoYEnMayusculas(String codigo, String normalizado) {
		assertThat(Cie10.normalizar(codigo)).isEqualTo(normalizado);
	}

	@Test
	void categoriaYFormaConPunto() {
		assertThat(Cie10.categoria("S82.21")).isEqualTo("S82");
		assertThat(Cie10.conPunto("S8221")).isEqualTo("S82.21");
		assertThat(Cie10.valido("S82.213")).isFalse();
	}

}
