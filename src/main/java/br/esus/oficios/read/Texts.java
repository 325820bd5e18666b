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
                    if (isControl(c)) {
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
     * C0 and C1 control characters, DEL, the Unicode line and paragraph separators, and the bidirectional
     * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a text show other than it reads.
     */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
