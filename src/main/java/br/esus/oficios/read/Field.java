package br.esus.oficios.read;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.function.Function;

/**
 * One key of a YAML file the program reads, declared once: the reader validates from it, {@code gerar-oficios novo}
 * writes it, the JSON Schema ({@link JsonSchema}) and the README's key table are checked against it. Build one with
 * the static factories and the {@code with...} methods, e.g.
 * {@code Field.text("contato.email", "E-mail.", "ti@x.gov.br").mandatory().max(254)}.
 *
 * @param path dotted path, e.g. {@code instalacao.banco.porta}; the item fields of a list of blocks or of the
 *        checklist have the list's path, then a dot ({@code pop.historico.versao}, {@code checklist.*.status})
 * @param kind what the value is
 * @param required whether the key must be present (inside its block, when the block is present)
 * @param help what it is and which values it takes, in Portuguese (the comment of {@code novo}, the schema's
 *        description)
 * @param example a valid example as written in YAML; null for a block and for the keys of an item
 * @param byDefault what the program uses when the key is absent; null when nothing (or when required)
 * @param maxLength the longest value, in characters (for a list of texts, of each text); 0 when the format bounds it
 * @param freeText names of people and bodies, addresses, notes: invisible characters are removed with a warning
 *        instead of refused ({@link FieldReader#freeText})
 * @param choices for {@link Kind#CHOICE}: the YAML words, in order, each with the value it reads as; empty otherwise
 * @param min for {@link Kind#INTEGER}, the smallest value
 * @param max for {@link Kind#INTEGER}, the largest value
 * @param pattern a regular expression (ECMA 262 and Java alike) the text matches, for the schema; null when the
 *        format is not that plain (the reader's own checks say more)
 * @param items the fields of each item of a {@link Kind#BLOCK_LIST} or {@link Kind#CHECKLIST}; empty otherwise
 * @param requiredWhen for a key that is not always {@link #required}: the value of another key of its block that
 *        makes it required; null when none does
 */
public record Field(String path, Kind kind, boolean required, String help, String example, Default byDefault,
        int maxLength, boolean freeText, Map<String, Object> choices, int min, int max, String pattern,
        List<Field> items, When requiredWhen) {

    /** What a value is. */
    public enum Kind {
        /** A block of keys, declared by the fields under it. */
        BLOCK,
        /** A single-line text. */
        TEXT,
        /** A whole number between {@link #min} and {@link #max}. */
        INTEGER,
        /** true or false. */
        BOOLEAN,
        /** A date, year-month-day. */
        DATE,
        /** One of {@link #choices}. */
        CHOICE,
        /** A list of single-line texts. */
        TEXT_LIST,
        /** A list of blocks, each with the keys of {@link #items}. */
        BLOCK_LIST,
        /**
         * The open {@code checklist} block: one key per item of the checklist catalog, each either a status or a
         * block with the keys of {@link #items}.
         */
        CHECKLIST
    }

    /**
     * A value of another key of the same block that makes a key required.
     *
     * @param key the other key, e.g. {@code tratamento}
     * @param value its YAML word, e.g. {@code excelencia}
     */
    public record When(String key, String value) {
    }

    /**
     * What the program uses when a key is absent, as users read it.
     *
     * @param shown the default as the README and the help say it ({@code 5433}, {@code o da prefeitura})
     * @param literal true when {@code shown} is itself a value the key could take (the schema's {@code default})
     */
    public record Default(String shown, boolean literal) {
    }

    public Field {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        items = List.copyOf(items);
    }

    public static Field block(String path, String help) {
        return new Field(path, Kind.BLOCK, false, help, null, null, 0, false, Map.of(), 0, 0, null,
                List.of(), null);
    }

    public static Field text(String path, String help, String example) {
        return new Field(path, Kind.TEXT, false, help, example, null, 0, false, Map.of(), 0, 0, null,
                List.of(), null);
    }

    public static Field integer(String path, String help, String example, int min, int max) {
        return new Field(path, Kind.INTEGER, false, help, example, null, 0, false, Map.of(), min, max, null,
                List.of(), null);
    }

    public static Field bool(String path, String help, String example) {
        return new Field(path, Kind.BOOLEAN, false, help, example, null, 0, false, Map.of(), 0, 0, null,
                List.of(), null);
    }

    public static Field date(String path, String help, String example) {
        return new Field(path, Kind.DATE, false, help, example, null, 0, false, Map.of(), 0, 0,
                "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", List.of(), null);
    }

    /** A choice among the constants of an enum, each written in YAML as {@code yaml} says. */
    public static <E> Field choice(String path, String help, String example, E[] values, Function<E, String> yaml) {
        return choice(path, help, example, words(values, yaml));
    }

    /** The constants of an enum by the word each is written as, in order. */
    static <E> Map<String, E> words(E[] values, Function<E, String> yaml) {
        Map<String, E> m = new LinkedHashMap<>();
        for (E e : values) {
            m.put(yaml.apply(e), e);
        }
        return Collections.unmodifiableMap(m);
    }

    public static Field choice(String path, String help, String example, Map<String, ?> choices) {
        return new Field(path, Kind.CHOICE, false, help, example, null, 0, false, new LinkedHashMap<>(choices), 0, 0,
                null, List.of(), null);
    }

    public static Field texts(String path, String help, String example) {
        return new Field(path, Kind.TEXT_LIST, false, help, example, null, 0, false, Map.of(), 0, 0, null,
                List.of(), null);
    }

    public static Field blocks(String path, String help, String example, Field... items) {
        return new Field(path, Kind.BLOCK_LIST, false, help, example, null, 0, false, Map.of(), 0, 0, null,
                List.of(items), null);
    }

    public static Field checklist(String path, String help, Field... items) {
        return new Field(path, Kind.CHECKLIST, false, help, null, null, 0, false, Map.of(), 0, 0, null,
                List.of(items), null);
    }

    /** A key that must be present (inside its block, when the block is present). */
    public Field mandatory() {
        return new Field(path, kind, true, help, example, byDefault, maxLength, freeText, choices, min, max, pattern,
                items, requiredWhen);
    }

    /** A key required only when the key {@code key} of the same block is {@code value} (a YAML word). */
    public Field mandatoryWhen(String key, String value) {
        return new Field(path, kind, required, help, example, byDefault, maxLength, freeText, choices, min, max,
                pattern, items, new When(key, value));
    }

    /** The longest value, in characters. */
    public Field limit(int length) {
        return new Field(path, kind, required, help, example, byDefault, length, freeText, choices, min, max,
                pattern, items, requiredWhen);
    }

    /** Free text: see {@link #freeText}. */
    public Field free() {
        return new Field(path, kind, required, help, example, byDefault, maxLength, true, choices, min, max, pattern,
                items, requiredWhen);
    }

    public Field matching(String regex) {
        return new Field(path, kind, required, help, example, byDefault, maxLength, freeText, choices, min, max,
                regex, items, requiredWhen);
    }

    /**
     * A choice whose words the reader takes in any case, as {@link String#equalsIgnoreCase} compares them ({@code ba}
     * for {@code BA}: see {@code Uf.parse}): {@link #pattern} becomes every such spelling, for the schema, which then
     * accepts what the reader accepts.
     */
    public Field anyCase() {
        return matching(anyCasePattern(choices.keySet()));
    }

    /**
     * {@code ^\s*(w1|w2|...)\s*$} with each letter a class of every character {@link String#equalsIgnoreCase} takes for it:
     * two characters match when their upper cases, or the lower cases of those, are equal ({@code [Iiİı]}).
     */
    static String anyCasePattern(Collection<String> words) {
        Map<Character, StringBuilder> byFold = new HashMap<>();
        boolean ascii = true;
        for (String w : words) {
            for (char c : w.toCharArray()) {
                if (!Character.isLetter(c)) {
                    throw new IllegalArgumentException("só letras: " + w);
                }
                byFold.put(fold(c), new StringBuilder());
                ascii &= c < 128;
            }
        }
        // Words of ASCII letters (the UFs) need only the characters that fold to an ASCII letter; the rest of the
        // 65,536 would cost a start-up of validar some 25 ms (FieldTest compares both ways).
        if (ascii) {
            collectFolds(byFold, ASCII_FOLD_CANDIDATES);
        } else {
            collectFolds(byFold, IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE));
        }
        // Spaces around the word as the reader strips them (" SE " is SE).
        StringBuilder p = new StringBuilder("^\\s*(");
        for (String w : words) {
            if (p.length() > 5) {
                p.append('|');
            }
            for (char c : w.toCharArray()) {
                p.append('[').append(byFold.get(fold(c))).append(']');
            }
        }
        return p.append(")\\s*$").toString();
    }

    /**
     * Every character whose {@link #fold} is an ASCII letter: the ASCII letters, and the dotted capital I and dotless
     * small i of Turkish, the long s and the Kelvin sign.
     */
    static final String ASCII_FOLD_CANDIDATES = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0130\u0131\u017f\u212a";

    private static void collectFolds(Map<Character, StringBuilder> byFold, String candidates) {
        collectFolds(byFold, candidates.chars().sorted());
    }

    private static void collectFolds(Map<Character, StringBuilder> byFold, IntStream candidates) {
        candidates.forEach(c -> {
            StringBuilder v = byFold.get(fold((char) c));
            if (v != null) {
                v.append((char) c);
            }
        });
    }

    /** What {@link String#equalsIgnoreCase} compares a character by. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A default that is a value of the key ({@code 5433}, {@code igual}). */
    public Field defaultValue(Object value) {
        return withDefault(new Default(String.valueOf(value), true));
    }

    /** A default that is described, not a value ({@code o da prefeitura}). */
    public Field defaultDescribed(String shown) {
        return withDefault(new Default(shown, false));
    }

    private Field withDefault(Default d) {
        return new Field(path, kind, required, help, example, d, maxLength, freeText, choices, min, max, pattern,
                items, requiredWhen);
    }

    /** A block (its keys on the lines below) rather than a value on the key's line. */
    boolean isBlock() {
        return kind == Kind.BLOCK || kind == Kind.CHECKLIST;
    }

    /** The last part of the path, as written in the file. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The path of the block that holds the key; "" at the top level. */
    public String parent() {
        int i = path.lastIndexOf('.');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** How deep the key is: 0 at the top level. */
    int level() {
        return (int) path.chars().filter(c -> c == '.').count();
    }

    /** The {@link #choices}, typed: the YAML word and the value it reads as. */
    public <E> Map<String, E> choices(Class<E> type) {
        Map<String, E> m = new LinkedHashMap<>();
        choices.forEach((word, value) -> m.put(word, type.cast(value)));
        return Collections.unmodifiableMap(m);
    }
}
