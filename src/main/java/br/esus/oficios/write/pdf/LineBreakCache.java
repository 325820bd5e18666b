package br.esus.oficios.write.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The break positions {@link PlainLineBreaker} found for a text, kept for the next time the same text is laid out:
 * openhtmltopdf asks for the breaks of a run of text several times while it lays a paragraph out (to measure it, then
 * to fill each line), and most of a document's text is the template's, the same for every municipality. Finding them
 * runs the regular expressions of {@code TextBreaks}, which were a sixth of the CPU of a batch. The breaks depend only
 * on the text, so a cached answer is the same answer. Holds at most {@link #CAPACITY} texts, the least recently used
 * leaving first, so memory does not grow with the batch. One per {@link RenderState}: used by one thread at a time.
 */
final class LineBreakCache {
    /** A few documents' worth of distinct runs of text (the POP has about 1,500). */
    static final int CAPACITY = 8192;

    private final Map<String, int[]> breaks = new LinkedHashMap<>(2 * CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The breaks of {@code text}, computed by {@link PlainLineBreaker#breaks(String)} the first time. */
    int[] breaks(String text) {
        int[] found = breaks.get(text);
        if (found == null) {
            found = PlainLineBreaker.breaks(text);
            breaks.put(text, found);
        }
        return found;
    }
}
