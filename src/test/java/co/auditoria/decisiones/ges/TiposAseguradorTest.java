package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import co.auditoria.decisiones.engine.CompiladorReglas;
import co.auditoria.decisiones.engine.ErrorRegla;
import co.auditoria.decisiones.engine.ReglasInvalidasException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	/** Lo que ve un analista al validar o recargar (422, {@code spec/api.md}): el archivo y la línea de la fila mala. */
	@Test
	void lasReglasNoCompilanConUnCatalogoDeTiposInvalido(@TempDir Path reglas) throws IOException {
		Path ges = Files.createDirectories(reglas.resolve("ges"));
		try (Stream<Path> archivos = Files.list(Path.of("rules/ges"))) {
			for (Path archivo : archivos.toList()) {
				Files.copy(archivo, ges.resolve(archivo.getFileName()));
			}
		}
		Files.writeString(ges.resolve("tipos-asegurador.csv"), "asegurador,tipo\nFusat,CERRADA\nFONASA,ESTATAL\n");

		assertThatThrownBy(() -> new CompiladorReglas(reglas, List.of(new DominioGes())).compilar(null))
			.isInstanceOfSatisfying(ReglasInvalidasException.class, ex -> assertThat(ex.errores())
				.containsExactly(new ErrorRegla("ges/tipos-asegurador.csv", 3, "el tipo 'ESTATAL' no es ABIERTA, CERRADA ni PUBLICO")));
	}

	private static TiposAsegurador catalogo(String contenido) {
		return TiposAsegurador.desde(Catalogo.leer("ges/tipos-asegurador.csv", contenido));
	}

}
