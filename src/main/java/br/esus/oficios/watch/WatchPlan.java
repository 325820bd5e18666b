package br.esus.oficios.watch;

import br.esus.oficios.read.MunicipioFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What {@code vigiar} watches, and what a change means. All paths absolute and normalized.
 *
 * @param yamlFolders folders whose municipality files ({@link MunicipioFiles#isMunicipioFile}) are watched: a file
 *        created there is a new municipality
 * @param yamlFiles municipality files named one by one
 * @param templateFolders the template folders in use ({@code --modelos}, {@code templates/}): a template
 *        ({@code *.ftl}), the checklist catalog or the versions table that changes regenerates all
 * @param font the {@code --fonte} file, or null: it, or a TrueType file beside it (its bold and italic), that changes
 *        regenerates all
 */
public record WatchPlan(List<Path> yamlFolders, List<Path> yamlFiles, List<Path> templateFolders, Path font) {

    public WatchPlan {
        yamlFolders = List.copyOf(yamlFolders);
        yamlFiles = List.copyOf(yamlFiles);
        templateFolders = List.copyOf(templateFolders);
    }

    /** What a set of changed files asks for. */
    public record Changes(List<Path> saved, List<Path> deleted, List<Path> everything) {
        public Changes {
            saved = List.copyOf(saved);
            deleted = List.copyOf(deleted);
            everything = List.copyOf(everything);
        }
    }

    /** The folders to watch (each once, in order). */
    List<Path> folders() {
        Set<Path> out = new LinkedHashSet<>(yamlFolders);
        yamlFiles.forEach(f -> out.add(f.getParent()));
        out.addAll(templateFolders);
        if (font != null) {
            out.add(font.getParent());
        }
        return List.copyOf(out);
    }

    /**
     * Sorts changed files into municipality files saved (created, changed, renamed into place) or deleted, and files
     * that make every municipality's documents change: a template, the font, an image (the brasão) beside the
     * municipality files. Other files (an editor's temporary and backup files, the output) mean nothing.
     *
     * @param exists whether a file is there now (after the burst of events)
     */
    Changes classify(Set<Path> changed, Predicate<Path> exists) {
        List<Path> saved = new ArrayList<>();
        List<Path> deleted = new ArrayList<>();
        List<Path> everything = new ArrayList<>();
        for (Path p : changed.stream().sorted().toList()) {
            if (p.equals(FolderEvents.OVERFLOW)) {
                everything.add(p);
            } else if (isMunicipio(p)) {
                (exists.test(p) ? saved : deleted).add(p);
            } else if (isTemplate(p) || isFont(p) || isBrasao(p)) {
                everything.add(p);
            }
        }
        return new Changes(saved, deleted, everything);
    }

    private boolean isMunicipio(Path p) {
        return yamlFiles.contains(p) || yamlFolders.contains(p.getParent()) && MunicipioFiles.isMunicipioFile(p);
    }

    private boolean isTemplate(Path p) {
        String name = name(p);
        return templateFolders.contains(p.getParent()) && !name.startsWith(".")
                && (name.endsWith(".ftl") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private boolean isFont(Path p) {
        String name = name(p);
        return font != null && p.getParent().equals(font.getParent()) && !name.startsWith(".")
                && (p.equals(font) || name.endsWith(".ttf") || name.endsWith(".otf"));
    }

    private boolean isBrasao(Path p) {
        String name = name(p);
        return yamlFolders.contains(p.getParent()) && !name.startsWith(".")
                && (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"));
    }

    private static String name(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
