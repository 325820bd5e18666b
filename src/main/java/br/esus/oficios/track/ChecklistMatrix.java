package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.SituacaoVersao;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.SuportePec;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.probe.ConferenceLog;
import br.esus.oficios.probe.Disagreement;
import br.esus.oficios.probe.ItemResult;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.send.SentLog;
import br.esus.oficios.send.SentLogScan;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Every valid municipality's checklist at a glance, most urgent first, plus the files that could not be read; and the
 * facts every view shows of it (groups, totals, flagged items, sends), derived here once.
 *
 * @param municipios the valid municipalities, most urgent first: more pendente-alta items, then lower percentage
 *        done, then name (pt-BR collation), then UF
 * @param invalidFiles the files with errors: listed apart, left out of every total
 * @param warnings warnings found while building (unreadable lines of {@code envios.jsonl} and of
 *        {@code conferencias.jsonl})
 */
public record ChecklistMatrix(ChecklistCatalog catalog, List<MunicipioProgress> municipios,
        List<ReadResult> invalidFiles, List<Problem> warnings) {

    public ChecklistMatrix {
        municipios = List.copyOf(municipios);
        invalidFiles = List.copyOf(invalidFiles);
        warnings = List.copyOf(warnings);
    }

    /** An item of a municipality, for the lists of flagged items and of sends. */
    public record Line(MunicipioProgress municipio, ItemState item) {
    }

    /**
     * Builds the matrix from results whose copies of another file's municipality are already marked invalid
     * ({@link ChecklistTracker#track}).
     *
     * @param outputDir the folder that holds {@code <uf>-<slug>/envios.jsonl} and {@code conferencias.jsonl}; null
     *        reads neither
     * @param versoes the PEC versions table
     * @param today the day a task that must be redone is due by, and the day the PEC versions are judged on
     */
    static ChecklistMatrix of(List<ReadResult> results, ChecklistCatalog catalog, TabelaVersoesPec versoes,
            Path outputDir, LocalDate today) {
        List<MunicipioProgress> valid = new ArrayList<>();
        List<ReadResult> invalid = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (ReadResult r : results) {
            if (!r.ok()) {
                invalid.add(r);
                continue;
            }
            Municipio m = r.municipio();
            SentLogScan.Result log = outputDir == null ? SentLogScan.Result.empty()
                    : SentLogScan.read(outputDir.resolve(m.outputFolderName()).resolve(SentLog.ARQUIVO));
            warnings.addAll(log.warnings());
            List<Send> sends = log.messages().stream().flatMap(s -> Send.of(s).stream()).toList();
            Map<String, ItemResult> checks = new HashMap<>();
            if (outputDir != null) {
                ConferenceLog.Scan scan = ConferenceLog.read(outputDir.resolve(m.outputFolderName())
                        .resolve(ConferenceLog.FILE));
                warnings.addAll(scan.warnings());
                scan.last().ifPresent(run -> ItemResult.of(run, scan.runs()).forEach(c -> checks.put(c.item(), c)));
            }
            valid.add(progress(m, catalog, versoes, sends, checks, today));
        }
        valid.sort(byUrgency());
        return new ChecklistMatrix(catalog, valid, invalid, warnings);
    }

    /** One municipality's items without checks by {@code conferir}. */
    static MunicipioProgress progress(Municipio m, ChecklistCatalog catalog, TabelaVersoesPec versoes, List<Send> sends,
            LocalDate today) {
        return progress(m, catalog, versoes, sends, Map.of(), today);
    }

    /**
     * One municipality's items (its entries, the catalog defaults for the rest, the sends and the latest run of
     * {@code conferir}, by item id) and PEC version.
     */
    static MunicipioProgress progress(Municipio m, ChecklistCatalog catalog, TabelaVersoesPec versoes, List<Send> sends,
            Map<String, ItemResult> checks, LocalDate today) {
        Map<String, Send> latestSend = new HashMap<>();
        for (Send e : sends) {
            SentDocuments.itemFor(e.document()).ifPresent(item -> latestSend.merge(item, e,
                    (a, b) -> b.when().toInstant().isAfter(a.when().toInstant()) ? b : a));
        }
        List<ItemState> items = new ArrayList<>();
        for (ChecklistItem item : catalog.itens()) {
            ChecklistEntry entry = m.checklist().get(item.id());
            Status status = item.statusFor(m);
            Send send = latestSend.get(item.id());
            List<String> alerts = new ArrayList<>();
            boolean pending = ItemState.pending(status);
            // Flag: an uncertain send of a pending item (neither sent nor pending until the coordinator checks), or
            // sent, still pending, and nothing recorded on or after the day of the send.
            if (send != null && send.uncertain() && pending) {
                alerts.add(SentDocuments.uncertainAlert(send));
            } else if (send != null && pending
                    && (entry == null || entry.data() == null || entry.data().isBefore(send.day()))) {
                alerts.add(SentDocuments.description(send)
                        + " mas o YAML ainda diz pendente: atualize o status ou registre a resposta");
            }
            overdue(item, entry, status, today).ifPresent(alerts::add);
            ItemResult check = checks.get(item.id());
            disagreement(check, item, entry, status).ifPresent(alerts::add);
            items.add(new ItemState(item, entry, status, send, String.join("; ", alerts), check));
        }
        return new MunicipioProgress(m, items, SuportePec.evaluate(m.instalacao().versaoPec(), versoes, today));
    }

    /**
     * The warning for a task that must be redone ({@link ChecklistItem#validadeDias}) whose {@code data} is missing or
     * older than its validity on {@code today}; nothing when the item does not apply to the municipality.
     */
    static Optional<String> overdue(ChecklistItem item, ChecklistEntry entry, Status status, LocalDate today) {
        if (item.validadeDias() == null || status == Status.NAO_SE_APLICA) {
            return Optional.empty();
        }
        int days = item.validadeDias();
        LocalDate date = entry == null ? null : entry.data();
        if (date == null) {
            return Optional.of(item.titulo() + " sem data: registre a data da última vez (vale " + days + " dias)");
        }
        long elapsed = ChronoUnit.DAYS.between(date, today);
        if (elapsed > days) {
            return Optional.of(item.titulo() + " feito em " + DateText.br(date) + ", há " + elapsed + " dias (vale "
                    + days + "): faça de novo e atualize a data");
        }
        return Optional.empty();
    }

    /**
     * The alert for an item the latest run of {@code conferir} contradicts ({@link Disagreement}), unless the YAML
     * recorded the item on a later day than the run (the coordinator has seen something since).
     */
    static Optional<String> disagreement(ItemResult check, ChecklistItem item, ChecklistEntry entry, Status status) {
        if (check == null || (entry != null && entry.data() != null && entry.data().isAfter(check.day()))) {
            return Optional.empty();
        }
        return Disagreement.of(check, item, entry, status).map(t -> "conferência de " + DateText.br(check.day())
                + ": " + t);
    }

    /** Most urgent first: more pendente-alta, then lower percentage done, then name, then UF. */
    static Comparator<MunicipioProgress> byUrgency() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("pt-BR"));
        collator.setStrength(Collator.SECONDARY);
        return Comparator.<MunicipioProgress>comparingInt(p -> -p.count(Status.PENDENTE_ALTA))
                .thenComparingDouble(MunicipioProgress::doneFraction)
                .thenComparing(MunicipioProgress::name, collator)
                .thenComparing(MunicipioProgress::uf);
    }

    /** The groups in catalog order (order of first appearance). */
    public List<String> groups() {
        return List.copyOf(new LinkedHashSet<>(catalog.itens().stream().map(ChecklistItem::grupo).toList()));
    }

    /**
     * The positions, in the catalog (and so in every {@link MunicipioProgress#items()}), of the items of
     * {@code group}, in catalog order.
     */
    public List<Integer> itemsOf(String group) {
        List<ChecklistItem> all = catalog.itens();
        return IntStream.range(0, all.size()).filter(k -> all.get(k).grupo().equals(group)).boxed().toList();
    }

    /** Counts over every valid municipality. */
    public Map<Status, Integer> totals() {
        Map<Status, Integer> t = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            t.put(s, municipios.stream().mapToInt(p -> p.count(s)).sum());
        }
        return t;
    }

    /** Percentage done over every valid municipality, rounded down as {@link MunicipioProgress#percent} says. */
    public int overallPercent() {
        return MunicipioProgress.percent(municipios.stream().mapToInt(p -> p.count(Status.CONCLUIDO)).sum(),
                municipios.stream().mapToInt(MunicipioProgress::applicable).sum());
    }

    /** The UFs present, sorted. */
    public List<String> ufs() {
        return municipios.stream().map(MunicipioProgress::uf).distinct().sorted().toList();
    }

    /** Every flagged item, municipality by municipality (most urgent first), in catalog order. */
    public List<Line> flagged() {
        return municipios.stream().flatMap(p -> p.flagged().stream().map(i -> new Line(p, i))).toList();
    }

    /**
     * Every municipality ordered by the urgency of its PEC version: situation ({@link SituacaoVersao.Tipo} order),
     * then the day it began or begins (earliest first), then the order of {@link #municipios}.
     */
    public List<MunicipioProgress> byVersionUrgency() {
        return municipios.stream().sorted(Comparator.comparing((MunicipioProgress p) -> p.versao().tipo())
                .thenComparing(p -> p.versao().data(), Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** The municipalities whose PEC version is an alert (all but "em dia"), most urgent first. */
    public List<MunicipioProgress> versionAlerts() {
        return byVersionUrgency().stream().filter(p -> p.versao().alert()).toList();
    }

    /** How many municipalities are in each situation of the PEC version, every situation present (0 or more). */
    public Map<SituacaoVersao.Tipo, Integer> versionTotals() {
        Map<SituacaoVersao.Tipo, Integer> t = new EnumMap<>(SituacaoVersao.Tipo.class);
        for (SituacaoVersao.Tipo s : SituacaoVersao.Tipo.values()) {
            t.put(s, (int) municipios.stream().filter(p -> p.versao().tipo() == s).count());
        }
        return t;
    }

    /** Every item {@code conferir} checked, in the same order. */
    public List<Line> checked() {
        return municipios.stream().flatMap(p -> p.items().stream().filter(i -> i.check() != null)
                .map(i -> new Line(p, i))).toList();
    }

    /**
     * Whether any municipality has a run of {@code conferir}: the views that add a column for it (csv, xlsx) add it
     * only then, so that they stay as they were for whoever never runs it.
     */
    public boolean anyChecked() {
        return !checked().isEmpty();
    }

    /** Every item with a recorded send, in the same order. */
    public List<Line> sent() {
        return municipios.stream().flatMap(p -> p.sent().stream().map(i -> new Line(p, i))).toList();
    }
}
