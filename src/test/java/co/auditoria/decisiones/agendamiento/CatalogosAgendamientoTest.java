package co.auditoria.decisiones.agendamiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import org.junit.jupiter.api.Test;

/** Los catálogos CSV de {@code rules/agendamiento/} tal como están en el repositorio, y su lectura. */
class CatalogosAgendamientoTest {

	private static final Path REGLAS = Path.of("rules", "agendamiento");

	@Test
	void losCupsDelAlcanceSonLosSeisDeLaSemillaConSuEspecialidad() throws IOException {
		Catalogo catalogo = leer("cups-alcance.csv");
		CupsAlcance cups = CupsAlcance.desde(catalogo);

		assertThat(catalogo.filas()).extracting(fila -> fila.valor("codigo"))
			.containsExactly("890201", "890301", "89020110", "890283", "890383", "89020271");
		assertThat(List.of("890201", "890301", "89020110")).allMatch(c -> cups.especialidad(c) == Especialidad.MEDICINA_GENERAL);
		assertThat(List.of("890283", "890383", "89020271")).allMatch(c -> cups.especialidad(c) == Especialidad.PEDIATRIA);
		assertThat(cups.incluye("890202")).isFalse();
		assertThat(cups.especialidad("890202")).isNull();
		assertThat(cups.especialidad(null)).isNull();
	}

	@Test
	void unCupsQueNoEsDeSeisAOchoDigitosOUnaEspecialidadDesconocidaSonErroresConSuLinea() {
		assertThatThrownBy(() -> CupsAlcance.desde(Catalogo.leer("cups-alcance.csv", """
				codigo,descripcion,especialidad,tipoConsulta
				8902,Corto,MEDICINA_GENERAL,CONTROL
				""")))
			.isInstanceOf(CatalogoInvalidoException.class)
			.satisfies(ex -> assertThat(((CatalogoInvalidoException) ex).comoError().linea()).isEqualTo(2))
			.hasMessageContaining("6 a 8 dígitos");
		assertThatThrownBy(() -> CupsAlcance.desde(Catalogo.leer("cups-alcance.csv", """
				codigo,descripcion,especialidad,tipoConsulta
				890201,Medicina general 1ra vez,MEDICINA_GENERAL,PRIMERA_VEZ
				890202,Otra,ODONTOLOGIA,PRIMERA_VEZ
				""")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("ODONTOLOGIA");
		assertThatThrownBy(() -> CupsAlcance.desde(Catalogo.leer("cups-alcance.csv", """
				codigo,descripcion,especialidad,tipoConsulta
				890201,Medicina general 1ra vez,MEDICINA_GENERAL,PRIMERA_VEZ
				890201,Repetido,MEDICINA_GENERAL,CONTROL
				""")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("repetido");
	}

	@Test
	void lasVeinteCohortesDeRiesgoExcluyenYTambienUnaMarcacionDesconocida() throws IOException {
		Catalogo catalogo = leer("marcaciones-riesgo.csv");
		MarcacionesRiesgo riesgos = MarcacionesRiesgo.desde(catalogo);

		assertThat(catalogo.filas()).hasSize(20).allMatch(fila -> fila.valor("excluye").equals("SI"));
		assertThat(riesgos.algunaExcluye(List.of("GESTANTE"))).isTrue();
		assertThat(riesgos.algunaExcluye(List.of("COHORTE_NUEVA"))).isTrue();
		assertThat(riesgos.algunaExcluye(List.of())).isFalse();
	}

	@Test
	void unaMarcacionListadaConNoNoExcluye() {
		MarcacionesRiesgo riesgos = MarcacionesRiesgo.desde(Catalogo.leer("marcaciones-riesgo.csv", """
				codigo,descripcion,excluye
				SER_JOVEN,Programa SER Joven,NO
				VIH,Programa de VIH,SI
				"""));

		assertThat(riesgos.algunaExcluye(List.of("SER_JOVEN"))).isFalse();
		assertThat(riesgos.algunaExcluye(List.of("SER_JOVEN", "VIH"))).isTrue();
		assertThatThrownBy(() -> MarcacionesRiesgo.desde(Catalogo.leer("marcaciones-riesgo.csv", """
				codigo,descripcion,excluye
				VIH,Programa de VIH,TAL_VEZ
				""")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("SI o NO");
	}

	@Test
	void lasNueveSedesMigranEnLaFechaDeLaMetaYLaFechaDeMigracionYaCuenta() throws IOException {
		Catalogo catalogo = leer("sedes-migracion.csv");
		SedesMigracion sedes = SedesMigracion.desde(catalogo);

		assertThat(catalogo.filas()).hasSize(9).allMatch(fila -> fila.valor("fechaMigracion").equals("2024-10-01"));
		assertThat(sedes.migrada("USS_SUBA", LocalDate.of(2024, 10, 1))).isTrue();
		assertThat(sedes.migrada("USS_SUBA", LocalDate.of(2024, 9, 30))).isFalse();
		assertThat(sedes.migrada("USS_USAQUEN", LocalDate.of(2026, 3, 30))).isFalse();
		assertThat(sedes.migrada(null, LocalDate.of(2026, 3, 30))).isFalse();
	}

	@Test
	void unaSedeSinFechaNoMigroYUnaFechaQueNoExisteEsUnErrorConSuLinea() {
		SedesMigracion sedes = SedesMigracion.desde(Catalogo.leer("sedes-migracion.csv", """
				codigo,nombre,fechaMigracion
				USS_NUEVA,USS Nueva,
				"""));
		assertThat(sedes.migrada("USS_NUEVA", LocalDate.of(2030, 1, 1))).isFalse();

		assertThatThrownBy(() -> SedesMigracion.desde(Catalogo.leer("sedes-migracion.csv", """
				codigo,nombre,fechaMigracion
				USS_SUBA,USS Suba,2024-02-30
				""")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("2024-02-30");
		assertThatThrownBy(() -> SedesMigracion.desde(Catalogo.leer("sedes-migracion.csv", """
				codigo,nombre,fechaMigracion
				USS_SUBA,USS Suba,01/10/2024
				""")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("yyyy-MM-dd");
	}

	@Test
	void cadaCausalTieneUnTipoDelDominioYLasDePoblacionSonLasSeisDeAlcanceYPoblacion() throws IOException {
		Catalogo catalogo = leer("causales.csv");
		TiposDeCausal tipos = TiposDeCausal.desde(catalogo);

		assertThat(catalogo.filas()).extracting(fila -> fila.valor("codigo"))
			.filteredOn(codigo -> tipos.de(codigo) == TipoCausal.ALCANCE || tipos.de(codigo) == TipoCausal.POBLACION)
			.containsExactly("AG_CUPS_FUERA_DE_ALCANCE", "AG_PLAN_NO_PBS", "AG_EDAD_MENOR_11", "AG_EDAD_MAYOR_54",
					"AG_ADULTO_MAYOR", "AG_MARCACION_RIESGO");
		assertThat(tipos.de("AG_SEDE_NO_MIGRADA")).isEqualTo(TipoCausal.OPERACION);
		assertThatThrownBy(() -> TiposDeCausal.desde(Catalogo.leer("causales.csv", """
				codigo,tipo,efecto,descripcion
				AG_NUEVA,LOGISTICA,,Otra
				""")))
			.isInstanceOf(CatalogoInvalidoException.class).hasMessageContaining("LOGISTICA");
	}

	@Test
	void laEdadSeCuentaEnAniosCumplidosYElVeintinueveDeFebreroSeCumpleElPrimeroDeMarzo() {
		assertThat(Perfil.edad(LocalDate.of(2015, 3, 30), LocalDate.of(2026, 3, 30))).isEqualTo(11);
		assertThat(Perfil.edad(LocalDate.of(2015, 3, 31), LocalDate.of(2026, 3, 30))).isEqualTo(10);
		assertThat(Perfil.edad(LocalDate.of(2008, 2, 29), LocalDate.of(2019, 2, 28))).isEqualTo(10);
		assertThat(Perfil.edad(LocalDate.of(2008, 2, 29), LocalDate.of(2019, 3, 1))).isEqualTo(11);
		assertThat(Perfil.edad(LocalDate.of(2012, 2, 29), LocalDate.of(2024, 2, 29))).isEqualTo(12);
	}

	private static Catalogo leer(String archivo) throws IOException {
		return Catalogo.leer(archivo, Files.readString(REGLAS.resolve(archivo)));
	}

}
