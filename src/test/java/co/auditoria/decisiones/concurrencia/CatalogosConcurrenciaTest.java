package co.auditoria.decisiones.concurrencia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import org.junit.jupiter.api.Test;

/** Los catálogos CSV de {@code rules/concurrencia/} tal como están en el repositorio y su lectura. */
class CatalogosConcurrenciaTest {

	private static final Path REGLAS = Path.of("rules", "concurrencia");

	private static final LocalDateTime EGRESO = LocalDateTime.of(2026, 4, 6, 10, 0);

	@Test
	void losParametrosDelRepositorioSonLosDeLaEspecificacion() throws IOException {
		ParametrosConcurrencia parametros = ParametrosConcurrencia.desde(leer("parametros.csv"));

		assertThat(parametros.valor("horas_habiles_visita")).isEqualTo(48);
		assertThat(parametros.valor("horas_primer_seguimiento")).isEqualTo(24);
		assertThat(parametros.valor("horas_seguimiento_estancia_larga")).isEqualTo(72);
		assertThat(parametros.valor("horas_estancia_corta")).isEqualTo(72);
		assertThat(parametros.valor("horas_cargue_egreso")).isEqualTo(24);
		assertThat(parametros.valor("dias_reingreso")).isEqualTo(15);
		assertThat(parametros.valor("dias_habiles_informe_mensual")).isEqualTo(10);
		assertThat(parametros.listas()).hasSize(7);
	}

	@Test
	void unParametroQueNoEsUnEnteroPositivoEsUnErrorConSuLinea() {
		assertThatThrownBy(() -> ParametrosConcurrencia.desde(Catalogo.leer("concurrencia/parametros.csv", """
				parametro,valor,fuente
				horas_cargue_egreso,24 horas,Nota
				"""))).isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("entero");
		assertThatThrownBy(() -> ParametrosConcurrencia.desde(Catalogo.leer("concurrencia/parametros.csv", """
				parametro,valor,fuente
				horas_cargue_egreso,0,Nota
				"""))).isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("entre 1 y 10000");
		assertThatThrownBy(() -> ParametrosConcurrencia.desde(Catalogo.leer("concurrencia/parametros.csv", """
				parametro,valor,fuente
				horas_cargue_egreso,24,Nota
				horas_cargue_egreso,48,Otra
				"""))).isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("repetido");
	}

	@Test
	void losDocumentosFaltantesSalenEnElOrdenDelCatalogoSegunLoQueSeExige() throws IOException {
		DocumentosEgreso documentos = DocumentosEgreso.desde(leer("documentos_egreso.csv"));

		assertThat(documentos.faltantes(egreso(List.of(), false, true)).documentos()).containsExactly(
				DocumentoEgreso.EPICRISIS, DocumentoEgreso.DIAS_HOSPITALIZACION, DocumentoEgreso.PROCEDIMIENTOS,
				DocumentoEgreso.AYUDAS_DIAGNOSTICAS, DocumentoEgreso.TRATAMIENTOS_PENDIENTES,
				DocumentoEgreso.PLAN_ATENCION_AMBULATORIA, DocumentoEgreso.RECOMENDACIONES_MEDICAS, DocumentoEgreso.INCAPACIDAD);
		assertThat(documentos.faltantes(egreso(List.of(DocumentoEgreso.values()), true, true)).hayFaltantes()).isFalse();
		List<DocumentoEgreso> sinExamenes = List.of(DocumentoEgreso.EPICRISIS, DocumentoEgreso.DIAS_HOSPITALIZACION,
				DocumentoEgreso.PROCEDIMIENTOS, DocumentoEgreso.AYUDAS_DIAGNOSTICAS, DocumentoEgreso.TRATAMIENTOS_PENDIENTES,
				DocumentoEgreso.PLAN_ATENCION_AMBULATORIA, DocumentoEgreso.RECOMENDACIONES_MEDICAS);
		assertThat(documentos.faltantes(egreso(sinExamenes, false, false)).hayFaltantes()).isFalse();
		assertThat(documentos.faltantes(egreso(sinExamenes, true, true)).codigos()).isEqualTo("EXAMENES_LABORATORIO, INCAPACIDAD");
	}

	@Test
	void elCatalogoDeDocumentosTraeTodosYSoloLosCodigosQueAceptaLaSolicitud() {
		assertThatThrownBy(() -> DocumentosEgreso.desde(Catalogo.leer("concurrencia/documentos_egreso.csv", """
				codigo,condicion,descripcion
				EPICRISIS,SIEMPRE,Epicrisis
				"""))).isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("faltan los documentos");
		assertThatThrownBy(() -> DocumentosEgreso.desde(Catalogo.leer("concurrencia/documentos_egreso.csv", """
				codigo,condicion,descripcion
				CARNE_VACUNAS,SIEMPRE,Carné de vacunas
				"""))).isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("'CARNE_VACUNAS' no es un valor de codigo");
		assertThatThrownBy(() -> DocumentosEgreso.desde(Catalogo.leer("concurrencia/documentos_egreso.csv", """
				codigo,condicion,descripcion
				EPICRISIS,SI_APLICA,Epicrisis
				"""))).isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("no es un valor de condicion");
	}

	private static Egreso egreso(List<DocumentoEgreso> documentos, boolean examenes, boolean incapacidad) {
		return new Egreso(EGRESO, documentos, examenes, incapacidad, false, null);
	}

	private static Catalogo leer(String archivo) throws IOException {
		return Catalogo.leer("concurrencia/" + archivo, Files.readString(REGLAS.resolve(archivo)));
	}

}
