package br.esus.oficios.write.pdf;

import com.openhtmltopdf.util.XRLog;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps openhtmltopdf, PDFBox and fontbox from writing to the user's terminal: their warnings (missing glyphs,
 * CSS they ignore) mean nothing to a coordinator, and every real failure reaches us as an exception.
 *
 * <p>PDFBox logs through commons-logging, which would pick Log4j API (POI brings it) and print its
 * "no logging provider" status line; so commons-logging is pointed at its no-op logger. This only works when it
 * runs before the first PDFBox class logs, so the CLI should call {@link #apply()} first thing; the PDF writer
 * calls it too.
 */
public final class QuietLogging {

    /** Strong references: JUL forgets the level of a logger nobody holds. */
    private static final List<Logger> SILENCED = List.of(
            Logger.getLogger("com.openhtmltopdf"),
            Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"),
            Logger.getLogger("org.apache.xmpbox"));

    private QuietLogging() {
    }

    /** Silences the PDF libraries. Idempotent; respects a commons-logging choice made on the command line. */
    public static void apply() {
        if (System.getProperty("org.apache.commons.logging.Log") == null) {
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory",
                    "org.apache.commons.logging.impl.LogFactoryImpl");
        }
        for (Logger logger : SILENCED) {
            logger.setLevel(Level.OFF);
        }
        XRLog.setLoggingEnabled(false);
    }

    /**
     * Points JAXP at the JDK's own XML factories unless the command line chose others. Without this, every
     * {@code TransformerFactory.newInstance()} (xmpbox, twice per PDF) and {@code SAXParserFactory.newInstance()}
     * (openhtmltopdf, once per PDF) scans every jar of the class path for a service file, which cost more than
     * rendering the page. The JDK's factories are what that scan finds anyway when no other XML library is
     * present.
     */
    public static void useJdkXmlFactories() {
        setIfAbsent("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        setIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        setIfAbsent("javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
