package co.auditoria.decisiones.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Las propiedades del servicio, para compararlas con los manifiestos. */
final class Propiedades {

	private Propiedades() {
	}

	static Map<String, String> del(String archivo) throws IOException {
		Properties propiedades = new Properties();
		try (Reader lector = Files.newBufferedReader(Path.of("src", "main", "resources", archivo), StandardCharsets.UTF_8)) {
			propiedades.load(lector);
		}
		Map<String, String> mapa = new TreeMap<>();
		propiedades.forEach((clave, valor) -> mapa.put((String) clave, (String) valor));
		return mapa;
	}

	/** Los nombres de propiedades ({@code reglas.exigir-al-arrancar}, {@code spring.profiles.active}) que nombra un texto. */
	static Stream<String> nombradasEn(Path documento) throws IOException {
		Matcher nombre = Pattern.compile("\\b[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\b").matcher(Files.readString(documento));
		List<String> nombres = new ArrayList<>();
		while (nombre.find()) {
			nombres.add(nombre.group());
		}
		return nombres.stream();
	}

}
