package br.esus.oficios.read;

import br.esus.oficios.model.Uf;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The IBGE's list of municipalities, code, UF and name, shipped as {@value #RESOURCE} (its header says where it comes
 * from). Loaded once, the first time {@link #get()} is called (only by the paths that check a municipality against
 * it). Names are looked up with {@link #key}: accents, case, punctuation and extra spaces do not count. Immutable.
 */
public final class IbgeCatalogue {
    /** The resource, beside this class. */
    static final String RESOURCE = "municipios-ibge.tsv";
    /** The line before the municipalities. */
    private static final String HEADER = "codigo\tuf\tnome";
    /** How messages name the list. */
    public static final String LISTA = "lista de municípios do IBGE";
    /** The year of the list, for messages: municipalities created or renamed after it are missing. */
    public static final int ANO = 2014;

    /** One municipality of the list. */
    public record Entry(String codigo, Uf uf, String nome) {
        /** "Santo Amaro/BA". */
        public String nomeUf() {
            return nome + "/" + uf.name();
        }
    }

    /** The lines after the header, each {@code codigo\tuf\tnome\n}, with a {@code \n} before the first. */
    private final String lines;

    private IbgeCatalogue(String lines) {
        this.lines = lines;
    }

    /** The list shipped with the program, read the first time it is asked for. */
    public static IbgeCatalogue get() {
        return Shipped.LIST;
    }

    /** The class that holds the shipped list: loaded (and the list read) only when {@link #get()} is first called. */
    private static final class Shipped {
        static final IbgeCatalogue LIST = load();
    }

    private static IbgeCatalogue load() {
        try (InputStream in = IbgeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " não está no programa");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the text of {@value #RESOURCE}: {@code #} comment lines, a header line {@code codigo\tuf\tnome}, then one
     * municipality a line, by code. Only the header is looked at here (a lookup reads the lines it needs, so that
     * loading costs next to nothing); {@link #entries()} reads and checks every line.
     *
     * @throws IllegalStateException when the header line is missing
     */
    static IbgeCatalogue parse(String text) {
        // A checkout that turns line ends into CRLF (Git on Windows) leaves a \r at the end of each line.
        String t = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n") : text;
        int at;
        if (t.startsWith(HEADER + "\n")) {
            at = HEADER.length() + 1;
        } else {
            int i = t.indexOf("\n" + HEADER + "\n");
            if (i < 0) {
                throw new IllegalStateException(RESOURCE + ": falta a linha " + HEADER);
            }
            at = i + HEADER.length() + 2;
        }
        String body = t.substring(at);
        return new IbgeCatalogue("\n" + (body.isEmpty() || body.endsWith("\n") ? body : body + "\n"));
    }

    /** The municipality on the line that starts at {@code start} (after its {@code \n}). */
    private Entry entryAt(int start) {
        int end = lines.indexOf('\n', start);
        String line = lines.substring(start, end);
        int t1 = line.indexOf('\t');
        int t2 = line.indexOf('\t', t1 + 1);
        String codigo = t1 == 7 ? line.substring(0, 7) : "";
        Uf uf = t2 > t1 ? Uf.parse(line.substring(t1 + 1, t2)) : null;
        if (uf == null || !isDigits(codigo) || Integer.parseInt(codigo.substring(0, 2)) != uf.codigoIbge()
                || t2 + 1 >= line.length()) {
            throw new IllegalStateException(RESOURCE + ": linha fora do formato: " + line);
        }
        return new Entry(codigo, uf, line.substring(t2 + 1));
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * Every municipality, in the order of the list (by code), each line checked.
     *
     * @throws IllegalStateException when a line is not {@code 7 digits, UF of that code, name}, or a code or a name
     *         (within its UF, by {@link #key}) comes twice
     */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(5600);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int start = 1; start < lines.length(); start = lines.indexOf('\n', start) + 1) {
            Entry e = entryAt(start);
            if (!codes.add(e.codigo())) {
                throw new IllegalStateException(RESOURCE + ": código repetido " + e.codigo());
            }
            if (!names.add(e.uf().name() + "/" + key(e.nome()))) {
                throw new IllegalStateException(RESOURCE + ": nome repetido " + e.nomeUf());
            }
            all.add(e);
        }
        return List.copyOf(all);
    }

    /**
     * Where the lines of {@code uf} start (each just after its {@code \n}), in order: the lines are by code, so a UF's
     * are together.
     */
    private List<Integer> linesOf(Uf uf) {
        String prefix = "\n" + uf.codigoIbge();
        List<Integer> found = new ArrayList<>(900);
        for (int at = lines.indexOf(prefix); at >= 0 && lines.startsWith(prefix, at); at = lines.indexOf('\n', at + 1)) {
            found.add(at + 1);
        }
        return found;
    }

    /** The name on the line that starts at {@code start}: after the second tab. */
    private String nameAt(int start) {
        return lines.substring(lines.indexOf('\t', start + 8) + 1, lines.indexOf('\n', start));
    }

    /** The municipality whose code is {@code codigo}. */
    public Optional<Entry> byCode(String codigo) {
        if (codigo == null || codigo.length() != 7 || !isDigits(codigo)) {
            return Optional.empty();
        }
        int at = lines.indexOf("\n" + codigo + "\t");
        return at < 0 ? Optional.empty() : Optional.of(entryAt(at + 1));
    }

    /** The municipality of {@code uf} named {@code nome} (accents, case, punctuation and extra spaces aside). */
    public Optional<Entry> byName(Uf uf, String nome) {
        String k = key(nome);
        for (int start : linesOf(uf)) {
            if (key(nameAt(start)).equals(k)) {
                return Optional.of(entryAt(start));
            }
        }
        return Optional.empty();
    }

    /** The municipality of {@code uf} whose name is close enough to {@code nome} to be a typo of it. */
    public Optional<Entry> closest(Uf uf, String nome) {
        List<Integer> ofUf = linesOf(uf);
        List<String> names = new ArrayList<>(ofUf.size());
        for (int start : ofUf) {
            names.add(nameAt(start));
        }
        return Suggest.closest(nome, names).map(n -> entryAt(ofUf.get(names.indexOf(n))));
    }

    /**
     * What two names that are the same have in common: no accents, lower case, each run of anything that is not a
     * letter or digit (spaces, hyphens, apostrophes) a single space, none at the ends. "Olho-d'Água do Borges" and
     * "olho d agua do  borges" give the same key.
     */
    static String key(String nome) {
        StringBuilder sb = new StringBuilder(nome.length());
        boolean gap = false;
        for (int i = 0; i < nome.length(); i++) {
            char c = fold(nome.charAt(i));
            if (c == SKIP) {
                continue;
            }
            if (c == GAP) {
                gap = true;
                continue;
            }
            if (gap && sb.length() > 0) {
                sb.append(' ');
            }
            gap = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** What {@link #fold} gives for an accent written apart (NFD), which does not count. */
    private static final char SKIP = '\u0000';
    /** What {@link #fold} gives for a space, hyphen, apostrophe or anything else that only separates words. */
    private static final char GAP = ' ';
    /** U+00C0 to U+00FF without accents and in lower case; × and ÷ separate. */
    private static final String LATIN1 = "aaaaaaæceeeeiiiiðnooooo øuuuuyþßaaaaaaæceeeeiiiiðnooooo øuuuuyþy";

    /**
     * A letter or digit without its accent and in lower case, {@link #SKIP} for a combining accent, {@link #GAP}
     * for anything else. The same as decomposing (NFD) and dropping the marks, without the cost for the Latin
     * letters Portuguese uses.
     */
    private static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + ('a' - 'A'));
            }
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : GAP;
        }
        if (c >= 0xC0 && c <= 0xFF) {
            return LATIN1.charAt(c - 0xC0);
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return SKIP;
        }
        if (!Character.isLetterOrDigit(c)) {
            return GAP;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(d.charAt(0));
    }
}
