package br.esus.oficios.send;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.generate.BatchGenerator;
import br.esus.oficios.generate.GenerateRequest;
import br.esus.oficios.generate.Generated;
import br.esus.oficios.generate.InputFile;
import br.esus.oficios.generate.MunicipioOutcome;
import br.esus.oficios.generate.Precheck;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Problem;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.Prescricao;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@code enviar} sends: generates each municipality's documents again (the PDF attached is the one of today's
 * data) and keeps those that may go. A file is refused before anything of it is generated when it is invalid, a
 * copy of another file's municipality, or (for a real send) still has the example addresses; a ticket is held back
 * while the prerequisites of the digital prescription are pending, unless the user says otherwise. The ofício goes
 * signed when its folder holds a signed copy of it ({@link OficioAssinado}).
 */
public final class SendPlanner {
    /** The documents that go by e-mail. */
    public static final Set<DocumentId> SENDABLE = EnumSet.of(DocumentId.OFICIO_DOMINIO,
            DocumentId.TICKET_PRESCRICAO);

    private final BatchGenerator generator;
    private final ChecklistCatalog catalog;
    private final boolean simulate;
    private final boolean evenIfPending;
    private final boolean requireSignature;

    /**
     * @param simulate nothing is sent: the example addresses are accepted
     * @param evenIfPending the ticket goes even with pending prerequisites
     * @param requireSignature {@code smtp.exigir_assinatura}: an ofício without a signed copy is held back
     */
    public SendPlanner(BatchGenerator generator, ChecklistCatalog catalog, boolean simulate, boolean evenIfPending,
            boolean requireSignature) {
        this.generator = generator;
        this.catalog = catalog;
        this.simulate = simulate;
        this.evenIfPending = evenIfPending;
        this.requireSignature = requireSignature;
    }

    /**
     * The messages to send, one per document of {@code request.documents()} that may go.
     *
     * @param onGenerated each file's outcome, in order, as soon as it is generated (its problems, its folder)
     * @param onHeldBack each document held back after being generated, with why, right after its file's outcome;
     *        also the warnings about the ofício's signed copies (none, outdated, broken)
     */
    public Plan plan(GenerateRequest request, Consumer<MunicipioOutcome> onGenerated,
            Consumer<DocumentProblem> onHeldBack) throws InterruptedException {
        Set<DocumentId> docs = request.documents();
        List<String> formats = request.formats();
        // The example municipalities' recipients are at reserved domains: nothing of theirs is sent for real.
        Precheck precheck = simulate ? Precheck.NONE
                : EnderecosDeExemplo.beforeSending(docs.contains(DocumentId.OFICIO_DOMINIO));
        // A copy of another file's municipality is refused as gerar refuses it: it would send the ofício twice.
        Map<Path, Problem> copies = generator.duplicates(request);
        List<Outgoing> outgoing = new ArrayList<>();
        boolean inputProblems = false;
        int notSent = 0;
        for (InputFile f : request.files()) {
            Generated g = generator.generate(f, request, copies, precheck);
            onGenerated.accept(g.outcome());
            if (!g.outcome().ok()) {
                inputProblems = true;
            }
            if (g.municipio() == null) {
                notSent += docs.size();
                continue;
            }
            Path folder = g.outcome().folder();
            for (DocumentId id : DocumentId.values()) {
                if (!docs.contains(id)) {
                    continue;
                }
                Doc doc = g.docs().get(id);
                List<Path> files = formats.stream().map(fmt -> folder.resolve(id.fileName(fmt)))
                        .filter(g.outcome().written()::contains).toList();
                if (doc == null || files.size() != formats.size()) {
                    notSent++;
                    continue;
                }
                Prescricao p = Prescricao.of(g.municipio(), catalog, request.today());
                if (id == DocumentId.TICKET_PRESCRICAO && !p.podeAbrirChamado() && !evenIfPending) {
                    onHeldBack.accept(DocumentProblem.error(f.shown(), id.id(), "não enviado: pré-requisitos "
                            + "pendentes (" + String.join(", ", p.pendencias()) + "); conclua-os e atualize o "
                            + "checklist, ou use --mesmo-com-pendencias"));
                    inputProblems = true;
                    notSent++;
                    continue;
                }
                if (id == DocumentId.OFICIO_DOMINIO) {
                    files = OficioAssinado.choose(f.shown(), doc, files, folder, requireSignature, onHeldBack);
                    if (files == null) {
                        inputProblems = true;
                        notSent++;
                        continue;
                    }
                }
                outgoing.add(Outgoing.of(g.municipio(), id.id(), doc, files, folder));
            }
        }
        return new Plan(outgoing, notSent, inputProblems);
    }

    /**
     * @param outgoing the messages to send, in order
     * @param notSent documents asked for that never reach the mail service (invalid file, failed document,
     *        pending prerequisites): the reason was said already; the summary counts them as not sent
     * @param inputProblems some file was invalid, refused or incomplete, or some document was held back
     */
    public record Plan(List<Outgoing> outgoing, int notSent, boolean inputProblems) {
        public Plan {
            outgoing = List.copyOf(outgoing);
        }
    }
}
