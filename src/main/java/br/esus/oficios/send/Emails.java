package br.esus.oficios.send;

import br.esus.oficios.read.Formatos;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks a bare e-mail address ({@code nome@dominio}), as the YAML and the municipality files give them: the
 * municipality reader's rule ({@link Formatos#email}), so {@code gerar-oficios.yaml} refuses what a municipality file
 * refuses (e.g. an accent in the domain, which the server would only reject mid-send).
 */
final class Emails {
    private Emails() {
    }

    /** Null when {@code s} is a valid bare address; otherwise what is wrong, in Portuguese. */
    static String problem(String s) {
        if (s == null || s.isBlank()) {
            return "e-mail vazio";
        }
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "o e-mail tem caracteres de controle";
        }
        String rule = Formatos.email(s);
        if (rule != null) {
            return rule;
        }
        try {
            new InternetAddress(s, true).validate();
            return null;
        } catch (AddressException e) {
            return "e-mail inválido: '" + s + "'; escreva como nome@dominio.gov.br";
        }
    }
}
