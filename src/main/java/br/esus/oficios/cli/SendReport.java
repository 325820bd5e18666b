package br.esus.oficios.cli;

import br.esus.oficios.send.SendResult;
import br.esus.oficios.send.SendResult.Outcome;

/** What {@code enviar} prints about its messages: one line for each, then the summary. */
public final class SendReport {

    private SendReport() {
    }

    /** One line for the terminal, e.g. {@code enviado: Santo Amaro/BA oficio-dominio: para ...}. */
    public static String line(SendResult.Line l) {
        String label = switch (l.outcome()) {
            case ENVIADO -> "enviado";
            case SIMULADO -> "simulação";
            case JA_ENVIADO -> "já enviado";
            case FALHOU, NAO_TENTADO, NAO_MONTADO -> "não enviado";
            case INCERTO, INCERTO_ANTERIOR -> "envio incerto";
        };
        return label + ": " + l.municipio() + " " + l.documento() + ": " + l.mensagem();
    }

    /**
     * The last line of the run, e.g. {@code enviar: 2 enviados, 1 já enviado (recusado), 1 não enviado}; with
     * {@code simulate}, "simulados" instead of "enviados". Unknown outcomes, of this run or of an earlier one, are
     * counted apart: {@code 1 envio incerto (confira antes de reenviar)}.
     *
     * @param notSentBefore documents that did not even get here (pending prerequisites, a file or a document that
     *        failed): counted as not sent
     */
    public static String summary(SendResult r, boolean simulate, int notSentBefore) {
        long ok = r.count(simulate ? Outcome.SIMULADO : Outcome.ENVIADO);
        long dup = r.count(Outcome.JA_ENVIADO);
        long notTried = r.count(Outcome.NAO_TENTADO);
        long notSent = notSentBefore + notTried + r.count(Outcome.FALHOU) + r.count(Outcome.NAO_MONTADO);
        long uncertain = r.count(Outcome.INCERTO) + r.count(Outcome.INCERTO_ANTERIOR);
        StringBuilder sb = new StringBuilder("enviar: ");
        sb.append(plural(ok, simulate ? "simulado" : "enviado", simulate ? "simulados" : "enviados"));
        if (dup > 0) {
            sb.append(", ").append(plural(dup, "já enviado (recusado)", "já enviados (recusados)"));
        }
        if (uncertain > 0) {
            sb.append(", ").append(plural(uncertain, "envio incerto", "envios incertos"))
                    .append(" (confira antes de reenviar)");
        }
        if (notSent > 0) {
            sb.append(", ").append(plural(notSent, "não enviado", "não enviados"));
            if (notTried > 0) {
                sb.append(" (").append(plural(notTried, "nem tentado", "nem tentados"))
                        .append(" depois da falha do servidor ").append(r.servidor()).append(')');
            }
        }
        return sb.toString();
    }

    /** {@code 1 one}, {@code n many}: the count and the word agreeing with it. */
    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
