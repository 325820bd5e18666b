package br.esus.oficios.doc;

import java.util.List;

/**
 * The one tree every writer reads (like pandoc's AST): the Markdown a template produced, parsed by flexmark
 * and normalised into these immutable blocks, plus what the page around the text needs.
 */
public record Doc(DocMeta meta, List<Block> blocks) {
    public Doc {
        blocks = List.copyOf(blocks);
    }
}
