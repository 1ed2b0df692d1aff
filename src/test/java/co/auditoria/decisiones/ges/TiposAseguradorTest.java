package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import co.auditoria.decisiones.engine.ErrorRegla;
import org.junit.jupiter.api.Test;

/** El catálogo {@code rules/ges/tipos-asegurador.csv} y cómo compara los nombres (spec/ges.md, "Tipo de asegurador"). */
class TiposAseguradorTest {

	@Test
	void elCatalogoDelRepositorioTieneLasSeisCerradasDelInformeYFonasa() throws IOException {
		TiposAsegurador tipos = TiposAsegurador.desde(Catalogo.leer("ges/tipos-asegurador.csv",
				Files.readString(Path.of("rules/ges/tipos-asegurador.csv"))));

		for (String cerrada : new String[] { "Chuquicamata", "Cruz Del Norte", "Río Blanco", "Fusat", "Fundación", "San Lorenzo" }) {
			assertThat(tipos.tipo(cerrada)).as(cerrada).isEqualTo(TipoAsegurador.CERRADA);
		}
		assertThat(tipos.tipo("FONASA")).isEqualTo(TipoAsegurador.PUBLICO);
		assertThat(tipos.tipo("Colmena")).isNull();
	}

	@Test
	void elNombreSeComparaSinMayusculasNiTildesNiEspaciosEnLosExtremos() {
		TiposAsegurador tipos = catalogo("asegurador,tipo\nRío Blanco,CERRADA\nFONASA,PUBLICO\n");

		assertThat(tipos.tipo("Rio Blanco")).isEqualTo(TipoAsegurador.CERRADA);
		assertThat(tipos.tipo("  RÍO BLANCO ")).isEqualTo(TipoAsegurador.CERRADA);
		assertThat(tipos.tipo("rio blanco")).isEqualTo(TipoAsegurador.CERRADA);
		assertThat(tipos.tipo("Fonasa")).isEqualTo(TipoAsegurador.PUBLICO);
		// Solo los extremos: los espacios de en medio cuentan.
		assertThat(tipos.tipo("Rio  Blanco")).isNull();
		assertThat(tipos.tipo("   ")).isNull();
		assertThat(tipos.tipo(null)).isNull();
	}

	@Test
	void unTipoFueraDelEnumeradoEsUnErrorConSuLinea() {
		assertThatThrownBy(() -> catalogo("# fuente\nasegurador,tipo\nFusat,CERRADA\nColmena,PRIVADA\n"))
			.isInstanceOfSatisfying(CatalogoInvalidoException.class, ex -> assertThat(ex.comoError())
				.isEqualTo(new ErrorRegla("ges/tipos-asegurador.csv", 4, "el tipo 'PRIVADA' no es ABIERTA, CERRADA ni PUBLICO")));
	}

	@Test
	void unAseguradorRepetidoAunqueSeEscribaDistintoEsUnErrorConSuLinea() {
		assertThatThrownBy(() -> catalogo("asegurador,tipo\nRío Blanco,CERRADA\nFusat,CERRADA\nrio blanco ,ABIERTA\n"))
			.isInstanceOfSatisfying(CatalogoInvalidoException.class, ex -> assertThat(ex.comoError())
				.isEqualTo(new ErrorRegla("ges/tipos-asegurador.csv", 4, "el asegurador 'rio blanco' ya está en la línea 2")));
	}

	@Test
	void unaFilaSinTipoEsUnError() {
		assertThatThrownBy(() -> catalogo("asegurador,tipo\nFusat,\n")).isInstanceOf(CatalogoInvalidoException.class)
			.hasMessageContaining("tipo");
	}

	private static TiposAsegurador catalogo(String contenido) {
		return TiposAsegurador.desde(Catalogo.leer("ges/tipos-asegurador.csv", contenido));
	}

}
