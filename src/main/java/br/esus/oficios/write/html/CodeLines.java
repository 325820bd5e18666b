package br.esus.oficios.write.html;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Shell;

/**
 * A code block: each source line as a block of its own ({@code linha}), so that a command the page is too narrow for
 * wraps with a hanging indent and is told from the next command. An indented line keeps its spaces as text (copied
 * commands keep them) and gets {@code recuo-2} … {@code recuo-16} (its indentation in spaces, by twos), so that its
 * continuation is indented from where the line starts. The line is one text, with no element inside: the PDF then
 * draws (and gives back, when copied) its text in order. The lines of a command broken with its shell's continuation
 * go in a {@code comando}, kept on one page: copied across a page break, the command would take the page number
 * along.
 */
final class CodeLines {

    private CodeLines() {
    }

    static void write(StringBuilder out, Block.CodeBlock c) {
        String code = c.text().endsWith("\n") ? c.text().substring(0, c.text().length() - 1) : c.text();
        Shell shell = Shell.ofLanguage(c.language()).orElse(null);
        String[] lines = code.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").split("\n", -1);
        boolean command = false;
        for (String line : lines) {
            boolean continues = shell != null && shell.continues(line);
            if (continues && !command) {
                out.append("<span class=\"comando\">");
                command = true;
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            int step = Math.min(indent / 2, 8) * 2;
            out.append(step == 0 ? "<span class=\"linha\">" : "<span class=\"linha recuo-" + step + "\">");
            XmlText.appendEscaped(out, line);
            out.append("</span>");
            if (command && !continues) {
                out.append("</span>");
                command = false;
            }
        }
        if (command) {
            out.append("</span>");
        }
    }
}
