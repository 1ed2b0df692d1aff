package co.auditoria.decisiones.engine;

import java.time.Instant;
import java.util.List;

/** Evento: una recarga no compiló y siguen activas las reglas de {@code versionActiva}. */
public record RecargaRechazada(String quien, String versionActiva, List<ErrorRegla> errores, Instant cuando) {
}
