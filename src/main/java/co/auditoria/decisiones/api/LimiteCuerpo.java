package co.auditoria.decisiones.api;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Rechaza con 413 un cuerpo mayor que {@code decisiones.cuerpo.maximo} antes de leerlo: si declara su
 * tamaño, sin leer nada; si llega por partes (chunked), en cuanto lo leído pasa del máximo. Así un cliente
 * no puede llenar la memoria con un solo cuerpo.
 */
class LimiteCuerpo extends OncePerRequestFilter {

	private final long maximo;

	private final long nanosMaximos;

	private final ObjectMapper json;

	LimiteCuerpo(DataSize maximo, Duration tiempoMaximo, ObjectMapper json) {
		this.maximo = maximo.toBytes();
		this.nanosMaximos = tiempoMaximo.toNanos();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest solicitud, HttpServletResponse respuesta, FilterChain cadena)
			throws ServletException, IOException {
		if (solicitud.getContentLengthLong() > maximo) {
			// Cerrar la conexión: el cliente quizá siga enviando un cuerpo que no se va a leer.
			respuesta.setHeader("Connection", "close");
			Problemas.escribir(json, solicitud, respuesta, Problemas.problema(HttpStatus.CONTENT_TOO_LARGE,
					"cuerpo-demasiado-grande", "Cuerpo demasiado grande", mensaje(solicitud.getContentLengthLong())));
			return;
		}
		cadena.doFilter(new Limitada(solicitud, maximo, nanosMaximos), respuesta);
	}

	String mensaje(long bytes) {
		return "El cuerpo " + (bytes > 0 ? "trae " + bytes + " bytes y" : "pasa de") + " el máximo es " + maximo
				+ " bytes";
	}

	/** Lo que la lectura del cuerpo lanza cuando tarda más del máximo; {@link ManejadorErrores} lo vuelve 408. */
	static final class CuerpoDemasiadoLentoException extends IOException {

		CuerpoDemasiadoLentoException(long nanos) {
			super("El cuerpo tardó más de " + Duration.ofNanos(nanos).toSeconds() + " s en llegar");
		}

	}

	/** Lo que la lectura del cuerpo lanza al pasar del máximo; {@link ManejadorErrores} lo vuelve 413. */
	static final class CuerpoDemasiadoGrandeException extends IOException {

		CuerpoDemasiadoGrandeException(long maximo) {
			super("El cuerpo pasa del máximo de " + maximo + " bytes");
		}

	}

	private static final class Limitada extends HttpServletRequestWrapper {

		private final long maximo;

		private final long nanosMaximos;

		private ServletInputStream flujo;

		Limitada(HttpServletRequest solicitud, long maximo, long nanosMaximos) {
			super(solicitud);
			this.maximo = maximo;
			this.nanosMaximos = nanosMaximos;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (flujo == null) {
				flujo = new Contado(super.getInputStream(), maximo, nanosMaximos);
			}
			return flujo;
		}

	}

	private static final class Contado extends ServletInputStream {

		private final ServletInputStream origen;

		private final long maximo;

		private final long limite;

		private final long nanosMaximos;

		private long leidos;

		Contado(ServletInputStream origen, long maximo, long nanosMaximos) {
			this.origen = origen;
			this.maximo = maximo;
			this.nanosMaximos = nanosMaximos;
			this.limite = System.nanoTime() + nanosMaximos;
		}

		@Override
		public int read() throws IOException {
			int b = origen.read();
			if (b >= 0) {
				contar(1);
			}
			return b;
		}

		@Override
		public int read(byte[] destino, int desde, int cuantos) throws IOException {
			int n = origen.read(destino, desde, cuantos);
			if (n > 0) {
				contar(n);
			}
			return n;
		}

		private void contar(int n) throws IOException {
			leidos += n;
			if (leidos > maximo) {
				throw new CuerpoDemasiadoGrandeException(maximo);
			}
			if (System.nanoTime() > limite) {
				throw new CuerpoDemasiadoLentoException(nanosMaximos);
			}
		}

		@Override
		public boolean isFinished() {
			return origen.isFinished();
		}

		@Override
		public boolean isReady() {
			return origen.isReady();
		}

		@Override
		public void setReadListener(ReadListener oyente) {
			origen.setReadListener(oyente);
		}

	}

}
