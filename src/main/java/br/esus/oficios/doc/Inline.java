package br.esus.oficios.doc;

import java.util.List;

/** Inline content of paragraphs, headings and table cells. */
public sealed interface Inline {

    /** The text of inline content without formatting (marks as their Markdown text, line breaks as newlines). */
    static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline in : inlines) {
            if (in instanceof Text t) {
                sb.append(t.text());
            } else if (in instanceof Strong s) {
                sb.append(plainText(s.content()));
            } else if (in instanceof Emphasis e) {
                sb.append(plainText(e.content()));
            } else if (in instanceof Code c) {
                sb.append(c.text());
            } else if (in instanceof Link l) {
                sb.append(plainText(l.content()));
            } else if (in instanceof LineBreak) {
                sb.append('\n');
            } else if (in instanceof Mark m) {
                sb.append(m.symbol().markdown());
            }
        }
        return sb.toString();
    }

    record Text(String text) implements Inline {
    }

    /** Bold. */
    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** Italic (the Manual keeps it for foreign words). */
    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    /** Monospace text: a path, a command, a key. */
    record Code(String text) implements Inline {
    }

    record Link(String url, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /** A forced line break inside a paragraph (endereçamento, signature). */
    record LineBreak() implements Inline {
    }

    /**
     * A status mark of the checklist, or an empty tick box. Writers draw it (never rely on an emoji font);
     * Markdown writes {@link Symbol#markdown()}.
     */
    record Mark(Symbol symbol) implements Inline {
    }

    /**
     * The marks a document can hold: the one place where each checklist status gets its mark (the text Markdown and
     * the terminal use) and its label (what a reader sees, the DOCX's and the PDF's alternative text). Writers draw
     * the marks themselves; {@link br.esus.oficios.model.Status} names its mark here.
     */
    enum Symbol {
        CONCLUIDO("✅", "concluído"),
        PENDENTE_BAIXA("⏸️", "pendente (baixa prioridade)"),
        PENDENTE_ALTA("🚩", "pendente (alta prioridade)"),
        NAO_SE_APLICA("➖", "não se aplica"),
        CAIXA_VAZIA("☐", "a marcar");

        private final String markdown;
        private final String label;

        Symbol(String markdown, String label) {
            this.markdown = markdown;
            this.label = label;
        }

        /** The mark as text, in Markdown and on the terminal (✅ ⏸️ 🚩 ➖ ☐). */
        public String markdown() {
            return markdown;
        }

        /** What the mark means, e.g. "pendente (alta prioridade)". */
        public String label() {
            return label;
        }
    }
}
