package co.auditoria.decisiones.conciliacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import co.auditoria.decisiones.glosas.ManualGlosas;
import org.junit.jupiter.api.Test;

/** El catálogo rules/conciliacion/codigos-respuesta.csv: los diez códigos de la especificación y las filas que no cargan. */
class CodigosRespuestaTest {

	private static final String ENCABEZADO = "manual,tipoRespuesta,codigo,descripcion\n";

	@Test
	void elCatalogoTieneLosCodigosDeRespuestaDeLosDosManuales() throws IOException {
		Path archivo = Path.of("rules/conciliacion/codigos-respuesta.csv");
		CodigosRespuesta codigos = CodigosRespuesta.desde(Catalogo.leer("conciliacion/codigos-respuesta.csv",
				Files.readString(archivo)));
		Map<TipoRespuesta, String> res3047 = Map.of(TipoRespuesta.NO_ACEPTA_EXTEMPORANEA, "995",
				TipoRespuesta.NO_ACEPTA_INJUSTIFICADA, "996", TipoRespuesta.ACEPTA_TOTAL, "997",
				TipoRespuesta.ACEPTA_PARCIAL, "998", TipoRespuesta.NO_ACEPTA_SUBSANA, "999");
		Map<TipoRespuesta, String> res2284 = Map.of(TipoRespuesta.NO_ACEPTA_EXTEMPORANEA, "RE9502",
				TipoRespuesta.NO_ACEPTA_INJUSTIFICADA, "RE9602", TipoRespuesta.ACEPTA_TOTAL, "RE9702",
				TipoRespuesta.ACEPTA_PARCIAL, "RE9801", TipoRespuesta.NO_ACEPTA_SUBSANA, "RE9901");
		res3047.forEach((tipo, codigo) -> assertThat(codigos.codigo(ManualGlosas.RES_3047_2008, tipo)).isEqualTo(codigo));
		res2284.forEach((tipo, codigo) -> assertThat(codigos.codigo(ManualGlosas.RES_2284_2023, tipo)).isEqualTo(codigo));
	}

	@Test
	void unTipoQueElCatalogoNoTieneQuedaSinCodigo() {
		CodigosRespuesta codigos = CodigosRespuesta.desde(Catalogo.leer("a.csv",
				ENCABEZADO + "RES_3047_2008,ACEPTA_TOTAL,997,No subsanada\n"));
		assertThat(codigos.codigo(ManualGlosas.RES_3047_2008, TipoRespuesta.ACEPTA_TOTAL)).isEqualTo("997");
		assertThat(codigos.codigo(ManualGlosas.RES_3047_2008, TipoRespuesta.ACEPTA_PARCIAL)).isNull();
		assertThat(codigos.codigo(ManualGlosas.RES_2284_2023, TipoRespuesta.ACEPTA_TOTAL)).isNull();
	}

	@Test
	void unaFilaMalEscritaNoCargaYDiceSuLinea() {
		Map<String, String> malas = Map.of(
				"RES_1995_1999,ACEPTA_TOTAL,997,Otro manual\n", "no es un valor de manual",
				"RES_3047_2008,ACEPTA_UN_POCO,997,Otro tipo\n", "no es un valor de tipoRespuesta",
				"RES_3047_2008,ACEPTA_TOTAL,RE9702,Código del otro manual\n", "no tiene la forma",
				"RES_2284_2023,ACEPTA_TOTAL,9702,Sin prefijo\n", "no tiene la forma",
				"RES_2284_2023,ACEPTA_TOTAL,RE9702,\n", "descripcion");
		malas.forEach((fila, mensaje) -> assertThatThrownBy(() -> CodigosRespuesta.desde(
				Catalogo.leer("conciliacion/codigos-respuesta.csv", ENCABEZADO + fila)))
			.isInstanceOf(CatalogoInvalidoException.class)
			.hasMessageContaining(mensaje)
			.satisfies(error -> assertThat(((CatalogoInvalidoException) error).comoError().linea()).isEqualTo(2)));
		assertThatThrownBy(() -> CodigosRespuesta.desde(Catalogo.leer("a.csv", ENCABEZADO
				+ "RES_3047_2008,ACEPTA_TOTAL,997,Uno\nRES_3047_2008,ACEPTA_TOTAL,997,Otro\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("repetido");
	}

}
