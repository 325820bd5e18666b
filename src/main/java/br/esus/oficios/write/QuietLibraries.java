package br.esus.oficios.write;

import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logging away from the user's terminal and makes XML factory lookups cheap. Their warnings
 * (missing glyphs, no logging back end) mean nothing to a coordinator; every real failure reaches us
 * as an exception. Call {@link #properties()} first thing in {@code main}, before any POI or PDFBox class is loaded:
 * it only sets system properties, so a command that writes nothing ({@code --version}, {@code validar}, {@code novo})
 * loads no logging or XML machinery for it. The writers call {@link #apply()}, which also turns off the JUL loggers
 * of PDFBox, fontbox and xmpbox. A value the user set with {@code -D} is kept.
 *
 * <ul>
 *   <li>AWT runs headless: images are only drawn in memory.</li>
 *   <li>POI logs through log4j-api, which without a back end prints "Log4j API could not find a logging provider":
 *       log4j-api is pointed at its own simple logger with every level off.</li>
 *   <li>PDFBox logs through commons-logging, which would pick log4j-api: it gets the no-op logger.</li>
 *   <li>the JUL loggers of PDFBox, fontbox and xmpbox are set to OFF.</li>
 *   <li>picocli does not look for Groovy's {@code Closure} class (for closures in annotations, which we do not
 *       use): a class that is not there is looked for in every jar of the class path, and in the package that is
 *       reading the whole index of the libraries' jar at every start (README, "Desempenho").</li>
 *   <li>JAXP is pointed at the JDK's own XML factories: without this every {@code TransformerFactory.newInstance()}
 *       (xmpbox, POI) and {@code SAXParserFactory.newInstance()} scans every jar for a service file, which cost more
 *       than rendering a page.</li>
 * </ul>
 */
public final class QuietLibraries {

    /** The class {@code TransformerFactory.newDefaultInstance()} makes in the JDK (17 to 25). */
    static final String JDK_TRANSFORMER_FACTORY = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";
    /** The class {@code DocumentBuilderFactory.newDefaultInstance()} makes in the JDK (17 to 25). */
    static final String JDK_DOCUMENT_BUILDER_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl";
    /** The class {@code SAXParserFactory.newDefaultInstance()} makes in the JDK (17 to 25). */
    static final String JDK_SAX_PARSER_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl";

    private QuietLibraries() {
    }

    /** The system properties, and the libraries' JUL loggers off. Idempotent. */
    public static void apply() {
        properties();
        for (Logger logger : Silenced.LOGGERS) {
            logger.setLevel(Level.OFF);
        }
    }

    /** Only the system properties: no class of a library is loaded. Idempotent. */
    public static void properties() {
        // Pictures (the brasão, the checklist marks) are drawn in memory: no window, no dock icon, no display.
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        // The JDK's own XML factories, by the names of the classes its newDefaultInstance() makes: asking
        // newDefaultInstance() for them costs 40 to 100 ms at start-up (--version, validar), and QuietLibrariesTest
        // holds the names to the JDK's.
        setIfAbsent(TransformerFactory.class.getName(), JDK_TRANSFORMER_FACTORY);
        setIfAbsent(DocumentBuilderFactory.class.getName(), JDK_DOCUMENT_BUILDER_FACTORY);
        setIfAbsent(SAXParserFactory.class.getName(), JDK_SAX_PARSER_FACTORY);
        setIfAbsent("picocli.disable.closures", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * The JUL loggers {@link #apply()} turns off, made on its first call: a {@code Logger.getLogger} starts JUL's
     * LogManager, which looks for a logging back end in every jar; made when this class is initialised, they cost
     * that search to every command, {@code validar} and {@code --version} included.
     */
    private static final class Silenced {
        /** Strong references: JUL forgets the level of a logger nobody holds. */
        static final List<Logger> LOGGERS = List.of(
                Logger.getLogger("org.apache.pdfbox"),
                Logger.getLogger("org.apache.fontbox"),
                Logger.getLogger("org.apache.xmpbox"));
    }
}
