package br.esus.oficios.read;

import java.text.Normalizer;
import java.util.List;

/**
 * The rules for the text of a single-line value, and what to say when one is broken: one line, no control
 * characters, and the invisible characters and unusual spaces ({@link Texts#isInvisible},
 * {@link Texts#isUnusualSpace}) allowed only in free text, which loses the invisible ones. {@link FieldReader} applies
 * them and reports where.
 */
final class SingleLineText {
    /** Where the invisible characters come from, for the messages. */
    static final String COPIED = " (costuma vir de texto copiado de uma página da web, do Word ou de um PDF)";

    private SingleLineText() {
    }

    /**
     * {@code text} stripped, in one form for every accented letter (a Mac or a PDF may give "a" and a combining
     * accent: see Texts).
     */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** What is wrong with {@code text} as one line (a line break, a tab, a control character), or null. */
    static String lineProblem(String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return "quebra de linha não é permitida; escreva o valor numa linha só (sem | nem >)";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Texts.isControl(c)) {
                return (c == '\t' ? "tabulação" : "caractere de controle " + Texts.nome(c))
                        + " não é permitido no valor; apague-o (use espaços)";
            }
        }
        return null;
    }

    /** What is wrong with the first invisible character or unusual space of a value other than free text, or null. */
    static String invisibleProblem(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Texts.isInvisible(cp) || Texts.isUnusualSpace(cp)) {
                return (Texts.isInvisible(cp) ? "caractere invisível " : "caractere ") + Texts.nome(cp) + " em "
                        + Texts.quote(text) + (Character.isSpaceChar(cp)
                                ? "; troque-o por um espaço comum ou apague-o" : "; apague-o") + COPIED;
            }
        }
        return null;
    }

    /** The warning that the invisible characters of a free text were removed, naming them; null when it has none. */
    static String removedWarning(String text) {
        if (!hasInvisible(text)) {
            return null;
        }
        List<Integer> removidos = text.codePoints().filter(Texts::isInvisible).distinct().boxed().toList();
        boolean um = removidos.size() == 1;
        return (um ? "caractere invisível " : "caracteres invisíveis ") + names(removidos)
                + (um ? " removido" : " removidos") + " do texto; apague-" + (um ? "o" : "os") + " do arquivo"
                + COPIED;
    }

    /** {@code text} without its invisible characters, stripped. */
    static String withoutInvisibles(String text) {
        if (!hasInvisible(text)) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Texts.isInvisible(cp)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** {@code text} in NFC without invisible characters and unusual spaces (a key as the user sees it). */
    static String visible(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        boolean clean = true;
        for (int i = 0; i < nfc.length() && clean; i++) {
            char c = nfc.charAt(i);
            clean = !Texts.isInvisible(c) && !Texts.isUnusualSpace(c);
        }
        if (clean) {
            return nfc;
        }
        StringBuilder out = new StringBuilder();
        nfc.codePoints()
                .filter(cp -> !Texts.isInvisible(cp) && !Texts.isUnusualSpace(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Whether {@code text} has an invisible character: the loop that spares the usual text (none) the streams of
     * {@link #removedWarning} and {@link #withoutInvisibles}, which cost a cold start of {@code validar} some 20 ms.
     * The invisible characters are all in the Basic Multilingual Plane, so a char is enough.
     */
    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Texts.isInvisible(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The invisible characters and unusual spaces of {@code text}, each once: "U+200B (espaço de largura zero)". */
    static String names(String text) {
        return names(text.codePoints().filter(cp -> Texts.isInvisible(cp) || Texts.isUnusualSpace(cp)).distinct()
                .boxed().toList());
    }

    private static String names(List<Integer> chars) {
        List<String> nomes = chars.stream().map(Texts::nome).toList();
        return nomes.size() <= 1 ? String.join("", nomes)
                : String.join(", ", nomes.subList(0, nomes.size() - 1)) + " e " + nomes.get(nomes.size() - 1);
    }
}
