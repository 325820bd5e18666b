package br.esus.oficios.render;

import java.util.List;

/**
 * What a template produced: the text (Markdown, or the properties file) and warnings for the user, one line each in
 * Portuguese (e.g. a secret that was not in the environment).
 */
public record RenderedText(String text, List<String> warnings) {
    public RenderedText {
        warnings = List.copyOf(warnings);
    }
}
