package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.Status;
import br.esus.oficios.read.DuplicateMunicipios;
import br.esus.oficios.read.ReadResult;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
     * Builds the matrix.
     *
     * @param outputDir the folder that holds {@code <uf>-<slug>/envios.jsonl}
     */
    public static ChecklistMatrix build(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir) {
        return ofChecked(DuplicateMunicipios.applyAll(results), catalog, outputDir);
    }

    /** {@link #build} for results whose copies of another file's municipality are already marked invalid. */
    static ChecklistMatrix ofChecked(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir) {
        EnviosReader enviosReader = new EnviosReader();
        List<MunicipioProgress> validos = new ArrayList<>();
        List<ReadResult> invalidos = new ArrayList<>();
        List<Problem> avisos = new ArrayList<>();
        for (ReadResult r : results) {
            if (!r.ok()) {
                invalidos.add(r);
                continue;
            }
            Municipio m = r.municipio();
            EnviosReader.Log log = outputDir == null ? EnviosReader.Log.vazio()
                    : enviosReader.read(outputDir.resolve(m.outputFolderName()).resolve(EnviosReader.FILE_NAME));
            avisos.addAll(log.avisos());
            validos.add(progress(m, catalog, log.envios()));
        }
        validos.sort(urgencia());
        return new ChecklistMatrix(catalog, validos, invalidos, avisos);
    }

    /** One municipality's items: its entries, the catalog defaults for the rest, and the sends. */
    static MunicipioProgress progress(Municipio m, ChecklistCatalog catalog, List<Envio> envios) {
        Map<String, Envio> ultimoEnvio = new HashMap<>();
        for (Envio e : envios) {
            SentDocuments.itemFor(e.documento()).ifPresent(item -> ultimoEnvio.merge(item, e,
                    (a, b) -> b.quando().toInstant().isAfter(a.quando().toInstant()) ? b : a));
        }
        List<ItemState> itens = new ArrayList<>();
        for (ChecklistItem item : catalog.itens()) {
            ChecklistEntry entry = m.checklist().get(item.id());
            Status status = item.statusFor(m);
            Envio envio = ultimoEnvio.get(item.id());
            boolean pendente = status == Status.PENDENTE_ALTA || status == Status.PENDENTE_BAIXA;
            // Flag: sent, still pending, and nothing recorded on or after the day of the send.
            boolean alerta = envio != null && pendente
                    && (entry == null || entry.data() == null || entry.data().isBefore(envio.dia()));
            itens.add(new ItemState(item, entry, status, envio, alerta));
        }
        return new MunicipioProgress(m, itens);
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
