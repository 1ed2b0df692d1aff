package co.auditoria.decisiones.reembolsos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import org.junit.jupiter.api.Test;

/** Los catálogos CSV de rules/reembolsos/: salario mínimo y tope SOAT, parámetros, soportes exigidos y conceptos. */
class CatalogosReembolsosTest {

	@Test
	void elTopeSoatDeLaEspecificacionSaleDelCatalogoDelRepositorio() throws IOException {
		SalariosMinimos salarios = SalariosMinimos.desde(leer("salario_minimo"));
		int salariosDiarios = ParametrosReembolso.desde(leer("parametros")).topeSoatSmldv();

		assertThat(salarios.topeEnSalariosDiarios(2026, salariosDiarios)).isEqualByComparingTo("46690800");
		assertThat(salarios.topeEnSalariosDiarios(2025, salariosDiarios)).isEqualByComparingTo("37960000");
		// 800 × 644.350 / 30 = 17.182.666,67: mitad hacia arriba al peso.
		assertThat(salarios.topeEnSalariosDiarios(2015, salariosDiarios)).isEqualByComparingTo("17182667");
		assertThat(salarios.tiene(2014)).isFalse();
		assertThatThrownBy(() -> salarios.topeEnSalariosDiarios(2014, salariosDiarios)).isInstanceOf(DateTimeException.class);
	}

	@Test
	void unSalarioRepetidoOMalEscritoNoCompila() {
		String encabezado = "anio,smmlv,fuente\n";
		assertThatThrownBy(() -> SalariosMinimos.desde(Catalogo.leer("s.csv", encabezado + "2025,1423500,D1\n2025,1,D2\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("repetido");
		assertThatThrownBy(() -> SalariosMinimos.desde(Catalogo.leer("s.csv", encabezado + "2025,1.423.500,D1\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("números");
		assertThatThrownBy(() -> SalariosMinimos.desde(Catalogo.leer("s.csv", encabezado + "2025,0,D1\n")))
			.isInstanceOf(CatalogoInvalidoException.class);
		assertThatThrownBy(() -> SalariosMinimos.desde(Catalogo.leer("s.csv", encabezado + "2025,1423500,\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("fuente");
	}

	@Test
	void losParametrosSonLosDosConocidosUnaVezYPositivos() throws IOException {
		ParametrosReembolso parametros = ParametrosReembolso.desde(leer("parametros"));
		assertThat(parametros.umbralAltoCosto()).isEqualByComparingTo("5000000");
		assertThat(parametros.esAltoCosto(new BigDecimal("5000000"))).isTrue();
		assertThat(parametros.esAltoCosto(new BigDecimal("4999999.99"))).isFalse();

		String encabezado = "parametro,valor,fuente\n";
		assertThatThrownBy(() -> ParametrosReembolso.desde(Catalogo.leer("p.csv", encabezado + "umbral_alto_costo,5000000,x\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("tope_soat_gastos_medicos_smldv");
		assertThatThrownBy(() -> ParametrosReembolso.desde(Catalogo.leer("p.csv", encabezado + "umbral,5,x\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("desconocido");
		assertThatThrownBy(() -> ParametrosReembolso.desde(Catalogo.leer("p.csv",
				encabezado + "umbral_alto_costo,5000000,x\ntope_soat_gastos_medicos_smldv,800.5,x\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("entero");
		assertThatThrownBy(() -> ParametrosReembolso.desde(Catalogo.leer("p.csv",
				encabezado + "umbral_alto_costo,-1,x\ntope_soat_gastos_medicos_smldv,800,x\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("positivo");
	}

	@Test
	void losSoportesFaltantesSonLosDeLaListaYElTipoQueElItemNoTrae() throws IOException {
		SoportesExigidos soportes = SoportesExigidos.desde(leer("soportes_exigidos"));
		assertThat(soportes.listas()).containsOnlyKeys("SIEMPRE", "ALTO_COSTO");
		assertThat(soportes.faltantes("SIEMPRE", TipoItem.PRESTACION_ASISTENCIAL, List.of())).containsExactly("ORDEN_MEDICA");
		assertThat(soportes.faltantes("ALTO_COSTO", TipoItem.PRESTACION_ASISTENCIAL, List.of("ORDEN_MEDICA")))
			.containsExactly("HISTORIA_CLINICA");
		assertThat(soportes.faltantes("ALTO_COSTO", TipoItem.TRASLADO, List.of())).isEmpty();
		assertThat(soportes.faltantes("SIEMPRE", TipoItem.TRASLADO, List.of("FORMATO_RELACION_TRASLADO", "OTRO"))).isEmpty();

		String encabezado = "tipoItem,soporte,cuando,descripcion\n";
		assertThatThrownBy(() -> SoportesExigidos.desde(Catalogo.leer("x.csv", encabezado + "MEDICAMENTO,ORDEN,SIEMPRE,x\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("tipo de ítem");
		assertThatThrownBy(() -> SoportesExigidos.desde(Catalogo.leer("x.csv", encabezado + "TRASLADO,orden,SIEMPRE,x\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("MAYÚSCULAS");
		assertThatThrownBy(() -> SoportesExigidos.desde(Catalogo.leer("x.csv",
				encabezado + "TRASLADO,ORDEN,SIEMPRE,x\nTRASLADO,ORDEN,SIEMPRE,y\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("repetida");
	}

	@Test
	void cadaCausalTieneUnConceptoConocidoYSeOrdenaComoElCatalogo() throws IOException {
		ConceptosCausales conceptos = ConceptosCausales.desde(leer("causales"));
		assertThat(conceptos.describir("RE_TRASLADO_SUPERA_TARIFA").concepto()).isEqualTo(ConceptoCausal.TARIFAS);
		assertThat(conceptos.ordenar(List.of("RE_SOPORTE_FALTANTE", "RE_SIN_COBERTURA", "RE_SOPORTE_FALTANTE")))
			.containsExactly("RE_SIN_COBERTURA", "RE_SOPORTE_FALTANTE");
		assertThatThrownBy(() -> ConceptosCausales.desde(Catalogo.leer("c.csv",
				"codigo,tipo,concepto,efecto,descripcion\nRE_X,MEDICA,OTRO,,Algo\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("concepto");
	}

	private static Catalogo leer(String nombre) throws IOException {
		String archivo = "reembolsos/" + nombre + ".csv";
		return Catalogo.leer(archivo, Files.readString(Path.of("rules", archivo)));
	}

}
