package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.send.SendResult;
import br.esus.oficios.send.SendResult.Line;
import br.esus.oficios.send.SendResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines and the summary {@code enviar} prints, and the verdict its exit code comes from. */
class SendReportTest {
    private static SendResult result(Outcome... outcomes) {
        List<Line> lines = new ArrayList<>();
        for (Outcome o : outcomes) {
            lines.add(new Line("Santo Amaro/BA", "oficio-dominio", o, "x", null, null));
        }
        return new SendResult(lines, "smtp.x.gov.br:587");
    }

    @Test
    void theSummaryUsesPortuguesePluralsAndLeavesOutWhatDidNotHappen() {
        assertEquals("enviar: 2 enviados, 1 já enviado (recusado), 1 não enviado",
                SendReport.summary(result(Outcome.ENVIADO, Outcome.ENVIADO, Outcome.JA_ENVIADO, Outcome.FALHOU), false, 0));
        assertEquals("enviar: 1 enviado", SendReport.summary(result(Outcome.ENVIADO), false, 0));
        assertEquals("enviar: 0 enviados, 2 já enviados (recusados)",
                SendReport.summary(result(Outcome.JA_ENVIADO, Outcome.JA_ENVIADO), false, 0));
        assertEquals("enviar: 0 enviados", SendReport.summary(result(), false, 0));
    }

    @Test
    void simulationsAndDocumentsThatNeverGotHereAreCounted() {
        assertEquals("enviar: 1 simulado, 1 já enviado (recusado)",
                SendReport.summary(result(Outcome.SIMULADO, Outcome.JA_ENVIADO), true, 0));
        assertEquals("enviar: 2 simulados, 2 não enviados",
                SendReport.summary(result(Outcome.SIMULADO, Outcome.SIMULADO, Outcome.NAO_MONTADO), true, 1));
        assertEquals("enviar: 0 enviados, 1 não enviado", SendReport.summary(result(), false, 1));
    }

    @Test
    void whatWasNotTriedSaysWhy() {
        SendResult r = result(Outcome.ENVIADO, Outcome.FALHOU, Outcome.NAO_TENTADO, Outcome.NAO_TENTADO);
        assertEquals("enviar: 1 enviado, 3 não enviados (2 nem tentados depois da falha do servidor "
                + "smtp.x.gov.br:587)", SendReport.summary(r, false, 0));
        assertEquals(SendResult.Verdict.NOT_DELIVERED, result(Outcome.NAO_TENTADO).verdict());
    }

    @Test
    void unknownOutcomesAreCountedApartAndExitWith3() {
        SendResult r = result(Outcome.ENVIADO, Outcome.INCERTO, Outcome.INCERTO_ANTERIOR, Outcome.NAO_TENTADO);
        assertEquals("enviar: 1 enviado, 2 envios incertos (confira antes de reenviar), 1 não enviado (1 nem tentado "
                + "depois da falha do servidor smtp.x.gov.br:587)", SendReport.summary(r, false, 0));
        assertEquals(SendResult.Verdict.NOT_DELIVERED, result(Outcome.INCERTO).verdict());
        assertEquals(SendResult.Verdict.NOT_DELIVERED, result(Outcome.JA_ENVIADO, Outcome.INCERTO_ANTERIOR).verdict());
        assertEquals("envio incerto: Santo Amaro/BA oficio-dominio: x", SendReport.line(result(Outcome.INCERTO).lines().get(0)));
    }
}
