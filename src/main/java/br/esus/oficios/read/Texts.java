package br.esus.oficios.read;

/** Small text helpers for messages: values are shown quoted, on one line, and never too long. */
final class Texts {
    private static final int MAX_SHOWN = 60;

    private Texts() {
    }

    /** The value in double quotes, control characters written as {@code \n}, {@code \t} or {@code U+0001}. */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length() && shown < MAX_SHOWN; i++, shown++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (isControl(c) || isInvisible(c) || isUnusualSpace(c)) {
                        sb.append(String.format("U+%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (value.length() > MAX_SHOWN) {
            sb.append('…');
        }
        return sb.append('"').toString();
    }

    /** A key or value shown between backquotes, sanitised like {@link #quote}. */
    static String code(String value) {
        String q = quote(value);
        return "`" + q.substring(1, q.length() - 1) + "`";
    }

    /**
     * A character as messages name it: {@code U+000B (tabulação vertical)}, or {@code U+0001} when it has no name a
     * coordinator would know.
     */
    static String nome(int cp) {
        String nome = switch (cp) {
            case 0x00 -> "caractere nulo";
            case 0x07 -> "sinal sonoro";
            case 0x08 -> "retrocesso";
            case 0x09 -> "tabulação";
            case 0x0A -> "quebra de linha";
            case 0x0B -> "tabulação vertical";
            case 0x0C -> "quebra de página";
            case 0x0D -> "retorno de carro";
            case 0x1B -> "escape";
            case 0x7F -> "apagar";
            case 0x85 -> "próxima linha";
            case 0xA0 -> "espaço não separável";
            case 0xAD -> "hífen opcional";
            case 0x034F -> "agrupador de grafemas";
            case 0x061C -> "marca de direção árabe";
            case 0x180E -> "separador de vogal mongol";
            case 0x2007 -> "espaço de algarismo";
            case 0x2009 -> "espaço fino";
            case 0x200A -> "espaço finíssimo";
            case 0x200B -> "espaço de largura zero";
            case 0x200C -> "separador de largura zero";
            case 0x200D -> "agrupador de largura zero";
            case 0x200E -> "marca de escrita da esquerda para a direita";
            case 0x200F -> "marca de escrita da direita para a esquerda";
            case 0x2028 -> "separador de linha";
            case 0x2029 -> "separador de parágrafo";
            case 0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069 -> "mudança da direção do texto";
            case 0x202E -> "inversão da direção do texto";
            case 0x202F -> "espaço estreito não separável";
            case 0x205F -> "espaço matemático";
            case 0x2060 -> "junção de palavras";
            case 0x2061, 0x2062, 0x2063, 0x2064 -> "operador matemático invisível";
            case 0x3000 -> "espaço ideográfico";
            case 0xFEFF -> "marca de ordem de bytes (BOM)";
            default -> cp >= 0x2000 && cp <= 0x2006 || cp == 0x2008 || cp == 0x1680 ? "espaço especial" : null;
        };
        return String.format("U+%04X", cp) + (nome == null ? "" : " (" + nome + ")");
    }

    /**
     * Characters that print nothing and mean nothing in a Portuguese text, which text copied from a web page, Word or
     * a PDF carries: the soft hyphen, zero-width space, word joiner, BOM, direction marks and the like. Free text
     * loses them (with a warning); a name that becomes a folder, a code, an e-mail or a domain that has one is refused.
     */
    static boolean isInvisible(int cp) {
        return cp == 0xAD || cp == 0x034F || cp == 0x061C || cp == 0x180E || cp == 0x200B || cp == 0x200E
                || cp == 0x200F || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF;
    }

    /**
     * Characters a free text may keep but a name that becomes a folder, a code, an e-mail or a domain may not: spaces
     * other than the plain one (U+00A0, U+202F...) and the zero-width joiner and non-joiner (which emoji sequences and
     * some scripts need).
     */
    static boolean isUnusualSpace(int cp) {
        return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x200C || cp == 0x200D
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /**
     * C0 and C1 control characters, DEL, the Unicode line and paragraph separators, and the bidirectional
     * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a text show other than it reads.
     */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
