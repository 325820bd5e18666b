package br.esus.oficios.read;

import br.esus.oficios.model.SistemaOperacional;

/**
 * {@code instalacao.pasta}: the PEC's installation folder, from which the POP and the scripts build every PEC path.
 * It goes into shell commands, so only an absolute path made of characters that need no escaping beyond quotes is
 * accepted; a final separator is dropped.
 */
final class PastaPec {

    /** Characters that a shell would read as something other than part of a file name. */
    private static final String PROIBIDOS = "'\"`$;&|<>*?!%{}[]";

    private PastaPec() {
    }

    /** @return the problem, or null when {@code text} is a usable folder for {@code so} */
    static String check(String text, SistemaOperacional so) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return "a pasta tem um caractere de controle; escreva só o caminho da pasta do PEC";
            }
            if (PROIBIDOS.indexOf(c) >= 0) {
                return "a pasta tem o caractere " + c + ", que os comandos do POP não aceitam; use uma pasta sem "
                        + "aspas nem símbolos (" + PROIBIDOS + ")";
            }
        }
        if (so == SistemaOperacional.WINDOWS) {
            if (!text.matches("[A-Za-z]:[\\\\/].*")) {
                return "pasta " + Texts.quote(text) + " não é um caminho completo do Windows; escreva como "
                        + SistemaOperacional.WINDOWS.pastaPecPadrao();
            }
        } else if (so == SistemaOperacional.LINUX) {
            if (!text.startsWith("/") || text.contains("\\")) {
                return "pasta " + Texts.quote(text) + " não é um caminho completo do Linux; escreva como "
                        + SistemaOperacional.LINUX.pastaPecPadrao();
            }
        }
        if (normalizar(text, so).equals(so == SistemaOperacional.WINDOWS ? text.substring(0, 2) : "")) {
            return "pasta " + Texts.quote(text) + " é a raiz do disco; escreva a pasta onde o PEC foi instalado";
        }
        return null;
    }

    /** The folder with the system's separator and no final separator ({@code C:/e-SUS/} → {@code C:\e-SUS}). */
    static String normalizar(String text, SistemaOperacional so) {
        String p = so == SistemaOperacional.WINDOWS ? text.replace('/', '\\') : text;
        char sep = so == SistemaOperacional.WINDOWS ? '\\' : '/';
        while (p.length() > 0 && p.charAt(p.length() - 1) == sep) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
