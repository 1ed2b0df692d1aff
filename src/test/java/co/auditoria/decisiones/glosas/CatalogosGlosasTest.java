package co.auditoria.decisiones.glosas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import org.junit.jupiter.api.Test;

/** Los catálogos CSV de rules/glosas/: búsqueda de códigos oficiales, formato y soportes exigidos. */
class CatalogosGlosasTest {

	private static final String ENCABEZADO = "glosa,clave,codigo,descripcion\n";

	private static final Map<String, ConceptoGlosa> CONCEPTOS = Map.of("GL_TARIFA_SUPERA_PACTADA", ConceptoGlosa.TARIFAS,
			"GL_SOPORTE_FALTANTE", ConceptoGlosa.SOPORTES, "GL_SIN_AUTORIZACION", ConceptoGlosa.AUTORIZACION, "GL_X",
			ConceptoGlosa.TARIFAS);

	@Test
	void elCodigoSeBuscaPorSoporteLuegoPorTipoLuegoSinClave() {
		CodigosManual codigos = CodigosManual.desde(Map.of(
				ManualGlosas.RES_3047_2008, Catalogo.leer("a.csv", ENCABEZADO
						+ "GL_SOPORTE_FALTANTE,FORMULA_MEDICA,337,Orden\nGL_SOPORTE_FALTANTE,MEDICAMENTOS,307,Medicamentos\n"
						+ "GL_SIN_AUTORIZACION,,430,Adicionales\nGL_SIN_AUTORIZACION,TRASLADO,438,Traslado\n"),
				ManualGlosas.RES_2284_2023, Catalogo.leer("b.csv", ENCABEZADO)), CONCEPTOS);

		ManualGlosas manual = ManualGlosas.RES_3047_2008;
		assertThat(codigos.buscar(manual, "GL_SOPORTE_FALTANTE", "FORMULA_MEDICA", TipoServicio.MEDICAMENTOS).codigo()).isEqualTo("337");
		assertThat(codigos.buscar(manual, "GL_SOPORTE_FALTANTE", "RESULTADO", TipoServicio.MEDICAMENTOS).codigo()).isEqualTo("307");
		assertThat(codigos.buscar(manual, "GL_SOPORTE_FALTANTE", "RESULTADO", TipoServicio.CONSULTA)).isNull();
		assertThat(codigos.buscar(manual, "GL_SIN_AUTORIZACION", TipoServicio.TRASLADO).codigo()).isEqualTo("438");
		assertThat(codigos.buscar(manual, "GL_SIN_AUTORIZACION", TipoServicio.CONSULTA).codigo()).isEqualTo("430");
		assertThat(codigos.buscar(ManualGlosas.RES_2284_2023, "GL_SIN_AUTORIZACION", TipoServicio.CONSULTA)).isNull();
	}

	@Test
	void unaCombinacionRepetidaOUnManualFaltanteNoCompilan() {
		Catalogo repetido = Catalogo.leer("a.csv", ENCABEZADO + "GL_X,CONSULTA,202,Uno\nGL_X,CONSULTA,203,Otro\n");
		assertThatThrownBy(() -> CodigosManual.desde(Map.of(ManualGlosas.RES_3047_2008, repetido,
				ManualGlosas.RES_2284_2023, Catalogo.leer("b.csv", ENCABEZADO)), CONCEPTOS))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("repetida");
		assertThatThrownBy(() -> CodigosManual.desde(Map.of(ManualGlosas.RES_3047_2008, Catalogo.leer("a.csv", ENCABEZADO)), CONCEPTOS))
			.isInstanceOf(CatalogoInvalidoException.class)
			.satisfies(error -> assertThat(((CatalogoInvalidoException) error).comoError().archivo())
				.isEqualTo("glosas/manual-res-2284-2023.csv"));
	}

	@Test
	void unCodigoQueNoEsDeSuManualODeSuConceptoNoCarga() {
		Catalogo vacio = Catalogo.leer("b.csv", ENCABEZADO);
		Map<String, String> malos = Map.of(
				"GL_TARIFA_SUPERA_PACTADA,CONSULTA,TA0201,Tarifa\n", "forma",
				"GL_TARIFA_SUPERA_PACTADA,CONSULTA,302,Tarifa\n", "concepto TARIFAS",
				"GL_QUE_NO_EXISTE,CONSULTA,202,Tarifa\n", "no está en causales.csv");
		malos.forEach((fila, mensaje) -> assertThatThrownBy(() -> CodigosManual.desde(Map.of(ManualGlosas.RES_3047_2008,
				Catalogo.leer("glosas/manual-res-3047-2008.csv", ENCABEZADO + fila), ManualGlosas.RES_2284_2023, vacio), CONCEPTOS))
			.isInstanceOf(CatalogoInvalidoException.class)
			.hasMessageContaining(mensaje)
			.satisfies(error -> assertThat(((CatalogoInvalidoException) error).comoError().linea()).isEqualTo(2)));
		assertThatThrownBy(() -> CodigosManual.desde(Map.of(ManualGlosas.RES_3047_2008, vacio, ManualGlosas.RES_2284_2023,
				Catalogo.leer("c.csv", ENCABEZADO + "GL_TARIFA_SUPERA_PACTADA,CONSULTA,FA0201,Tarifa\n")), CONCEPTOS))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("concepto TARIFAS");
	}

	@Test
	void losEjemplosDeLaEspecificacionEstanEnLosCatalogos() throws IOException {
		CodigosManual codigos = CodigosManual.desde(Map.of(ManualGlosas.RES_3047_2008, leer("manual-res-3047-2008"),
				ManualGlosas.RES_2284_2023, leer("manual-res-2284-2023")), CodigosManual.conceptos(leer("causales")));
		assertThat(codigos.buscar(ManualGlosas.RES_3047_2008, "GL_TARIFA_SUPERA_PACTADA", TipoServicio.CONSULTA).codigo())
			.isEqualTo("202");
		assertThat(codigos.buscar(ManualGlosas.RES_2284_2023, "GL_TARIFA_SUPERA_PACTADA", TipoServicio.CONSULTA).codigo())
			.isEqualTo("TA0201");
	}

	@Test
	void unItemDebeTraerLosSoportesDeSuAmbitoYDeSuTipo() throws IOException {
		SoportesExigidos soportes = SoportesExigidos.desde(leer("soportes-exigidos"));
		assertThat(soportes.faltantes(Ambito.URGENCIAS, TipoServicio.ESTANCIA, List.of()))
			.containsExactly("HOJA_ATENCION_URGENCIAS", "EPICRISIS");
		assertThat(soportes.faltantes(Ambito.URGENCIAS, TipoServicio.ESTANCIA, List.of("EPICRISIS")))
			.containsExactly("HOJA_ATENCION_URGENCIAS");
		assertThat(soportes.faltantes(Ambito.AMBULATORIO, TipoServicio.CONSULTA, List.of())).isEmpty();
		assertThat(soportes.faltantes(Ambito.HOSPITALARIO, TipoServicio.PROCEDIMIENTO, List.of("EPICRISIS")))
			.containsExactly("DESCRIPCION_QUIRURGICA");
	}

	@Test
	void unaFilaDeSoportesConCondicionOValorDesconocidoNoCompila() {
		String encabezado = "condicion,valor,soporte,descripcion\n";
		assertThatThrownBy(() -> SoportesExigidos.desde(Catalogo.leer("s.csv", encabezado + "sexo,F,X,Y\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("sexo");
		assertThatThrownBy(() -> SoportesExigidos.desde(Catalogo.leer("s.csv", encabezado + "tipoServicio,CIRUGIA,X,Y\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("CIRUGIA");
		assertThatThrownBy(() -> SoportesExigidos.desde(Catalogo.leer("s.csv", encabezado + "ambito,URGENCIAS,hoja,Y\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("MAYÚSCULAS");
	}

	private static Catalogo leer(String nombre) throws IOException {
		return Catalogo.leer("glosas/" + nombre + ".csv", Files.readString(Path.of("rules/glosas/" + nombre + ".csv")));
	}

}
