package br.esus.oficios.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys of one kind of YAML file, in file order ({@link MunicipioFields} for a municipality,
 * {@code send/MailSettingsFields} for {@code gerar-oficios.yaml}): the reader takes from here which keys a block
 * accepts, which are required, the example that says how to fix a value, the longest value and which values are free
 * text; {@code novo} and {@link JsonSchema} write from it. Immutable.
 */
public final class FieldCatalog {
    /*
     * Maximum lengths, in characters, of the values (checked by the reader, the limit in the message). Never below
     * the standards, and everything within them is printed whole in every format (the writers break a long word,
     * e-mail, domain or path at the margin).
     */
    /** An e-mail address: 254 (RFC 5321 §4.5.3.1.3, a path of 256 with its angle brackets; RFC 3696 errata 1690). */
    public static final int MAX_EMAIL = 254;
    /** The part of an e-mail address before the @ (RFC 5321 §4.5.3.1.1). */
    public static final int MAX_EMAIL_LOCAL = 64;
    /** A domain name without its final dot (RFC 1035 §2.3.4: 255 octets on the wire). */
    public static final int MAX_DOMINIO = 253;
    /** One label of a domain name (RFC 1035 §2.3.4). */
    public static final int MAX_ROTULO = 63;
    /** A URL: 2,000, what every browser, server and search engine takes. */
    public static final int MAX_URL = 2000;
    /** A name, a cargo, an address, a city. */
    public static final int MAX_NOME = 200;
    /** A name and a cargo together ({@code pop.elaborado_por}...). */
    public static final int MAX_NOME_CARGO = 2 * MAX_NOME;
    /** A description or an observation. */
    public static final int MAX_TEXTO = 500;
    /** An acronym, or the POP's code: it goes between slashes in the ofício's identification line. */
    public static final int MAX_SIGLA = 30;
    /** A telephone number with its punctuation (E.164 has at most 15 digits). */
    public static final int MAX_TELEFONE = 30;
    /**
     * The PEC's folder: Windows paths stop at 260 characters (MAX_PATH) and the PEC's own files go up to some 50
     * characters below its folder.
     */
    public static final int MAX_PASTA = 200;
    /** A file path (the brasão, a certificate): PATH_MAX of Linux. */
    public static final int MAX_CAMINHO = 4096;

    /** A list index in a value's path ({@code [1]}). */
    private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]");

    private final List<Field> fields;
    /** Every field, the items of lists and of the checklist too, by path. */
    private final Map<String, Field> byPath;

    /** @param fields in file order; a block before the fields under it */
    public FieldCatalog(List<Field> fields) {
        this.fields = List.copyOf(fields);
        Map<String, Field> m = new LinkedHashMap<>();
        for (Field f : fields) {
            m.put(f.path(), f);
            f.items().forEach(i -> m.put(i.path(), i));
        }
        this.byPath = java.util.Collections.unmodifiableMap(m);
    }

    /** The fields in file order, without the items of lists and of the checklist (those are in {@link Field#items}). */
    public List<Field> fields() {
        return fields;
    }

    /** Every field, the items of lists and of the checklist included. */
    public List<Field> all() {
        return List.copyOf(byPath.values());
    }

    /**
     * The field at {@code path} as the reader names values ({@code pop.historico[1].descricao},
     * {@code checklist.backup.observacao}), or empty.
     */
    public Optional<Field> find(String path) {
        return Optional.ofNullable(byPath.get(declared(path)));
    }

    /** The field at {@code path}; a path outside the catalog is the program's mistake. */
    public Field get(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException("campo fora da tabela: " + path));
    }

    /** The keys allowed directly under {@code parent} ("" for the top level), in file order. */
    public List<String> keys(String parent) {
        String p = declared(parent);
        List<String> out = new ArrayList<>();
        for (Field f : byPath.values()) {
            if (f.parent().equals(p)) {
                out.add(f.key());
            }
        }
        return out;
    }

    /** The example of the value at {@code path}, as written in YAML, or null. */
    String example(String path) {
        return find(path).map(Field::example).orElse(null);
    }

    /** Whether the value at {@code path} is free text ({@link Field#freeText}). */
    boolean freeText(String path) {
        return find(path).map(Field::freeText).orElse(false);
    }

    /**
     * The maximum length, in characters, of the value at {@code path}; 0 for a value whose format already bounds it
     * (a date, a CEP, a choice).
     */
    int maxLength(String path) {
        return find(path).map(Field::maxLength).orElse(0);
    }

    /** What is wrong with {@code text} as the value at {@code path} for its length, or null when it fits. */
    String lengthProblem(String path, String text) {
        int max = maxLength(path);
        int n = text.codePointCount(0, text.length());
        if (max == 0 || n <= max) {
            return null;
        }
        String what = switch (find(path).map(Field::key).orElse("")) {
            case "email" -> "e-mail longo demais";
            case "dominio" -> "domínio longo demais";
            case "url", "site" -> "endereço longo demais";
            case "pasta", "brasao" -> "caminho longo demais";
            default -> "texto longo demais";
        };
        boolean prose = max == MAX_NOME || max == MAX_NOME_CARGO || max == MAX_TEXTO;
        return what + " (" + n + " caracteres; o máximo é " + max + "); encurte-o"
                + (prose ? ", abreviando se preciso" : "");
    }

    /**
     * The declared path of a value's path: list indexes dropped ({@code pop.historico[1].descricao} is
     * {@code pop.historico.descricao}) and a checklist item's id as {@code *} ({@code checklist.*.observacao}).
     */
    private String declared(String path) {
        String p = path.indexOf('[') < 0 ? path : LIST_INDEX.matcher(path).replaceAll("");
        for (Field f : fields) {
            String prefix = f.path() + ".";
            if (f.kind() == Field.Kind.CHECKLIST && p.startsWith(prefix)) {
                int i = p.indexOf('.', prefix.length());
                if (i > 0) {
                    return prefix + "*" + p.substring(i);
                }
                return p;
            }
        }
        return p;
    }
}
