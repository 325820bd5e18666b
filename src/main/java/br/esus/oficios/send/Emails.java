package br.esus.oficios.send;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks a bare e-mail address ({@code nome@dominio}), as the YAML and the municipality files give them. */
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
        if (!s.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
            return "e-mail inválido: '" + s + "' (escreva só o endereço, ex.: fulano@saude.ba.gov.br)";
        }
        try {
            new InternetAddress(s, true).validate();
            return null;
        } catch (AddressException e) {
            return "e-mail inválido: '" + s + "'";
        }
    }
}
