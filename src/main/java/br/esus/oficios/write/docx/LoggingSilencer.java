package br.esus.oficios.write.docx;

/**
 * Keeps Apache POI's logging (log4j-api) away from the user's terminal. POI logs through log4j-api; without a
 * logging back end log4j prints "ERROR Log4j API could not find a logging provider." on every run. This points
 * log4j-api at its own simple logger with every level off, before the first POI class asks for a logger.
 *
 * <p>Call {@link #silence()} first thing in {@code main}; {@link DocxWriter} also calls it when it is loaded. A value
 * the user set with {@code -D} on the command line is kept (useful to see POI's messages while debugging).
 */
public final class LoggingSilencer {

    private LoggingSilencer() {
    }

    /** Idempotent; only sets properties nobody set before. */
    public static void silence() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
