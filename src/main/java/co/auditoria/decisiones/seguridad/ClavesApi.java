package co.auditoria.decisiones.seguridad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Las claves configuradas, ya validadas. Reconoce una clave comparando su SHA-256 con todos los hashes
 * en tiempo constante y sin salir antes, para que el tiempo de respuesta no diga cuánto de un hash se
 * acertó ni en qué posición está la clave.
 */
final class ClavesApi {

	private final List<Registrada> claves;

	private ClavesApi(List<Registrada> claves) {
		this.claves = claves;
	}

	/** Valida la configuración; un hash o un rol mal escrito es un error de arranque, no una clave que no sirve. */
	static ClavesApi de(List<PropiedadesSeguridad.Clave> configuradas) {
		List<Registrada> claves = new ArrayList<>();
		for (int i = 0; i < configuradas.size(); i++) {
			PropiedadesSeguridad.Clave clave = configuradas.get(i);
			String donde = "seguridad.claves[" + i + "]";
			String hash = clave.hash() == null ? "" : clave.hash().trim().toLowerCase(Locale.ROOT);
			if (!hash.matches("[0-9a-f]{64}")) {
				throw new IllegalStateException(donde + ".hash debe ser el SHA-256 de la clave en hexadecimal (64 caracteres)");
			}
			if (clave.roles().isEmpty()) {
				throw new IllegalStateException(donde + ".roles está vacío; use " + List.of(Rol.values()));
			}
			Set<Rol> roles;
			try {
				roles = clave.roles().stream().map(rol -> Rol.valueOf(rol.trim().toUpperCase(Locale.ROOT)))
					.collect(Collectors.toUnmodifiableSet());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(donde + ".roles tiene un rol desconocido " + clave.roles() + "; use "
						+ List.of(Rol.values()), ex);
			}
			String nombre = clave.nombre() == null || clave.nombre().isBlank() ? "clave-" + i : clave.nombre();
			claves.add(new Registrada(nombre, HexFormat.of().parseHex(hash), roles));
		}
		return new ClavesApi(List.copyOf(claves));
	}

	boolean vacia() {
		return claves.isEmpty();
	}

	int cantidad() {
		return claves.size();
	}

	Optional<Registrada> reconocer(String claveEnClaro) {
		byte[] hash = sha256(claveEnClaro);
		Registrada encontrada = null;
		for (Registrada clave : claves) {
			if (MessageDigest.isEqual(clave.hash(), hash) && encontrada == null) {
				encontrada = clave;
			}
		}
		return Optional.ofNullable(encontrada);
	}

	static byte[] sha256(String texto) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(texto.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Registrada(String nombre, byte[] hash, Set<Rol> roles) {
	}

}
