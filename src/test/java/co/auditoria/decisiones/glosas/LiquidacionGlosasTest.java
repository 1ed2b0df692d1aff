package co.auditoria.decisiones.glosas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** El tope por ítem, el orden en que se aplica, los totales y el resultado por valor. */
class LiquidacionGlosasTest {

	private static final List<String> ORDEN = List.of("GL_NO_PERTINENTE", "GL_SOPORTE_FALTANTE", "GL_TARIFA_SUPERA_PACTADA",
			"GL_ERROR_ARITMETICO", "GL_TOTAL_NO_CUADRA");

	private final ItemFactura item = new ItemFactura(0, new Item("IT-1", "890701", null, TipoServicio.CONSULTA,
			LocalDate.of(2026, 2, 5), 1, pesos(90000), pesos(90000), pesos(80000), null, null, List.of(), null));

	@Test
	void dosGlosasSobreUnItemNuncaSumanMasQueSuValor() {
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(
				glosa("GL_TARIFA_SUPERA_PACTADA", 10000), glosa("GL_NO_PERTINENTE", 90000)), ORDEN, pesos(90000));

		assertThat(liquidacion.glosas()).extracting(LiquidacionGlosas.Glosa::codigo)
			.containsExactly("GL_NO_PERTINENTE", "GL_TARIFA_SUPERA_PACTADA");
		assertThat(liquidacion.glosas()).extracting(LiquidacionGlosas.Glosa::valor)
			.usingElementComparator(BigDecimal::compareTo).containsExactly(pesos(90000), pesos(0));
		assertThat(liquidacion.glosas().get(1).valorPropuesto()).isEqualByComparingTo("10000");
		assertThat(liquidacion.valorGlosado()).isEqualByComparingTo("90000");
		assertThat(liquidacion.resultado()).isEqualTo("GLOSA_TOTAL");
	}

	@Test
	void dosDiferenciasQueCabenEnElItemSeGlosanCompletas() {
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(
				glosa("GL_ERROR_ARITMETICO", 5000), glosa("GL_TARIFA_SUPERA_PACTADA", 10000)), ORDEN, pesos(100000));

		assertThat(liquidacion.valorGlosado()).isEqualByComparingTo("15000");
		assertThat(liquidacion.valorAprobado()).isEqualByComparingTo("85000");
		assertThat(liquidacion.resultado()).isEqualTo("GLOSA_PARCIAL");
	}

	@Test
	void laDiferenciaQueExcedeLoQueQuedaDelItemSeRecorta() {
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(
				glosa("GL_TARIFA_SUPERA_PACTADA", 60000), glosa("GL_ERROR_ARITMETICO", 50000)), ORDEN, pesos(90000));

		assertThat(liquidacion.glosas()).extracting(LiquidacionGlosas.Glosa::valor)
			.usingElementComparator(BigDecimal::compareTo).containsExactly(pesos(60000), pesos(30000));
	}

	@Test
	void unaGlosaDeFacturaNoTieneTopeDeItemYVaAlFinal() {
		GlosaItem total = GlosaItem.deFactura(ConceptoGlosa.FACTURACION, "GL_TOTAL_NO_CUADRA", pesos(270000), null, "exceso");
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(total, glosa("GL_NO_PERTINENTE", 90000)), ORDEN,
				pesos(360000));

		assertThat(liquidacion.glosas()).extracting(LiquidacionGlosas.Glosa::item).containsExactly("IT-1", null);
		assertThat(liquidacion.valorGlosado()).isEqualByComparingTo("360000");
		assertThat(liquidacion.resultado()).isEqualTo("GLOSA_TOTAL");
	}

	@Test
	void loGlosadoNoSuperaLoFacturadoAunqueLosItemsSumenMas() {
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(glosa("GL_NO_PERTINENTE", 90000)), ORDEN, pesos(50000));

		assertThat(liquidacion.valorGlosado()).isEqualByComparingTo("50000");
		assertThat(liquidacion.valorAprobado()).isEqualByComparingTo("0");
	}

	@Test
	void sinGlosasOFacturaEnCeroEsSinGlosa() {
		assertThat(LiquidacionGlosas.de(List.of(), ORDEN, pesos(80000)).resultado()).isEqualTo("SIN_GLOSA");
		assertThat(LiquidacionGlosas.de(List.of(), ORDEN, pesos(0)).resultado()).isEqualTo("SIN_GLOSA");
	}

	private GlosaItem glosa(String codigo, long valor) {
		return GlosaItem.deItem(item, ConceptoGlosa.TARIFAS, codigo, pesos(valor), null, codigo);
	}

	private static BigDecimal pesos(long valor) {
		return BigDecimal.valueOf(valor);
	}

}
