package co.auditoria.decisiones.reembolsos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Causal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** El reparto de cada ítem entre objetado, pendiente y aprobado, en el orden de la especificación. */
class LiquidacionReembolsoTest {

	private static final Causal SOAT = new Causal("RE_TOPE_SOAT_NO_AGOTADO");

	private static ConceptosCausales conceptos;

	@BeforeAll
	static void leerCausales() throws IOException {
		conceptos = ConceptosCausales.desde(Catalogo.leer("reembolsos/causales.csv",
				Files.readString(Path.of("rules/reembolsos/causales.csv"))));
	}

	@Test
	void unaCausalQueObjetaTodoGanaALaDiferenciaYNoDejaPendiente() {
		ItemReembolso traslado = item(0, TipoItem.TRASLADO, "55000");
		LiquidacionReembolso liquidacion = liquidar(List.of(traslado), List.of(
				CausalItem.objetaDiferencia(traslado, new Causal("RE_TRASLADO_SUPERA_TARIFA"), new BigDecimal("15000")),
				CausalItem.objeta(traslado, new Causal("RE_NO_PERTINENTE")),
				CausalItem.falta(traslado, new Causal("RE_SOPORTE_FALTANTE"), "FORMATO_RELACION_TRASLADO", EfectoCausal.PENDIENTE)));

		assertThat(liquidacion.valorObjetado()).isEqualByComparingTo("55000");
		assertThat(liquidacion.valorPendiente()).isZero();
		assertThat(liquidacion.objetadoTotal()).isTrue();
		assertThat(liquidacion.pendientes()).isEmpty();
		assertThat(liquidacion.objeciones().get(0).causales()).extracting(ConceptosCausales.CausalObjecion::codigo)
			.containsExactly("RE_NO_PERTINENTE", "RE_TRASLADO_SUPERA_TARIFA", "RE_SOPORTE_FALTANTE");
		assertThat(liquidacion.causales()).extracting(Causal::codigo)
			.containsExactlyInAnyOrder("RE_NO_PERTINENTE", "RE_TRASLADO_SUPERA_TARIFA", "RE_SOPORTE_FALTANTE");
	}

	@Test
	void laDiferenciaSeObjetaYLoQueQuedaPendienteEsperaElDocumento() {
		ItemReembolso traslado = item(0, TipoItem.TRASLADO, "55000");
		LiquidacionReembolso liquidacion = liquidar(List.of(traslado), List.of(
				CausalItem.objetaDiferencia(traslado, new Causal("RE_TRASLADO_SUPERA_TARIFA"), new BigDecimal("15000")),
				CausalItem.falta(traslado, new Causal("RE_SOPORTE_FALTANTE"), "FORMATO_RELACION_TRASLADO", EfectoCausal.PENDIENTE)));

		assertThat(liquidacion.valorObjetado()).isEqualByComparingTo("15000");
		assertThat(liquidacion.valorPendiente()).isEqualByComparingTo("40000");
		assertThat(liquidacion.valorAprobado()).isZero();
		assertThat(liquidacion.pendientes().get(0).soportesFaltantes()).containsExactly("FORMATO_RELACION_TRASLADO");
		assertThat(liquidacion.objetadoParcial()).isTrue();
	}

	@Test
	void elSaldoSoatSeImputaALasPrestacionesEnOrdenYNoALosTraslados() {
		List<ItemReembolso> items = List.of(item(0, TipoItem.TRASLADO, "40000"), item(1, TipoItem.PRESTACION_ASISTENCIAL, "100000"),
				item(2, TipoItem.PRESTACION_ASISTENCIAL, "100000"));
		List<HechoLiquidacion> hechos = new ArrayList<>(List.of(new SaldoSoat(new BigDecimal("150000"))));
		hechos.add(CausalItem.objeta(items.get(1), new Causal("RE_NO_PERTINENTE")));
		LiquidacionReembolso liquidacion = liquidar(items, hechos);

		// El ítem 1 ya está objetado: el saldo pasa entero al 2, que se lo queda hasta su valor.
		assertThat(liquidacion.valorObjetado()).isEqualByComparingTo("200000");
		assertThat(liquidacion.valorAprobado()).isEqualByComparingTo("40000");
		assertThat(liquidacion.objeciones()).extracting(LiquidacionReembolso.Objecion::item).containsExactly("2", "3");
		assertThat(liquidacion.objeciones().get(1).causales()).extracting(ConceptosCausales.CausalObjecion::codigo)
			.containsExactly("RE_TOPE_SOAT_NO_AGOTADO");
		assertThat(liquidacion.causales()).contains(SOAT);
	}

	@Test
	void sinSaldoImputadoNoHayCausalSoat() {
		LiquidacionReembolso liquidacion = liquidar(List.of(item(0, TipoItem.PRESTACION_ASISTENCIAL, "100000")),
				List.of(new SaldoSoat(BigDecimal.ZERO)));
		assertThat(liquidacion.causales()).isEmpty();
		assertThat(liquidacion.valorAprobado()).isEqualByComparingTo("100000");
	}

	@Test
	void conLaCalificacionPendienteLoAprobableQuedaPendienteYLoObjetadoSigueObjetado() {
		List<ItemReembolso> items = List.of(item(0, TipoItem.PRESTACION_ASISTENCIAL, "100000"), item(1, TipoItem.TRASLADO, "30000"));
		LiquidacionReembolso liquidacion = liquidar(items, List.of(
				new CalificacionPendiente(new Causal("RE_EVENTO_SIN_CALIFICACION")),
				CausalItem.objeta(items.get(1), new Causal("RE_COMPROBANTE_NO_ORIGINAL"))));

		assertThat(liquidacion.valorPendiente()).isEqualByComparingTo("100000");
		assertThat(liquidacion.valorObjetado()).isEqualByComparingTo("30000");
		assertThat(liquidacion.valorAprobado()).isZero();
		assertThat(liquidacion.pendientes().get(0).causales()).containsExactly("RE_EVENTO_SIN_CALIFICACION");
		assertThat(liquidacion.objeciones().get(0).causales()).extracting(ConceptosCausales.CausalObjecion::codigo)
			.containsExactly("RE_COMPROBANTE_NO_ORIGINAL");
		assertThat(liquidacion.causales()).extracting(Causal::codigo)
			.containsExactlyInAnyOrder("RE_EVENTO_SIN_CALIFICACION", "RE_COMPROBANTE_NO_ORIGINAL");
	}

	@Test
	void elPosibleRecobroEsLoAprobadoDeLosItemsMarcados() {
		List<ItemReembolso> items = List.of(item(0, TipoItem.PRESTACION_ASISTENCIAL, "100000"), item(1, TipoItem.TRASLADO, "30000"));
		LiquidacionReembolso liquidacion = liquidar(items, List.of(new PosibleRecobro(0),
				CausalItem.objeta(items.get(1), new Causal("RE_ORIGEN_COMUN"))));
		assertThat(liquidacion.valorPosibleRecobro()).isEqualByComparingTo("100000");
		assertThat(liquidacion.tienePosibleRecobro()).isTrue();
	}

	@Test
	void laIdentidadDeValoresSeCumpleConCentavos() {
		ItemReembolso traslado = item(0, TipoItem.TRASLADO, "40000.25");
		LiquidacionReembolso liquidacion = liquidar(List.of(traslado, item(1, TipoItem.PRESTACION_ASISTENCIAL, "10.10")), List.of(
				CausalItem.objetaDiferencia(traslado, new Causal("RE_TRASLADO_SUPERA_TARIFA"), new BigDecimal("0.25"))));
		assertThat(liquidacion.valorSolicitado()).isEqualByComparingTo("40010.35");
		assertThat(liquidacion.valorAprobado())
			.isEqualByComparingTo(liquidacion.valorSolicitado().subtract(liquidacion.valorObjetado()).subtract(liquidacion.valorPendiente()))
			.isEqualByComparingTo("40010.10");
	}

	private static LiquidacionReembolso liquidar(List<ItemReembolso> items, List<? extends HechoLiquidacion> hechos) {
		// Las reglas no garantizan el orden en que se recogen los ítems: la liquidación los ordena.
		List<ItemReembolso> desordenados = new ArrayList<>(items);
		Collections.reverse(desordenados);
		return LiquidacionReembolso.de(desordenados, hechos, SOAT, conceptos);
	}

	private static ItemReembolso item(int posicion, TipoItem tipo, String valor) {
		Comprobante comprobante = new Comprobante(TipoComprobante.CUENTA_DE_COBRO, "C-" + posicion, "79111222",
				LocalDate.of(2026, 2, 12), null, true, true);
		return new ItemReembolso(posicion, new Item(String.valueOf(posicion + 1), tipo, null, LocalDate.of(2026, 2, 12),
				new BigDecimal(valor), null, comprobante, null, "SOL-1", Pertinencia.PERTINENTE, true, List.of()));
	}

}
