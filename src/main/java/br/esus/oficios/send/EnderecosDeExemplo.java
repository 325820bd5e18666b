package br.esus.oficios.send;

import br.esus.oficios.generate.Precheck;
import br.esus.oficios.model.Problem;
import br.esus.oficios.read.YamlNode;
import br.esus.oficios.read.YamlTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * E-mail addresses at names reserved for examples and tests (RFC 2606 and RFC 6761: the top-level names
 * {@code .example}, {@code .test}, {@code .invalid} and {@code .localhost}, and {@code example.com}, {@code example.net},
 * {@code example.org} with their subdomains). The example configuration and the example municipalities use them, so
 * that no example can mail a real agency; {@code enviar} (but not {@code enviar --simular}) refuses to send while one
 * of them is still in place.
 */
public final class EnderecosDeExemplo {
    private static final List<String> NOMES_DE_TOPO = List.of("example", "test", "invalid", "localhost");
    private static final List<String> DOMINIOS = List.of("example.com", "example.net", "example.org");

    private EnderecosDeExemplo() {
    }

    /**
     * The reserved name {@code email}'s domain falls under, as the user would recognise it ({@code .example},
     * {@code example.org}); null when the address is not at a reserved name.
     */
    public static String reservado(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        String dominio = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        if (dominio.endsWith(".")) {
            dominio = dominio.substring(0, dominio.length() - 1);
        }
        for (String d : DOMINIOS) {
            if (dominio.equals(d) || dominio.endsWith("." + d)) {
                return d;
            }
        }
        String topo = dominio.substring(dominio.lastIndexOf('.') + 1);
        return NOMES_DE_TOPO.contains(topo) ? "." + topo : null;
    }

    /**
     * What to tell the user about {@code email} at a reserved name, ending with how to fix it; null when it is not at
     * one.
     */
    public static String problema(String email) {
        String r = reservado(email);
        if (r == null) {
            return null;
        }
        return "endereço de exemplo \"" + email + "\": o domínio " + r + " é reservado para exemplos e não recebe "
                + "e-mail; troque-o pelo endereço de verdade antes de enviar (com --simular, que não envia nada, os "
                + "exemplos são aceitos)";
    }

    /**
     * {@code enviar}'s check before generating a municipality's documents: the recipients of the file still at
     * names reserved for examples, as errors at their place: {@code orgao_dominio.email} (the ofício's addressee;
     * only when {@code oficio} is sent) and {@code contato.email} (copied on every message). The addresses are
     * those the reader already read; the file is parsed again only to say where one is.
     */
    public static Precheck beforeSending(boolean oficio) {
        return (input, m) -> {
            boolean any = oficio && m.orgaoDominio() != null && reservado(m.orgaoDominio().email()) != null
                    || m.contato() != null && reservado(m.contato().email()) != null;
            return any ? noMunicipio(input.path(), input.shown(), oficio) : List.of();
        };
    }

    /**
     * The example addresses of a municipality file at their places. Empty when there is none, or when the file
     * cannot be read or parsed (reading it reports that).
     *
     * @param shown the file as messages name it
     */
    private static List<Problem> noMunicipio(Path file, Path shown, boolean oficio) {
        List<Problem> out = new ArrayList<>();
        YamlNode.Mapping root;
        try {
            root = new YamlTree().parse(shown, Files.readAllBytes(file), new ArrayList<>(), "");
        } catch (IOException | RuntimeException e) {
            return out;
        }
        if (root == null) {
            return out;
        }
        if (oficio) {
            destinatario(root, "orgao_dominio", shown, out);
        }
        destinatario(root, "contato", shown, out);
        return out;
    }

    private static void destinatario(YamlNode.Mapping root, String bloco, Path shown, List<Problem> out) {
        if (root.entries().get(bloco) instanceof YamlNode.Mapping m
                && m.entries().get("email") instanceof YamlNode.Scalar s && !s.blank()) {
            String p = problema(s.text().strip());
            if (p != null) {
                out.add(Problem.error(shown, s.line(), s.column(), bloco + ".email", p));
            }
        }
    }
}
