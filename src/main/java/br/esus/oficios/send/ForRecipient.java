package br.esus.oficios.send;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import java.util.ArrayList;
import java.util.List;

/**
 * The document as its recipient reads it in the body of the e-mail: without the paragraphs the template marked
 * {@code {.interna}} (notes for the coordinator who prints the document, such as where to open the ticket or that it
 * must not be sent yet). The attached PDF and DOCX, and the files in {@code output/}, keep them.
 */
final class ForRecipient {
    private ForRecipient() {
    }

    static Doc of(Doc doc) {
        return new Doc(doc.meta(), blocks(doc.blocks()));
    }

    private static List<Block> blocks(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (Block b : in) {
            if (b instanceof Block.Paragraph p && p.internal()) {
                continue;
            }
            if (b instanceof Block.ListBlock l) {
                List<Block.ListItem> items = new ArrayList<>();
                for (Block.ListItem item : l.items()) {
                    List<Block> kept = blocks(item.blocks());
                    if (!kept.isEmpty()) {
                        items.add(new Block.ListItem(kept));
                    }
                }
                if (!items.isEmpty()) {
                    out.add(new Block.ListBlock(l.ordered(), l.start(), items));
                }
            } else if (b instanceof Block.Quote q) {
                List<Block> kept = blocks(q.blocks());
                if (!kept.isEmpty()) {
                    out.add(new Block.Quote(kept));
                }
            } else {
                out.add(b);
            }
        }
        return out;
    }
}
