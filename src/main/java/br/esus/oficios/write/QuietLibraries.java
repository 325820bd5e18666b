package br.esus.oficios.write;

import com.openhtmltopdf.util.XRLog;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logging away from the user's terminal and makes XML factory lookups cheap. Their warnings
 * (missing glyphs, CSS they ignore, no logging back end) mean nothing to a coordinator; every real failure reaches us
 * as an exception. Call {@link #apply()} first thing in {@code main}, before any POI or PDFBox class is loaded; the
 * writers call it too. A value the user set with {@code -D} is kept.
 *
 * <ul>
 *   <li>AWT runs headless: images are only drawn in memory.</li>
 *   <li>POI logs through log4j-api, which without a back end prints "Log4j API could not find a logging provider":
 *       log4j-api is pointed at its own simple logger with every level off.</li>
 *   <li>PDFBox logs through commons-logging, which would pick log4j-api: it gets the no-op logger.</li>
 *   <li>openhtmltopdf logs through JUL: its loggers (and PDFBox's, fontbox's, xmpbox's) are set to OFF.</li>
 *   <li>JAXP is pointed at the JDK's own XML factories: without this every {@code TransformerFactory.newInstance()}
 *       (xmpbox, POI) and {@code SAXParserFactory.newInstance()} scans every jar for a service file, which cost more
 *       than rendering a page.</li>
 * </ul>
 */
public final class QuietLibraries {

    /** Strong references: JUL forgets the level of a logger nobody holds. */
    private static final List<Logger> SILENCED = List.of(
            Logger.getLogger("com.openhtmltopdf"),
            Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"),
            Logger.getLogger("org.apache.xmpbox"));

    /** The class {@code TransformerFactory.newDefaultInstance()} makes in the JDK (17 to 21). */
    static final String JDK_TRANSFORMER_FACTORY = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

    private QuietLibraries() {
    }

    /** Idempotent. */
    public static void apply() {
        // Pictures (the brasão, the checklist marks) are drawn in memory: no window, no dock icon, no display.
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        // The JDK's own XML factories, named by the public newDefaultInstance() rather than by internal class names;
        // but TransformerFactory.newDefaultInstance() costs 40 to 100 ms at start-up (--version, validar), so that one
        // is named (QuietLibrariesTest holds the name to the JDK's).
        setIfAbsent(TransformerFactory.class.getName(), JDK_TRANSFORMER_FACTORY);
        useJdkDefault(DocumentBuilderFactory.class.getName(), () -> DocumentBuilderFactory.newDefaultInstance());
        useJdkDefault(SAXParserFactory.class.getName(), () -> SAXParserFactory.newDefaultInstance());
        for (Logger logger : SILENCED) {
            logger.setLevel(Level.OFF);
        }
        XRLog.setLoggingEnabled(false);
    }

    /** Names the factory class {@code jdkDefault} makes as the one JAXP's {@code newInstance()} returns. */
    private static void useJdkDefault(String key, Supplier<Object> jdkDefault) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, jdkDefault.get().getClass().getName());
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
