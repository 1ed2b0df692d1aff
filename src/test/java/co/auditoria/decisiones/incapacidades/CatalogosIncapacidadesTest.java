package co.auditoria.decisiones.incapacidades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import co.auditoria.decisiones.cie10.RangosCie10;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import org.junit.jupiter.api.Test;

/** Los catálogos CSV de {@code rules/incapacidades/} tal como están en el repositorio y su lectura. */
class CatalogosIncapacidadesTest {

	private static final Path REGLAS = Path.of("rules", "incapacidades");

	@Test
	void unaEmpresaEspecialSeReconocePorSuNitConOSinPuntosNiDigitoDeVerificacion() {
		EmpresasEspeciales especiales = EmpresasEspeciales.desde(Catalogo.leer("empresas-especiales.csv", """
				nit,nombre
				900.123.456-7,Empresa de prueba
				"""));

		assertThat(especiales.incluye("900123456")).isTrue();
		assertThat(especiales.incluye("900.123.456")).isTrue();
		assertThat(especiales.incluye("900123456-7")).isTrue();
		assertThat(especiales.incluye("900123457")).isFalse();
		assertThat(especiales.incluye(null)).isFalse();
	}

	@Test
	void unNitSinDigitosEsUnErrorDelCatalogoConSuLinea() {
		assertThatThrownBy(() -> EmpresasEspeciales.desde(Catalogo.leer("empresas-especiales.csv", """
				nit,nombre
				NO-APLICA,Empresa sin NIT
				""")))
			.isInstanceOf(CatalogoInvalidoException.class)
			.hasMessageContaining("NIT inválido");
	}

	@Test
	void laListaCovid19IncluyeLosCodigosDeCovidYNoOtrosCoronavirus() throws IOException {
		RangosCie10 grupos = RangosCie10.desde(leer("grupos-cie10.csv"));

		assertThat(grupos.en("COVID19", "U07.1")).isTrue();
		assertThat(grupos.en("COVID19", "u072")).isTrue();
		assertThat(grupos.en("COVID19", "U09.9")).isTrue();
		assertThat(grupos.en("COVID19", "U10.9")).isTrue();
		assertThat(grupos.en("COVID19", "B34.2")).isTrue();
		assertThat(grupos.en("COVID19", "B34.1")).isFalse();
		assertThat(grupos.en("COVID19", "U07.0")).isFalse();
		assertThat(grupos.en("COVID19", "J12.8")).isFalse();
	}

	@Test
	void laListaDeEmpresasEspecialesDelRepositorioSeLee() throws IOException {
		EmpresasEspeciales especiales = EmpresasEspeciales.desde(leer("empresas-especiales.csv"));

		assertThat(especiales.incluye("000000000")).isFalse();
	}

	/** Una fila del catálogo que ninguna regla produce sería una causal que nunca se aplica. */
	@Test
	void cadaCausalDelCatalogoLaProduceAlgunaRegla() throws IOException {
		List<String> enReglas = new ArrayList<>();
		Pattern causal = Pattern.compile("new Causal\\(\"([A-Z_0-9]+)\"\\)");
		try (Stream<Path> archivos = Files.list(REGLAS)) {
			for (Path drl : archivos.filter(archivo -> archivo.toString().endsWith(".drl")).toList()) {
				Matcher matcher = causal.matcher(Files.readString(drl));
				while (matcher.find()) {
					enReglas.add(matcher.group(1));
				}
			}
		}
		List<String> enCatalogo = leer("causales.csv").filas().stream().map(fila -> fila.valor("codigo")).toList();

		assertThat(enCatalogo).hasSize(13);
		assertThat(enReglas).containsAll(enCatalogo);
	}

	private static Catalogo leer(String archivo) throws IOException {
		return Catalogo.leer("incapacidades/" + archivo, Files.readString(REGLAS.resolve(archivo)));
	}

}
