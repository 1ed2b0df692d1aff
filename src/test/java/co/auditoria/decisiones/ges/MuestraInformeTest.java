package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** La muestra del informe es la que genera {@link MuestraInforme} con las tablas transcritas, sin retoques a mano. */
class MuestraInformeTest {

	@Test
	void elArchivoDeLaMuestraEsElQueGeneraElScriptConLasTablasDelInforme() throws IOException {
		assertThat(Files.readString(MuestraInforme.MUESTRA, StandardCharsets.UTF_8))
			.as("regenere con: java src/test/java/co/auditoria/decisiones/ges/MuestraInforme.java")
			.isEqualTo(MuestraInforme.generar(Files.readString(MuestraInforme.TABLAS, StandardCharsets.UTF_8)));
	}

	@Test
	void generarDosVecesDaLoMismo() throws IOException {
		String tablas = Files.readString(MuestraInforme.TABLAS, StandardCharsets.UTF_8);
		assertThat(MuestraInforme.generar(tablas)).isEqualTo(MuestraInforme.generar(tablas));
	}

}
