package br.esus.oficios.track;

import java.util.Arrays;
import java.util.List;

/** The formats of {@code gerar-oficios checklist --formato}. */
public enum TrackFormat {
    TABELA("tabela", "txt", false, true),
    MD("md", "md", false, true),
    CSV("csv", "csv", false, false),
    XLSX("xlsx", "xlsx", true, false),
    HTML("html", "html", false, false);

    private final String id;
    private final String extension;
    private final boolean binary;
    private final boolean readOnScreen;

    TrackFormat(String id, String extension, boolean binary, boolean readOnScreen) {
        this.id = id;
        this.extension = extension;
        this.binary = binary;
        this.readOnScreen = readOnScreen;
    }

    /** The value on the command line, e.g. {@code tabela}. */
    public String id() {
        return id;
    }

    /** The extension of a file in this format, e.g. {@code txt} for {@code tabela}. */
    public String extension() {
        return extension;
    }

    /**
     * True when, printed on a terminal, the view is what the user reads there, with the invalid files' errors in it
     * ({@code tabela}, {@code md}).
     */
    public boolean readOnScreen() {
        return readOnScreen;
    }

    /** True when the format cannot go to a terminal ({@code xlsx}): it needs {@code --saida}. */
    public boolean binary() {
        return binary;
    }

    /** Parses {@code tabela}, {@code MD}...; null when it is none of them. */
    public static TrackFormat parse(String s) {
        for (TrackFormat f : values()) {
            if (f.id.equalsIgnoreCase(s == null ? "" : s.trim())) {
                return f;
            }
        }
        return null;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(TrackFormat::id).toList();
    }
}
