package co.auditoria.decisiones.glosas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import co.auditoria.decisiones.engine.Catalogo;
import org.junit.jupiter.api.Test;

/** El tope por ítem, el orden en que se aplica, los totales y el resultado por valor. */
class LiquidacionGlosasTest {

	private static final OrdenGlosas ORDEN = OrdenGlosas.desde(Catalogo.leer("glosas/causales.csv", """
			codigo,tipo,efecto,descripcion
			GL_NO_PERTINENTE,PERTINENCIA,,x
			GL_SOPORTE_FALTANTE,SOPORTES,,x
			GL_TARIFA_SUPERA_PACTADA,TARIFAS,,x
			GL_ERROR_ARITMETICO,FACTURACION,,x
			GL_TOTAL_NO_CUADRA,FACTURACION,,x
			"""));

	private final ItemFactura item = new ItemFactura(0, new Item("IT-1", "890701", null, TipoServicio.CONSULTA,
			LocalDate.of(2026, 2, 5), 1, pesos(90000), pesos(90000), pesos(80000), null, null, List.of(), null));

	@Test
	void dosGlosasSobreUnItemNuncaSumanMasQueSuValor() {
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(
				glosa("GL_TARIFA_SUPERA_PACTADA", 10000), glosa("GL_NO_PERTINENTE", 90000)), pesos(90000), ORDEN);

		assertThat(liquidacion.glosas()).extracting(LiquidacionGlosas.Glosa::codigo)
			.containsExactly("GL_NO_PERTINENTE", "GL_TARIFA_SUPERA_PACTADA");
		assertThat(liquidacion.glosas()).extracting(LiquidacionGlosas.Glosa::valor)
			.usingElementComparator(BigDecimal::compareTo).containsExactly(pesos(90000), pesos(0));
		assertThat(liquidacion.glosas().get(1).valorPropuesto()).isEqualByComparingTo("10000");
		assertThat(liquidacion.valorGlosado()).isEqualByComparingTo("90000");
		assertThat(liquidacion.glosaTotal()).isTrue();
		assertThat(liquidacion.glosaParcial()).isFalse();
	}

	@Test
	void dosDiferenciasQueCabenEnElItemSeGlosanCompletas() {
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(
				glosa("GL_ERROR_ARITMETICO", 5000), glosa("GL_TARIFA_SUPERA_PACTADA", 10000)), pesos(100000), ORDEN);

		assertThat(liquidacion.valorGlosado()).isEqualByComparingTo("15000");
		assertThat(liquidacion.valorAprobado()).isEqualByComparingTo("85000");
		assertThat(liquidacion.glosaParcial()).isTrue();
		assertThat(liquidacion.glosaTotal()).isFalse();
	}

	@Test
	void laDiferenciaQueExcedeLoQueQuedaDelItemSeRecorta() {
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(
				glosa("GL_TARIFA_SUPERA_PACTADA", 60000), glosa("GL_ERROR_ARITMETICO", 50000)), pesos(90000), ORDEN);

		assertThat(liquidacion.glosas()).extracting(LiquidacionGlosas.Glosa::valor)
			.usingElementComparator(BigDecimal::compareTo).containsExactly(pesos(60000), pesos(30000));
	}

	@Test
	void unaGlosaDeFacturaNoTieneTopeDeItemYVaAlFinal() {
		GlosaItem total = GlosaItem.deFactura(ConceptoGlosa.FACTURACION, "GL_TOTAL_NO_CUADRA", pesos(270000), null, "exceso");
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(total, glosa("GL_NO_PERTINENTE", 90000)), 
				pesos(360000), ORDEN);

		assertThat(liquidacion.glosas()).extracting(LiquidacionGlosas.Glosa::item).containsExactly("IT-1", null);
		assertThat(liquidacion.valorGlosado()).isEqualByComparingTo("360000");
		assertThat(liquidacion.glosaTotal()).isTrue();
		assertThat(liquidacion.glosaParcial()).isFalse();
	}

	@Test
	void loGlosadoNoSuperaLoFacturadoAunqueLosItemsSumenMas() {
		LiquidacionGlosas liquidacion = LiquidacionGlosas.de(List.of(glosa("GL_NO_PERTINENTE", 90000)), pesos(50000), ORDEN);

		assertThat(liquidacion.valorGlosado()).isEqualByComparingTo("50000");
		assertThat(liquidacion.valorAprobado()).isEqualByComparingTo("0");
	}

	@Test
	void sinGlosasOFacturaEnCeroNoEsGlosaTotalNiParcial() {
		for (LiquidacionGlosas sinGlosa : List.of(LiquidacionGlosas.de(List.of(), pesos(80000), ORDEN),
				LiquidacionGlosas.de(List.of(), pesos(0), ORDEN))) {
			assertThat(sinGlosa.glosaTotal()).isFalse();
			assertThat(sinGlosa.glosaParcial()).isFalse();
			assertThat(sinGlosa.valorGlosado()).isEqualByComparingTo("0");
		}
	}

	private GlosaItem glosa(String codigo, long valor) {
		return GlosaItem.deItem(item, ConceptoGlosa.TARIFAS, codigo, pesos(valor), null, codigo);
	}

	private static BigDecimal pesos(long valor) {
		return BigDecimal.valueOf(valor);
	}

}
