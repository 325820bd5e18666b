package br.esus.oficios.read;

import java.util.Locale;

/** Turns SnakeYAML's English syntax errors into one-line Portuguese messages that say how to fix them. */
final class YamlSyntaxMessages {
    private static final String PREFIX = "erro de sintaxe YAML: ";
    private static final String TAG = "etiqueta YAML (!!binary, !!str…) não aceita; tire a etiqueta e, se preciso, "
            + "coloque o valor entre aspas";

    private YamlSyntaxMessages() {
    }

    /** A value tagged {@code !!binary}, which no value of ours is. */
    static String binaryTag() {
        return PREFIX + TAG;
    }

    /** A key that is not a name: {@code ? [a]: b}, or an alias ({@code *a: b}). */
    static String complexKey() {
        return PREFIX + "chave que não é um nome (? ou [ ] no lugar da chave); escreva `chave: valor`";
    }

    static String translate(String problem) {
        String p = problem == null ? "" : problem.replaceAll("\\s+", " ").strip();
        String l = p.toLowerCase(Locale.ROOT);
        String what;
        if (l.contains("tab")) {
            what = "tabulação usada para indentar; use espaços (2 por nível)";
        } else if (l.contains("mapping values are not allowed")) {
            what = "dois-pontos inesperado; se o valor contém \": \", coloque-o entre aspas, e confira a indentação";
        } else if (l.contains("could not find expected ':'")) {
            what = "falta o dois-pontos depois da chave (escreva `chave: valor`), ou há aspas abertas na linha "
                    + "anterior";
        } else if (l.contains("end of stream") && l.contains("quot")) {
            what = "aspas abertas e não fechadas; feche as aspas do valor";
        } else if (l.contains("found unexpected end of stream") || l.contains("'<stream end>'")) {
            what = "fim do arquivo inesperado; feche as aspas ou colchetes abertos";
        } else if (l.contains("expected ',' or ']'")) {
            what = "lista entre colchetes não fechada; feche com ]";
        } else if (l.contains("expected ',' or '}'")) {
            what = "bloco entre chaves não fechado; feche com }";
        } else if (l.contains("but found '<scalar>'")) {
            what = "valor fora do lugar; confira se ficou aspa aberta numa linha acima e se as chaves do mesmo "
                    + "bloco estão na mesma coluna";
        } else if (l.contains("expected <block end>") || l.contains("did not find expected key")
                || l.contains("expected <block mapping start>")) {
            what = "indentação inconsistente; alinhe as chaves do mesmo bloco na mesma coluna, com espaços";
        } else if (l.contains("found character '@'") || l.contains("found character '`'")) {
            what = "um valor não pode começar com @ ou `; coloque-o entre aspas";
        } else if (l.contains("special characters are not allowed")) {
            what = "caractere de controle no arquivo; apague-o (ou salve o arquivo de novo como texto UTF-8)";
        } else if (l.contains("found undefined tag handle") || l.contains("found unknown escape")) {
            what = "sequência com ! ou \\ não reconhecida; coloque o valor entre aspas simples";
        } else if (l.contains("found duplicate anchor") || l.contains("found undefined alias")) {
            what = "âncoras e referências YAML (& e *) não são aceitas; escreva os valores por extenso";
        } else if (l.contains("!!")) {
            what = TAG;
        } else {
            // The library's own words (English, with its class names) never reach the user.
            return "erro de sintaxe YAML; confira a indentação (espaços), as aspas e os dois-pontos";
        }
        return PREFIX + what;
    }
}
