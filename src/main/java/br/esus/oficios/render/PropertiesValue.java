package br.esus.oficios.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.List;

/**
 * {@code valor_propriedade(x)} and {@code comentario_propriedade(x)} in templates. The first escapes a value for the right-hand side of a {@code .properties} line,
 * following {@link java.util.Properties#load(java.io.Reader)}: backslashes doubled, line breaks and tabs written as
 * escapes (so a value never starts another key), a leading space protected, and every non-ASCII character written
 * as {@code \}{@code uXXXX} (Spring reads {@code application.properties} as ISO-8859-1). The second makes a text
 * safe inside a {@code #} comment line: line breaks become spaces, so the text never starts a key of its own.
 */
final class PropertiesValue implements TemplateMethodModelEx {

    static final String NAME = "valor_propriedade";
    static final String COMMENT_NAME = "comentario_propriedade";

    private final boolean comment;

    PropertiesValue(boolean comment) {
        this.comment = comment;
    }

    String name() {
        return comment ? COMMENT_NAME : NAME;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        String text = TemplateArgs.oneText(name(), arguments);
        return comment ? text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ") : escape(text);
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case ' ' -> sb.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
