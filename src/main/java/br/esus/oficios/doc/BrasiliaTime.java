package br.esus.oficios.doc;

import java.time.LocalDate;
import java.util.TimeZone;

/** Brasília time, the time of the documents' dates ({@link DocMeta#ZONE}), and today's date by it. */
public final class BrasiliaTime {
    /** The name of Brasília time in the time zone database. */
    public static final String ZONE_ID = "America/Sao_Paulo";

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private BrasiliaTime() {
    }

    /**
     * Today in Brasília time, by {@link TimeZone} and not by java.time's {@code ZoneId}: the first {@code ZoneId} of a
     * run starts java.time's zone rules provider, which looks for other providers in every jar of the class path
     * (in the package, reading the whole index of the libraries' jar: README, "Desempenho"). Both read the same time
     * zone database of the Java runtime.
     */
    public static LocalDate today() {
        long now = System.currentTimeMillis();
        long local = now + TimeZone.getTimeZone(ZONE_ID).getOffset(now);
        return LocalDate.ofEpochDay(Math.floorDiv(local, MILLIS_PER_DAY));
    }
}
