package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import co.auditoria.decisiones.engine.ErrorCampo;
import org.junit.jupiter.api.Test;

/** Lo que el dominio hace en Java: cotejar los catálogos y las incoherencias de fechas. */
class DominioGesTest {

	private final DominioGes dominio = new DominioGes();

	@Test
	void elCatalogoDelRepositorioListaLasSieteCausasDeExcepcion() throws IOException {
		Catalogo causales = repositorio("causales");
		assertThat(dominio.globales(Map.of("causales", causales, "tipos-asegurador", repositorio("tipos-asegurador"))))
			.containsOnlyKeys("tiposAsegurador");
		assertThat(causales.filas()).extracting(fila -> fila.valor("codigo")).containsExactly("INASISTENCIA_BENEFICIARIO",
				"INDICACION_MEDICA", "RECHAZO_PRESTADOR", "RECHAZO_TRATAMIENTO", "OTRA_CAUSA", "NO_CUMPLE_CRITERIOS_INCLUSION",
				"RECHAZO_GES", "GARANTIA_VENCIDA");
	}

	@Test
	void unCatalogoAlQueLeFaltaUnaCausaNoCompila() {
		Catalogo incompleto = Catalogo.leer("ges/causales.csv",
				"codigo,tipo,efecto,descripcion\nINASISTENCIA_BENEFICIARIO,EXCEPCION,,Inasistencia\n");
		assertThatThrownBy(() -> dominio.globales(Map.of("causales", incompleto)))
			.isInstanceOf(CatalogoInvalidoException.class)
			.hasMessageContaining("RECHAZO_GES");
	}

	@Test
	void sinElCatalogoDeTiposDeAseguradorLasReglasNoCompilan() throws IOException {
		assertThatThrownBy(() -> dominio.globales(Map.of("causales", repositorio("causales"))))
			.isInstanceOfSatisfying(CatalogoInvalidoException.class,
					ex -> assertThat(ex.comoError().archivo()).isEqualTo("ges/tipos-asegurador.csv"));
	}

	@Test
	void elInicioPuedeCoincidirConLaFechaLimitePeroNoSerPosterior() {
		assertThat(dominio.validar(garantia("2012-06-01", null))).isEmpty();
		assertThat(dominio.validar(garantia("2012-06-02", null)))
			.containsExactly(new ErrorCampo("fechaInicio", "no puede ser posterior a fechaLimite"));
	}

	@Test
	void elCumplimientoNoPuedeSerAnteriorAlInicio() {
		assertThat(dominio.validar(garantia("2012-05-02", "2012-05-02"))).isEmpty();
		assertThat(dominio.validar(garantia("2012-05-02", "2012-05-01")))
			.containsExactly(new ErrorCampo("fechaCumplimiento", "no puede ser anterior a fechaInicio"));
	}

	@Test
	void losResultadosVanEnElOrdenDePrecedenciaDeLaEspecificacion() {
		assertThat(dominio.resultados()).containsExactly("NO_EVALUABLE", "NO_CONCLUYENTE", "INGRESO_ERRONEO",
				"SIN_INFORMACION", "CUMPLIDA_DENTRO_PLAZO", "CUMPLIDA_FUERA_PLAZO", "EXCEPTUADA_DENTRO_PLAZO",
				"EXCEPTUADA_FUERA_PLAZO", "EXCEPTUADA_SIN_PLAZO", "CASO_CERRADO", "PENDIENTE");
	}

	private static Catalogo repositorio(String nombre) throws IOException {
		return Catalogo.leer("ges/" + nombre + ".csv", Files.readString(Path.of("rules/ges/" + nombre + ".csv")));
	}

	private static SolicitudGes garantia(String inicio, String cumplimiento) {
		return new SolicitudGes("G-1", "Colmena", "21", TipoGarantia.TRATAMIENTO, LocalDate.parse(inicio),
				LocalDate.parse("2012-06-01"), cumplimiento == null ? null : LocalDate.parse(cumplimiento), null, null, null, null);
	}

}
