package co.auditoria.decisiones.api;

import java.time.LocalDateTime;
import java.util.Iterator;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Cómo se nombran y se leen los esquemas de OpenAPI de los registros del servicio. Cada nombre lleva el paquete
 * de su dominio ({@code invalidez.Siniestro}, {@code glosas.Siniestro}): con el nombre simple, los registros de
 * dominios distintos que se llaman igual se pisaban y un cliente generado recibía el modelo de otro dominio.
 * Una fecha-hora ({@code LocalDateTime}) es {@code yyyy-MM-ddTHH:mm}, sin segundos ni zona: no es el formato
 * {@code date-time} de JSON Schema, así que se publica como texto con su patrón.
 */
final class NombresDeEsquema extends TypeNameResolver {

	private static final String RAIZ = "co.auditoria.decisiones.";

	static ModelConverters convertidores() {
		ModelConverters convertidores = new ModelConverters(true);
		convertidores.getConverters().stream().filter(ModelResolver.class::isInstance).toList()
			.forEach(convertidores::removeConverter);
		convertidores.addConverter(new ModelResolver(Json31.mapper(), new NombresDeEsquema()).openapi31(true));
		convertidores.addConverter(new FechaHora());
		return convertidores;
	}

	@Override
	protected String getNameOfClass(Class<?> clase) {
		String paquete = clase.getPackageName();
		if (!paquete.startsWith(RAIZ)) {
			return super.getNameOfClass(clase);
		}
		String relativo = clase.getName().substring(paquete.length() + 1).replace('$', '.');
		return paquete.substring(paquete.lastIndexOf('.') + 1) + "." + relativo;
	}

	/** {@code LocalDateTime} como texto {@code yyyy-MM-ddTHH:mm}. */
	private static final class FechaHora implements ModelConverter {

		@Override
		public Schema<?> resolve(AnnotatedType tipo, ModelConverterContext contexto, Iterator<ModelConverter> siguientes) {
			if (tipo.getType() == LocalDateTime.class
					|| (tipo.getType() instanceof com.fasterxml.jackson.databind.JavaType java && java.getRawClass() == LocalDateTime.class)) {
				StringSchema texto = new StringSchema();
				texto.pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$").example("2026-04-07T09:30")
					.description("Fecha-hora local de America/Bogota, yyyy-MM-ddTHH:mm");
				return texto;
			}
			return siguientes.hasNext() ? siguientes.next().resolve(tipo, contexto, siguientes) : null;
		}

	}

}
