package br.esus.oficios.probe;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.output.IoMessages;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code gerar-oficios conferir}: observes every municipality's installation ({@link Probe}), a few at a time,
 * appends each run to the municipality's {@link ConferenceLog}, and compares each item with the YAML
 * ({@link Disagreement}). Prints nothing and knows no exit code: {@link ProbeReport} and the CLI say what happened.
 */
public final class ProbeRun {
    /** How many municipalities are observed at once: a few connections at a time, the whole state in seconds. */
    public static final int PARALLEL = 4;

    /** A line about one item of one municipality: "SE Itabaiana — dns_govbr: text". */
    public record Line(String municipio, String subject, String text) {
        @Override
        public String toString() {
            return municipio + " — " + subject + ": " + text;
        }
    }

    /**
     * One municipality's run.
     *
     * @param label           "SE Itabaiana"
     * @param run             what every check saw
     * @param items           the items the run covers, in {@link Check} order
     * @param disagreements   the items whose YAML status the run contradicts
     * @param evidence        where the run was appended
     * @param evidenceProblem why it could not be appended; null when it was
     */
    public record MunicipioResult(String label, ConferenceLog.Run run, List<ItemResult> items,
            List<Line> disagreements, Path evidence, String evidenceProblem) {
        public MunicipioResult {
            items = List.copyOf(items);
            disagreements = List.copyOf(disagreements);
        }

        /** The observation of a check. */
        public Optional<Observation> of(Check c) {
            return run.observations().stream().filter(o -> o.check() == c).findFirst();
        }
    }

    /** What a run of {@code conferir} gave. */
    public sealed interface Result {
        /** This machine has no network: nothing was observed, nothing written. */
        record NoNetwork(String reason) implements Result {
        }

        /** Every municipality, in the order given. */
        record Done(List<MunicipioResult> municipios) implements Result {
            public Done {
                municipios = List.copyOf(municipios);
            }

            public List<Line> disagreements() {
                return municipios.stream().flatMap(m -> m.disagreements().stream()).toList();
            }

            /** How many checks could not be observed. */
            public long notChecked() {
                return municipios.stream().flatMap(m -> m.run().observations().stream())
                        .filter(o -> o.outcome() == Outcome.NOT_CHECKED).count();
            }

            /** The municipalities whose evidence could not be written. */
            public List<MunicipioResult> unwritten() {
                return municipios.stream().filter(m -> m.evidenceProblem() != null).toList();
            }
        }
    }

    private ProbeRun() {
    }

    /** What {@code instalacao} says should be observable; a URL that is not one is left out (not checked). */
    public static Target target(Municipio m) {
        Instalacao i = m.instalacao();
        if (i == null) {
            return new Target(null, null, null, null);
        }
        URI url;
        try {
            url = i.url() == null ? null : new URI(i.url());
        } catch (java.net.URISyntaxException e) {
            url = null;
        }
        return new Target(i.dominio(), i.ipv4(), url, i.versaoPec() == null ? null : i.versaoPec().texto());
    }

    /** "SE Itabaiana": how every line names the municipality, as the checklist's alerts do. */
    public static String label(Municipio m) {
        return m.municipio().uf().name() + " " + m.municipio().nome();
    }

    /**
     * Observes every municipality and appends the evidence to {@code <outputDir>/<uf>-<slug>/conferencias.jsonl}.
     *
     * @param version the tool's version, written with the evidence
     */
    public static Result run(List<Municipio> municipios, ChecklistCatalog catalog, Probe probe, Path outputDir,
            Clock clock, String version) {
        Optional<String> offline = probe.networkProblem();
        if (offline.isPresent()) {
            return new Result.NoNetwork(offline.get());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL, municipios.size())));
        try {
            List<Future<MunicipioResult>> futures = new ArrayList<>();
            for (Municipio m : municipios) {
                futures.add(pool.submit(() -> one(m, catalog, probe, outputDir, clock, version)));
            }
            List<MunicipioResult> out = new ArrayList<>();
            for (Future<MunicipioResult> f : futures) {
                out.add(f.get());
            }
            return new Result.Done(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("conferência interrompida", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What the probe saw; an unexpected failure inside it (a bug, a library that breaks) makes every check of this
     * municipality "não conferido" with a reason in Portuguese, and the others are still checked.
     */
    static List<Observation> observe(Probe probe, Target target, Instant when) {
        try {
            return probe.probe(target);
        } catch (RuntimeException | LinkageError e) {
            List<Observation> none = new ArrayList<>();
            for (Check c : Check.values()) {
                none.add(new Observation(c, Outcome.NOT_CHECKED, UNEXPECTED, "", "", List.of(), when));
            }
            return none;
        }
    }

    /** The reason when the probe failed unexpectedly. */
    static final String UNEXPECTED = "erro inesperado do gerar-oficios ao conferir este município; os outros foram"
            + " conferidos";

    private static MunicipioResult one(Municipio m, ChecklistCatalog catalog, Probe probe, Path outputDir,
            Clock clock, String version) {
        Instant start = clock.instant();
        ConferenceLog.Run run = new ConferenceLog.Run(start, observe(probe, target(m), start));
        Path file = outputDir.resolve(m.outputFolderName()).resolve(ConferenceLog.FILE);
        List<ConferenceLog.Run> history = ConferenceLog.read(file).runs();
        String problem = null;
        try {
            ConferenceLog.append(file, run, version);
        } catch (IOException e) {
            problem = IoMessages.reason(e, "escolha outra pasta com -o");
        }
        List<ItemResult> items = ItemResult.of(run, history);
        List<Line> disagreements = new ArrayList<>();
        for (ItemResult r : items) {
            Optional<ChecklistItem> item = catalog.item(r.item());
            if (item.isEmpty()) {
                continue; // a catalog without the item (a custom --modelos): nothing to compare with
            }
            Disagreement.of(r, item.get(), m.checklist().get(r.item()), item.get().statusFor(m))
                    .ifPresent(t -> disagreements.add(new Line(label(m), r.item(), t)));
        }
        return new MunicipioResult(label(m), run, items, disagreements, file, problem);
    }
}
