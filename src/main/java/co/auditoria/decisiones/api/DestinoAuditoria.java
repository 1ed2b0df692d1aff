package co.auditoria.decisiones.api;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Con {@code auditoria.destino=archivo} la auditoría va a su propio archivo con rotación (por día y por tamaño,
 * comprimida, con los días que se guardan), separada del log de la aplicación, sin editar
 * {@code logback-spring.xml}. Por omisión ({@code consola}) sigue en la salida estándar, sola en su línea. La
 * escritura sigue siendo en otro hilo y sin descartar líneas, como la de la consola.
 */
@Component
@ConditionalOnProperty(name = "auditoria.destino", havingValue = "archivo")
class DestinoAuditoria {

	DestinoAuditoria(@Value("${auditoria.archivo:./auditoria/decisiones.log}") String archivo,
			@Value("${auditoria.archivo-tamano-maximo:100MB}") String tamanoMaximo,
			@Value("${auditoria.archivo-dias:90}") int dias) {
		LoggerContext contexto = (LoggerContext) LoggerFactory.getILoggerFactory();
		PatternLayoutEncoder formato = new PatternLayoutEncoder();
		formato.setContext(contexto);
		formato.setPattern("%msg%n");
		formato.setCharset(StandardCharsets.UTF_8);
		formato.start();

		RollingFileAppender<ILoggingEvent> archivoRotado = new RollingFileAppender<>();
		archivoRotado.setContext(contexto);
		archivoRotado.setName("AUDITORIA_ARCHIVO");
		archivoRotado.setFile(archivo);
		archivoRotado.setEncoder(formato);
		SizeAndTimeBasedRollingPolicy<ILoggingEvent> rotacion = new SizeAndTimeBasedRollingPolicy<>();
		rotacion.setContext(contexto);
		rotacion.setParent(archivoRotado);
		rotacion.setFileNamePattern(archivo + ".%d{yyyy-MM-dd}.%i.gz");
		rotacion.setMaxFileSize(FileSize.valueOf(tamanoMaximo));
		rotacion.setMaxHistory(dias);
		rotacion.start();
		archivoRotado.setRollingPolicy(rotacion);
		archivoRotado.start();

		ch.qos.logback.classic.AsyncAppender asincrona = new ch.qos.logback.classic.AsyncAppender();
		asincrona.setContext(contexto);
		asincrona.setName("AUDITORIA_ASINCRONA_ARCHIVO");
		asincrona.setQueueSize(8192);
		asincrona.setDiscardingThreshold(0);
		asincrona.setNeverBlock(false);
		asincrona.setMaxFlushTime(5000);
		asincrona.addAppender(archivoRotado);
		asincrona.start();

		Logger auditoria = contexto.getLogger("AUDITORIA");
		auditoria.detachAndStopAllAppenders();
		auditoria.addAppender(asincrona);
	}

}
