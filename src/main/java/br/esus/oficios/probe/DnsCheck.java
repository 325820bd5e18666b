package br.esus.oficios.probe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link Check#DNS}: whether the A records of {@code instalacao.dominio} include {@code instalacao.ipv4}. */
final class DnsCheck {

    private DnsCheck() {
    }

    /** The observation when the YAML has no domain: nothing is asked. */
    static Observation missingDomain(Instant when) {
        return new Observation(Check.DNS, Outcome.NOT_CHECKED, "instalacao.dominio não preenchido", "", "",
                List.of(), when);
    }

    /** The observation of {@code answer}, the A records of {@code target.domain()}. */
    static Observation observe(Target target, DnsAnswer answer, Instant when) {
        String domain = target.domain();
        String expected = target.expectedIpv4();
        String seen = answerText(answer);
        if (answer.kind() != DnsAnswer.Kind.FOUND) {
            Outcome outcome = switch (answer.kind()) {
                case NXDOMAIN, NO_ADDRESS -> Outcome.FAILED;
                default -> Outcome.NOT_CHECKED;
            };
            return new Observation(Check.DNS, outcome, noAddress(domain, answer), answer.asked(), seen, List.of(),
                    when);
        }
        List<String> found = answer.addresses();
        if (expected == null || expected.isBlank()) {
            return new Observation(Check.DNS, Outcome.NOT_CHECKED, "instalacao.ipv4 não preenchido", answer.asked(),
                    seen, List.of(), when);
        }
        if (!found.contains(expected.strip())) {
            return new Observation(Check.DNS, Outcome.FAILED, "o registro A aponta para " + ProbeText.list(found)
                    + ", não para " + expected.strip(), answer.asked(), seen, List.of(), when);
        }
        List<String> others = new ArrayList<>(found);
        others.remove(expected.strip());
        List<String> warnings = others.isEmpty() ? List.of()
                : List.of("o registro A também aponta para " + ProbeText.list(others) + ", que não "
                        + (others.size() == 1 ? "é o servidor" : "são o servidor")
                        + ": parte dos acessos irá para lá");
        return new Observation(Check.DNS, Outcome.PASSED, "o registro A já aponta para o servidor (" + expected.strip()
                + ")", answer.asked(), seen, warnings, when);
    }

    /**
     * Why {@code answer} gave no address for {@code domain}, in Portuguese: "o domínio esus.x.ba.gov.br não existe
     * (NXDOMAIN)", "o servidor DNS 127.0.0.1:5353 não respondeu em 3 s"...
     */
    static String noAddress(String domain, DnsAnswer answer) {
        String via = answer.cnames().isEmpty() ? "o domínio " + domain
                : "o domínio " + domain + " aponta (CNAME) para " + answer.finalName(domain) + ", que";
        String server = answer.server();
        boolean several = server.contains(" e ");
        String servers = (several ? "os servidores DNS " : "o servidor DNS ") + server;
        return switch (answer.kind()) {
            case NXDOMAIN -> via + " não existe (NXDOMAIN)";
            case NO_ADDRESS -> via + " não tem registro A";
            case SERVER_ERROR -> switch (answer.rcode()) {
                case "SERVFAIL" -> "o servidor DNS " + server + " não conseguiu resolver " + domain + " (SERVFAIL)";
                case "REFUSED" -> "o servidor DNS " + server + " recusou a consulta sobre " + domain + " (REFUSED)";
                default -> "o servidor DNS " + server + " respondeu com erro (" + answer.rcode() + ") sobre "
                        + domain;
            };
            case TIMEOUT -> servers + (several ? " não responderam em " : " não respondeu em ")
                    + ProbeText.seconds(answer.timeout());
            case UNREACHABLE -> "não há rota até " + servers + " (sem rede?)";
            case PORT_CLOSED -> servers + (several ? " não atendem" : " não atende") + " consultas DNS (porta "
                    + "fechada)";
            case INVALID_NAME -> "instalacao.dominio não é um nome de domínio válido (" + domain + ")";
            case NO_SERVER -> "nenhum servidor DNS configurado neste computador";
            case FOUND -> throw new IllegalArgumentException("o domínio tem endereço");
        };
    }

    /** What came back, short: "200.10.20.30", "CNAME pec.x.gov.br → 200.10.20.30", "NXDOMAIN". */
    private static String answerText(DnsAnswer answer) {
        String chain = answer.cnames().isEmpty() ? "" : "CNAME " + String.join(" → CNAME ", answer.cnames()) + " → ";
        return chain + switch (answer.kind()) {
            case FOUND -> String.join(", ", answer.addresses());
            case NXDOMAIN -> "NXDOMAIN";
            case NO_ADDRESS -> "sem registro A";
            case SERVER_ERROR -> answer.rcode();
            case TIMEOUT -> "sem resposta em " + ProbeText.seconds(answer.timeout());
            case UNREACHABLE -> "sem rota até o servidor DNS";
            case PORT_CLOSED -> "porta do servidor DNS fechada";
            case INVALID_NAME -> "nome inválido";
            case NO_SERVER -> "nenhum servidor DNS";
        };
    }
}
