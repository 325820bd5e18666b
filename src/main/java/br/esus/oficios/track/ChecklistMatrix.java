package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.Status;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.send.SentLog;
import br.esus.oficios.send.SentLogScan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every valid municipality's checklist at a glance, most urgent first, plus the files that could not be read.
 *
 * @param municipios the valid municipalities, most urgent first: more pendente-alta items, then lower percentage
 *        done, then name (pt-BR collation), then UF
 * @param invalidos the files with errors: listed apart, left out of every total
 * @param avisos warnings found while building (unreadable lines of {@code envios.jsonl})
 */
public record ChecklistMatrix(ChecklistCatalog catalog, List<MunicipioProgress> municipios, List<ReadResult> invalidos,
        List<Problem> avisos) {

    public ChecklistMatrix {
        municipios = List.copyOf(municipios);
        invalidos = List.copyOf(invalidos);
        avisos = List.copyOf(avisos);
    }

    /**
     * Builds the matrix from results whose copies of another file's municipality are already marked invalid
     * ({@link ChecklistTracker#track}).
     *
     * @param outputDir the folder that holds {@code <uf>-<slug>/envios.jsonl}; null reads no sends log
     */
    static ChecklistMatrix of(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir,
            LocalDate hoje) {
        List<MunicipioProgress> validos = new ArrayList<>();
        List<ReadResult> invalidos = new ArrayList<>();
        List<Problem> avisos = new ArrayList<>();
        for (ReadResult r : results) {
            if (!r.ok()) {
                invalidos.add(r);
                continue;
            }
            Municipio m = r.municipio();
            SentLogScan.Result log = outputDir == null ? SentLogScan.Result.empty()
                    : SentLogScan.read(outputDir.resolve(m.outputFolderName()).resolve(SentLog.ARQUIVO));
            avisos.addAll(log.warnings());
            List<Send> sends = log.messages().stream().flatMap(s -> Send.of(s).stream()).toList();
            validos.add(progress(m, catalog, sends, hoje));
        }
        validos.sort(urgencia());
        return new ChecklistMatrix(catalog, validos, invalidos, avisos);
    }

    /** One municipality's items: its entries, the catalog defaults for the rest, and the sends. */
    static MunicipioProgress progress(Municipio m, ChecklistCatalog catalog, List<Send> envios, LocalDate hoje) {
        Map<String, Send> ultimoEnvio = new HashMap<>();
        for (Send e : envios) {
            SentDocuments.itemFor(e.documento()).ifPresent(item -> ultimoEnvio.merge(item, e,
                    (a, b) -> b.when().toInstant().isAfter(a.when().toInstant()) ? b : a));
        }
        List<ItemState> itens = new ArrayList<>();
        for (ChecklistItem item : catalog.itens()) {
            ChecklistEntry entry = m.checklist().get(item.id());
            Status status = item.statusFor(m);
            Send envio = ultimoEnvio.get(item.id());
            List<String> alertas = new ArrayList<>();
            boolean pendente = status == Status.PENDENTE_ALTA || status == Status.PENDENTE_BAIXA;
            // Flag: an uncertain send of a pending item (neither sent nor pending until the coordinator checks), or
            // sent, still pending, and nothing recorded on or after the day of the send.
            if (envio != null && envio.uncertain() && pendente) {
                alertas.add(SentDocuments.alertaIncerto(envio));
            } else if (envio != null && pendente
                    && (entry == null || entry.data() == null || entry.data().isBefore(envio.day()))) {
                alertas.add(SentDocuments.label(envio.documento()) + " enviado em " + Datas.br(envio.day())
                        + " mas o YAML ainda diz pendente: atualize o status ou registre a resposta");
            }
            vencido(item, entry, status, hoje).ifPresent(alertas::add);
            itens.add(new ItemState(item, entry, status, envio, String.join("; ", alertas)));
        }
        return new MunicipioProgress(m, itens);
    }

    /**
     * The warning for a task that must be redone ({@link ChecklistItem#validadeDias}) whose {@code data} is missing or
     * older than its validity on {@code hoje}; nothing when the item does not apply to the municipality.
     */
    static Optional<String> vencido(ChecklistItem item, ChecklistEntry entry, Status status, LocalDate hoje) {
        if (item.validadeDias() == null || status == Status.NAO_SE_APLICA) {
            return Optional.empty();
        }
        int dias = item.validadeDias();
        LocalDate data = entry == null ? null : entry.data();
        if (data == null) {
            return Optional.of(item.titulo() + " sem data: registre a data da última vez (vale " + dias + " dias)");
        }
        long passados = ChronoUnit.DAYS.between(data, hoje);
        if (passados > dias) {
            return Optional.of(item.titulo() + " feito em " + Datas.br(data) + ", há " + passados + " dias (vale "
                    + dias + "): faça de novo e atualize a data");
        }
        return Optional.empty();
    }

    /** Most urgent first: more pendente-alta, then lower percentage done, then name, then UF. */
    static Comparator<MunicipioProgress> urgencia() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("pt-BR"));
        collator.setStrength(Collator.SECONDARY);
        return Comparator.<MunicipioProgress>comparingInt(p -> -p.count(Status.PENDENTE_ALTA))
                .thenComparingDouble(MunicipioProgress::fracaoConcluida)
                .thenComparing(MunicipioProgress::nome, collator)
                .thenComparing(MunicipioProgress::uf);
    }

    /** The groups in catalog order (order of first appearance). */
    public List<String> grupos() {
        return List.copyOf(new LinkedHashSet<>(catalog.itens().stream().map(ChecklistItem::grupo).toList()));
    }

    /** Counts over every valid municipality. */
    public Map<Status, Integer> totais() {
        Map<Status, Integer> t = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            t.put(s, municipios.stream().mapToInt(p -> p.count(s)).sum());
        }
        return t;
    }

    /** Percentage done over every valid municipality (rounded down); 100 when nothing applies. */
    public int percentualGeral() {
        int concl = municipios.stream().mapToInt(p -> p.count(Status.CONCLUIDO)).sum();
        int aplic = municipios.stream().mapToInt(MunicipioProgress::aplicaveis).sum();
        return aplic == 0 ? 100 : concl * 100 / aplic;
    }

    /** The UFs present, sorted. */
    public List<String> ufs() {
        return municipios.stream().map(MunicipioProgress::uf).distinct().sorted().toList();
    }
}
