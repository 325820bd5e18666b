package br.esus.oficios.write.docx;

import org.apache.logging.log4j.LogManager;

/** A tiny program that does what the CLI does: silence logging first, then use POI and log through log4j-api. */
public final class QuietMain {

    private QuietMain() {
    }

    public static void main(String[] args) throws Exception {
        LoggingSilencer.silence();
        LogManager.getLogger("org.apache.poi").error("esta mensagem não pode aparecer");
        byte[] docx = new DocxWriter().write(DocxFixtures.checklist());
        System.out.print(docx.length > 0 ? "ok" : "vazio");
    }
}
