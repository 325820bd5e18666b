package br.esus.oficios.write;

import br.esus.oficios.doc.Doc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A writer that gives back what it wrote for a document tree equal to one of the last it wrote, without writing it
 * again: for {@code vigiar}, where a save usually changes one document of a municipality and the others (above all
 * the 17-page POP, the slowest PDF) come out of the templates exactly as before.
 *
 * <p>Exact, because every writer is a function of the tree alone (the date is in the tree; the same tree gives the
 * same bytes, as the byte-for-byte comparisons of the output show) and the trees are records compared by value. The
 * tree names the brasão by its path; {@code vigiar} makes its writers, and with them this memory, again when the
 * templates, the font or a brasão change.
 */
public final class RememberingWriter implements DocWriter {
    /** Documents remembered: the last municipalities saved, 4 documents each. */
    static final int REMEMBERED = 32;

    private final DocWriter writer;
    private final Map<Doc, Written> last = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Doc, Written> eldest) {
            return size() > REMEMBERED;
        }
    };

    public RememberingWriter(DocWriter writer) {
        this.writer = writer;
    }

    @Override
    public String format() {
        return writer.format();
    }

    @Override
    public void prepare() {
        writer.prepare();
    }

    @Override
    public List<String> warnings() {
        return writer.warnings();
    }

    @Override
    public DocWriter withoutMemory() {
        return writer.withoutMemory();
    }

    @Override
    public byte[] write(Doc doc) throws WriteException {
        return writeWithWarnings(doc).bytes();
    }

    @Override
    public Written writeWithWarnings(Doc doc) throws WriteException {
        synchronized (last) {
            Written known = last.get(doc);
            if (known != null) {
                return known;
            }
        }
        Written written = writer.writeWithWarnings(doc);
        synchronized (last) {
            last.put(doc, written);
        }
        return written;
    }
}
