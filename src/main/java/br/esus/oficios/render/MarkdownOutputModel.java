package br.esus.oficios.render;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of already-escaped Markdown inside FreeMarker (see {@link MarkdownOutputFormat}). */
public final class MarkdownOutputModel extends CommonTemplateMarkupOutputModel<MarkdownOutputModel> {

    MarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
