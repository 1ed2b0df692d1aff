package co.auditoria.decisiones.reclamaciones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import co.auditoria.decisiones.engine.Causal;
import org.junit.jupiter.api.Test;

/** Los catálogos CSV de rules/reclamaciones/: las 20 causales con su alcance, efecto y acción, y los productos. */
class CatalogosReclamacionesTest {

	private static final String ENCABEZADO = "codigo,tipo,alcance,efecto,accion,descripcion\n";

	@Test
	void lasCausalesDelRepositorioSonLasDeLaEspecificacionEnSuOrden() throws IOException {
		Catalogo catalogo = leer("causales");
		CausalesReclamacion causales = CausalesReclamacion.desde(catalogo);

		assertThat(catalogo.filas()).extracting(fila -> fila.valor("codigo")).containsExactly("RC_POLIZA_NO_VIGENTE",
				"RC_EVENTO_NO_CUBIERTO", "RC_COMPLICACION_NO_CUBIERTA", "RC_ORIGEN_LABORAL", "RC_ORIGEN_SIN_DETERMINAR",
				"RC_PACIENTE_NO_CORRESPONDE", "RC_NOMBRE_PACIENTE_DIFERENTE", "RC_MEDICO_NO_AUTORIZADO",
				"RC_PRESTADOR_NO_HABILITADO", "RC_FACTURA_REEMBOLSO_INVALIDA", "RC_AMPARO_NO_CONTRATADO",
				"RC_SERVICIO_EXCLUIDO", "RC_SERVICIO_NO_AUTORIZADO", "RC_MEDICAMENTO_NO_CUBIERTO", "RC_NO_PERTINENTE",
				"RC_NO_SOPORTADO_HC", "RC_SOPORTE_CLINICO_PENDIENTE", "RC_TARIFA_SUPERA_PACTADA", "RC_TARIFA_SUPERA_SOAT",
				"RC_SUPERA_VALOR_ASEGURADO");
		Map<String, String> resultados = catalogo.filas().stream().filter(fila -> CausalesReclamacion.resultadoPropuesto(fila) != null)
			.collect(Collectors.toMap(fila -> fila.valor("codigo"), CausalesReclamacion::resultadoPropuesto));
		assertThat(resultados).containsOnly(Map.entry("RC_POLIZA_NO_VIGENTE", "OBJETADA"),
				Map.entry("RC_EVENTO_NO_CUBIERTO", "OBJETADA"), Map.entry("RC_COMPLICACION_NO_CUBIERTA", "OBJETADA"),
				Map.entry("RC_ORIGEN_LABORAL", "OBJETADA"), Map.entry("RC_ORIGEN_SIN_DETERMINAR", "PENDIENTE_DOCUMENTOS"),
				Map.entry("RC_NOMBRE_PACIENTE_DIFERENTE", "PENDIENTE_DOCUMENTOS"),
				Map.entry("RC_FACTURA_REEMBOLSO_INVALIDA", "PENDIENTE_DOCUMENTOS"),
				Map.entry("RC_SOPORTE_CLINICO_PENDIENTE", "PENDIENTE_DOCUMENTOS"));
		Causal soporte = new Causal("RC_SOPORTE_CLINICO_PENDIENTE");
		assertThat(causales.acciones(soporte, false)).containsExactly("SOLICITAR_EPICRISIS");
		assertThat(causales.acciones(soporte, true)).containsExactly("SOLICITAR_HISTORIA_CLINICA");
		assertThat(causales.acciones(new Causal("RC_ORIGEN_LABORAL"), true)).containsExactly("REMITIR_A_RIESGOS_LABORALES");
		assertThat(causales.acciones(new Causal("RC_NO_PERTINENTE"), false)).isEmpty();
		assertThat(causales.hallazgo(new Causal("RC_ORIGEN_LABORAL")).objetaLaReclamacion()).isTrue();
		assertThat(causales.hallazgo(new Causal("RC_ORIGEN_SIN_DETERMINAR")).objetaLaReclamacion()).isFalse();
	}

	@Test
	void unaFilaDeCausalesMalFormadaNoCompilaYDiceSuLinea() {
		assertThatThrownBy(() -> causales("RC_X,MEDICA,POLIZA,OBJECION,,x\n")).isInstanceOfSatisfying(
				CatalogoInvalidoException.class, ex -> {
					assertThat(ex.comoError().linea()).isEqualTo(2);
					assertThat(ex.getMessage()).contains("POLIZA");
				});
		assertThatThrownBy(() -> causales("RC_X,MEDICA,ITEM,RECHAZO,,x\n")).hasMessageContaining("RECHAZO");
		assertThatThrownBy(() -> causales("RC_X,MEDICA,ITEM,PENDIENTE,A|B|C,x\n")).hasMessageContaining("A|B|C");
		assertThatThrownBy(() -> causales("RC_X,MEDICA,ITEM,PENDIENTE,pedir epicrisis,x\n")).hasMessageContaining("MAYÚSCULAS");
		assertThatThrownBy(() -> causales("RC_X,MEDICA,ITEM,OBJECION,,x\nRC_X,MEDICA,ITEM,OBJECION,,y\n"))
			.hasMessageContaining("repetida");
		assertThatThrownBy(() -> CausalesReclamacion.resultadoPropuesto(
				Catalogo.leer("c.csv", ENCABEZADO + "RC_X,MEDICA,ITEM,,,x\n").filas().get(0))).hasMessageContaining("efecto");
	}

	@Test
	void cadaProductoAmparaUnTipoDeEvento() throws IOException {
		ProductosPoliza productos = ProductosPoliza.desde(leer("productos"));

		assertThat(productos.ampara(Producto.GENERACION_POSITIVA, TipoEvento.ACCIDENTE)).isTrue();
		assertThat(productos.ampara(Producto.ACCIDENTES_PERSONALES_INDIVIDUAL, TipoEvento.COMPLICACION_QUIRURGICA)).isFalse();
		assertThat(productos.ampara(Producto.CIRUGIA_POSITIVA, TipoEvento.COMPLICACION_QUIRURGICA)).isTrue();
		assertThat(productos.ampara(Producto.CIRUGIA_POSITIVA, TipoEvento.ACCIDENTE)).isFalse();
	}

	@Test
	void unCatalogoDeProductosIncompletoOMalFormadoNoCompila() throws IOException {
		String encabezado = "producto,ramo,tipoEvento,descripcion\n";
		String completo = Files.readString(Path.of("rules/reclamaciones/productos.csv"));
		assertThatThrownBy(() -> ProductosPoliza.desde(Catalogo.leer("p.csv", encabezado + "CIRUGIA_POSITIVA,SALUD,COMPLICACION_QUIRURGICA,x\n")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("GENERACION_POSITIVA");
		assertThatThrownBy(() -> ProductosPoliza.desde(Catalogo.leer("p.csv", completo + "CIRUGIA_POSITIVA,SALUD,ACCIDENTE,x\n")))
			.hasMessageContaining("repetido");
		assertThatThrownBy(() -> ProductosPoliza.desde(Catalogo.leer("p.csv", encabezado + "VIDA_GRUPO,VIDA,ACCIDENTE,x\n")))
			.hasMessageContaining("VIDA_GRUPO");
		assertThatThrownBy(() -> ProductosPoliza.desde(Catalogo.leer("p.csv", encabezado + "CIRUGIA_POSITIVA,VIDA,ACCIDENTE,x\n")))
			.hasMessageContaining("ramo 'VIDA'");
	}

	@Test
	void losDatosPersonalesNoSalenEnToString() {
		Persona asegurada = new Persona("TI", "1012345678", "Sofía Ramírez Ortiz");
		MedicoTratante medico = new MedicoTratante("Ana Pérez", "RM-12345", true);

		assertThat(List.of(asegurada.toString(), medico.toString()))
			.allSatisfy(texto -> assertThat(texto).doesNotContain("1012345678").doesNotContain("Ramírez").doesNotContain("Pérez"));
		assertThat(asegurada.mismoNombreQue(new Persona("TI", "1.012.345-678", "  SOFIA  RAMIREZ ortiz"))).isTrue();
		assertThat(asegurada.mismoDocumentoQue(new Persona("ti", "1 012 345 678", "x"))).isTrue();
		assertThat(asegurada.mismoDocumentoQue(new Persona("CC", "1012345678", "x"))).isFalse();
	}

	private static CausalesReclamacion causales(String filas) {
		return CausalesReclamacion.desde(Catalogo.leer("reclamaciones/causales.csv", ENCABEZADO + filas));
	}

	private static Catalogo leer(String nombre) throws IOException {
		return Catalogo.leer("reclamaciones/" + nombre + ".csv", Files.readString(Path.of("rules/reclamaciones/" + nombre + ".csv")));
	}

}
