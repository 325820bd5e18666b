package br.esus.oficios.track;

import java.util.Arrays;
import java.util.List;

/** The formats of {@code gerar-oficios checklist --formato}. */
public enum TrackFormat {
    TABELA("tabela", false),
    MD("md", false),
    CSV("csv", false),
    XLSX("xlsx", true),
    HTML("html", false);

    private final String id;
    private final boolean binary;

    TrackFormat(String id, boolean binary) {
        this.id = id;
        this.binary = binary;
    }

    /** The value on the command line, e.g. {@code tabela}. */
    public String id() {
        return id;
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
