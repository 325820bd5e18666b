package br.esus.oficios.send;

/** Text made safe for XML and HTML content and attribute values: the e-mail's HTML. */
public final class XmlText {

    private XmlText() {
    }

    /** {@code s} escaped for content and attribute values; "" for null. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendEscaped(sb, s);
        return sb.toString();
    }

    /** Appends {@code s} escaped for XML content and attribute values, without the characters XML 1.0 cannot hold. */
    static void appendEscaped(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        continue; // not allowed in XML 1.0
                    }
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        }
                        continue; // a lone surrogate is dropped
                    }
                    if (Character.isLowSurrogate(c)) {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
    }
}
