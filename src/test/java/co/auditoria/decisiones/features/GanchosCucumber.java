package co.auditoria.decisiones.features;

import io.cucumber.java.AfterAll;

/** Al final de la corrida de los features: el informe de cobertura de reglas, y se apaga el servicio local. */
public class GanchosCucumber {

	@AfterAll
	public static void alTerminar() {
		if (!RegistroCobertura.huboEscenarios()) {
			return;
		}
		try {
			RegistroCobertura.escribir(ServicioDePrueba.actual());
		}
		finally {
			ServicioDePrueba.detener();
		}
	}

}
