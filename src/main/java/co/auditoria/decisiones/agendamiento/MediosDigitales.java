package co.auditoria.decisiones.agendamiento;

/**
 * Lo que el afiliado responde al asesor o al anfitrión sobre sus medios (seed 002, "Protocolos y guiones":
 * "confírmeme si cuenta con un dispositivo móvil Smartphone y con plan de datos o la facilidad de conectarse a
 * una red wifi"). Sin respuesta se supone que tiene smartphone con datos y que no rechaza ningún canal.
 */
public record MediosDigitales(Boolean smartphoneConDatos, Boolean computadorODispositivoFamiliar,
		Boolean rechazaWhatsapp, Boolean rechazaApp) {

	public MediosDigitales {
		smartphoneConDatos = !Boolean.FALSE.equals(smartphoneConDatos);
		computadorODispositivoFamiliar = Boolean.TRUE.equals(computadorODispositivoFamiliar);
		rechazaWhatsapp = Boolean.TRUE.equals(rechazaWhatsapp);
		rechazaApp = Boolean.TRUE.equals(rechazaApp);
	}

	/** Ni smartphone con datos ni computador o dispositivo de un familiar: no puede usar ningún canal digital. */
	public boolean sinMedioDigital() {
		return !smartphoneConDatos && !computadorODispositivoFamiliar;
	}

}
