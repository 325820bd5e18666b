package br.esus.oficios.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each changed file asks of {@code vigiar}: one municipality, all of them, or nothing. */
class WatchPlanTest {
    static final Path ROOT = Path.of("/trabalho").toAbsolutePath();
    static final Path MUNICIPIOS = ROOT.resolve("municipios");
    static final Path TEMPLATES = ROOT.resolve("templates");
    static final Path FONT = ROOT.resolve("fontes/Carlito-Regular.ttf");
    static final Path LOOSE = ROOT.resolve("outros/se-lagarto.yaml");
    static final WatchPlan PLAN = new WatchPlan(List.of(MUNICIPIOS), List.of(LOOSE), List.of(TEMPLATES), FONT);

    private static WatchPlan.Changes classify(Set<Path> existing, Path... changed) {
        return PLAN.classify(new LinkedHashSet<>(List.of(changed)), existing::contains);
    }

    @Test
    void watchesEachFolderOnce() {
        assertEquals(List.of(MUNICIPIOS, ROOT.resolve("outros"), TEMPLATES, ROOT.resolve("fontes")), PLAN.folders());
    }

    @Test
    void aMunicipalityFileSavedOrDeletedIsThatMunicipalityOnly() {
        Path santoAmaro = MUNICIPIOS.resolve("ba-santo-amaro.yaml");
        Path itabaiana = MUNICIPIOS.resolve("se-itabaiana.yml");
        Path apagado = MUNICIPIOS.resolve("ba-apagado.yaml");
        WatchPlan.Changes c = classify(Set.of(santoAmaro, itabaiana, LOOSE), itabaiana, santoAmaro, apagado, LOOSE);
        assertEquals(List.of(santoAmaro, itabaiana, LOOSE), c.saved());
        assertEquals(List.of(apagado), c.deleted());
        assertEquals(List.of(), c.everything());
    }

    @Test
    void editorsTemporaryAndBackupFilesAndOtherFoldersMeanNothing() {
        WatchPlan.Changes c = classify(Set.of(),
                MUNICIPIOS.resolve(".ba-santo-amaro.yaml.swp"), MUNICIPIOS.resolve("ba-santo-amaro.yaml~"),
                MUNICIPIOS.resolve("4913"), MUNICIPIOS.resolve("notas.txt"), ROOT.resolve("outros/ba-x.yaml"),
                MUNICIPIOS.resolve("sub/ba-x.yaml"), TEMPLATES.resolve(".oficio-dominio.md.ftl.swp"),
                TEMPLATES.resolve("LEIAME.txt"), ROOT.resolve("fontes/leia.txt"));
        assertEquals(new WatchPlan.Changes(List.of(), List.of(), List.of()), c);
    }

    @Test
    void aTemplateTheFontOrABrasaoIsEveryMunicipality() {
        Path template = TEMPLATES.resolve("oficio-dominio.md.ftl");
        Path catalog = TEMPLATES.resolve("checklist.yaml");
        Path bold = ROOT.resolve("fontes/Carlito-Bold.ttf");
        Path brasao = MUNICIPIOS.resolve("brasao-santo-amaro.png");
        WatchPlan.Changes c = classify(Set.of(template, catalog, bold, brasao), template, catalog, bold, brasao);
        assertEquals(List.of(), c.saved());
        assertEquals(Set.of(template, catalog, bold, brasao), Set.copyOf(c.everything()));
        assertEquals(List.of(FolderEvents.OVERFLOW), classify(Set.of(), FolderEvents.OVERFLOW).everything(),
                "eventos perdidos: tudo de novo");
    }
}
