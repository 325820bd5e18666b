package br.esus.oficios.render;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/** Parses rendered Markdown the way the tool does (flexmark + attributes + tables) and collects what a reader sees. */
final class MarkdownText {

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create(), TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private MarkdownText() {
    }

    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The text of {@code node} as printed: escapes resolved, attribute blocks left out, line breaks as "\n". */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof AttributesNode) {
            return;
        }
        if (node instanceof Text || node instanceof HtmlEntity) {
            sb.append(node.getChars().unescape());
            return;
        }
        if (node instanceof SoftLineBreak) {
            sb.append(' ');
            return;
        }
        if (node instanceof HardLineBreak) {
            sb.append('\n');
            return;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, sb);
        }
    }

    /** The classes ({@code {.x}}) attached to {@code node}. */
    static List<String> classes(Node node) {
        List<String> out = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof AttributesNode a) {
                for (Node n = a.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof AttributeNode an && an.isClass()) {
                        out.add(an.getValue().toString());
                    }
                }
            }
        }
        return out;
    }

    /** Every top-level block. */
    static List<Node> blocks(String markdown) {
        List<Node> out = new ArrayList<>();
        for (Node c = parse(markdown).getFirstChild(); c != null; c = c.getNext()) {
            out.add(c);
        }
        return out;
    }
}
