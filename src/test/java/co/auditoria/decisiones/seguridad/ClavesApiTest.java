package co.auditoria.decisiones.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import co.auditoria.decisiones.DecisionesApplication;

/** La configuración de claves: hashes y roles mal escritos no arrancan, y el perfil prod exige claves. */
class ClavesApiTest {

	private static String hash(String clave) {
		return HexFormat.of().formatHex(ClavesApi.sha256(clave));
	}

	@Test
	void reconoceUnaClavePorSuHashYNoOtra() {
		ClavesApi claves = ClavesApi.de(List.of(new PropiedadesSeguridad.Clave("a", hash("uno"), Set.of("DECIDIR")),
				new PropiedadesSeguridad.Clave(null, hash("dos").toUpperCase(), Set.of("admin_reglas", "OPERACION"))));

		assertThat(claves.reconocer("uno")).hasValueSatisfying(clave -> {
			assertThat(clave.nombre()).isEqualTo("a");
			assertThat(clave.roles()).containsExactly(Rol.DECIDIR);
		});
		assertThat(claves.reconocer("dos")).hasValueSatisfying(clave -> {
			assertThat(clave.nombre()).isEqualTo("clave-1");
			assertThat(clave.roles()).containsExactlyInAnyOrder(Rol.ADMIN_REGLAS, Rol.OPERACION);
		});
		assertThat(claves.reconocer("tres")).isEmpty();
		assertThat(claves.reconocer(hash("uno"))).as("el hash no sirve como clave").isEmpty();
	}

	@Test
	void unHashQueNoEsSha256HexOUnRolDesconocidoImpidenArrancar() {
		assertThatThrownBy(() -> ClavesApi.de(List.of(new PropiedadesSeguridad.Clave("a", "clave-en-claro", Set.of("DECIDIR")))))
			.hasMessageContaining("seguridad.claves[0].hash");
		assertThatThrownBy(() -> ClavesApi.de(List.of(new PropiedadesSeguridad.Clave("a", hash("x"), Set.of("DECIDIRR")))))
			.hasMessageContaining("seguridad.claves[0].roles");
		assertThatThrownBy(() -> ClavesApi.de(List.of(new PropiedadesSeguridad.Clave("a", hash("x"), Set.of()))))
			.hasMessageContaining("seguridad.claves[0].roles");
	}

	@Test
	void elPerfilProdNoArrancaSinClaves() {
		SpringApplicationBuilder servicio = new SpringApplicationBuilder(DecisionesApplication.class).profiles("prod")
			.properties("server.port=0", "reglas.vigilar=false", "logging.level.AUDITORIA=WARN");

		assertThatThrownBy(() -> servicio.run().close()).hasStackTraceContaining("El perfil prod exige");
	}

}
