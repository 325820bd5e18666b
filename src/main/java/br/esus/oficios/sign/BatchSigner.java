package br.esus.oficios.sign;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.generate.BatchGenerator;
import br.esus.oficios.generate.GenerateRequest;
import br.esus.oficios.generate.Generated;
import br.esus.oficios.generate.InputFile;
import br.esus.oficios.generate.MunicipioOutcome;
import br.esus.oficios.generate.Precheck;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Diagnostic;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import br.esus.oficios.output.FileSink;
import br.esus.oficios.output.IoMessages;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.write.pdf.FontChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Signs each municipality's PDF documents with its A1 certificate: checks the certificate first (a refused one
 * leaves the municipality untouched), generates the unsigned PDF again (as {@code enviar} does before sending), and
 * writes {@code <documento>-assinado.pdf} beside it, whole or not at all.
 */
public final class BatchSigner {
    /** What the signed copy of {@code oficio-dominio.pdf} is called: {@code oficio-dominio-assinado.pdf}. */
    public static final String SUFFIX = "-assinado.pdf";

    private final BatchGenerator generator;
    private final ChecklistCatalog catalog;
    private final OutputLayout layout;
    private final FileSink sink;
    private final PadesSigner signer;
    private final boolean debug;

    public BatchSigner(BatchGenerator generator, ChecklistCatalog catalog, OutputLayout layout, FileSink sink,
            FontChoice.Face face, boolean debug) {
        this.generator = generator;
        this.catalog = catalog;
        this.layout = layout;
        this.sink = sink;
        this.signer = new PadesSigner(face);
        this.debug = debug;
    }

    /** The signed copy of a document's PDF. */
    public static Path signedFile(Path folder, DocumentId id) {
        return folder.resolve(id.fileName("pdf").replaceFirst("\\.pdf$", SUFFIX));
    }

    /**
     * @param onGenerated each unsigned PDF generated on the way, with its problems, before its file's outcome
     * @param onOutcome each file's outcome, in order
     */
    public void run(SignRequest request, Consumer<MunicipioOutcome> onGenerated, Consumer<SignOutcome> onOutcome)
            throws InterruptedException {
        GenerateRequest all = new GenerateRequest(request.files(), request.documents(), List.of("pdf"),
                request.env(), request.today());
        Map<Path, Problem> copies = generator.duplicates(all);
        Map<CertificateChoice, Object> keys = new HashMap<>();
        MunicipioReader reader = new MunicipioReader(catalog, request.today());
        for (InputFile f : request.files()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            onOutcome.accept(one(f, request, copies, keys, reader, onGenerated));
        }
    }

    private SignOutcome one(InputFile f, SignRequest request, Map<Path, Problem> copies,
            Map<CertificateChoice, Object> keys, MunicipioReader reader, Consumer<MunicipioOutcome> onGenerated) {
        List<Diagnostic> problems = new ArrayList<>();
        if (copies.containsKey(f.shown())) {
            problems.add(copies.get(f.shown()));
            return new SignOutcome(f.shown(), problems, List.of(), null, true);
        }
        ReadResult read = reader.read(f.path(), f.shown());
        if (!read.ok()) {
            problems.addAll(read.errors());
            return new SignOutcome(f.shown(), problems, List.of(), null, true);
        }
        Municipio m = read.municipio();
        CertificateChoice choice = CertificateChoice.of(request.certificate(), request.certificateShown(),
                m.signatario(), f);
        SigningKey key;
        try {
            key = key(choice, request, keys);
        } catch (CertificateRefusal e) {
            problems.add(DocumentProblem.error(f.shown(), null, e.getMessage() + "; nada foi assinado"));
            return new SignOutcome(f.shown(), problems, List.of(), null, true);
        }
        if (!CertificateNames.sameName(key.holder(), m.signatario().nome())) {
            problems.add(DocumentProblem.warning(f.shown(), null, "o certificado é de " + key.holder()
                    + ", mas quem assina (signatario.nome) é " + m.signatario().nome()
                    + "; confira se é o certificado certo"));
        }
        Path folder;
        try {
            folder = layout.folder(m);
        } catch (IOException e) {
            problems.add(DocumentProblem.error(f.shown(), null, e.getMessage()));
            return new SignOutcome(f.shown(), problems, List.of(), null, true);
        }
        // Generated again every time, as enviar does: the bytes are the same when nothing changed, and a PDF older
        // than the program, its built-in templates, the brasão or today's date is never signed.
        Generated g = generator.generate(f, new GenerateRequest(List.of(f), request.documents(), List.of("pdf"),
                request.env(), request.today()), copies, Precheck.NONE);
        onGenerated.accept(g.outcome());
        List<Path> generated = g.outcome().written();
        ZonedDateTime when = ZonedDateTime.ofInstant(request.now(), DocMeta.ZONE).truncatedTo(ChronoUnit.SECONDS);
        String location = m.municipio().nome() + "/" + m.municipio().uf().name();
        List<Path> signed = new ArrayList<>();
        boolean failed = false;
        for (DocumentId id : DocumentId.values()) {
            if (!request.documents().contains(id)) {
                continue;
            }
            Path pdf = folder.resolve(id.fileName("pdf"));
            if (!generated.contains(pdf)) {
                failed = true; // the generator said why
                continue;
            }
            Path target = signedFile(folder, id);
            String problem = signOne(pdf, target, key, m.signatario().cargo(), location, when);
            if (problem == null) {
                signed.add(target);
            } else {
                problems.add(DocumentProblem.error(f.shown(), id.id(), problem));
                failed = true;
            }
        }
        return new SignOutcome(f.shown(), problems, signed, key.holder(), failed);
    }

    /** Signs one PDF into {@code target}; null when done, else what went wrong. */
    private String signOne(Path pdf, Path target, SigningKey key, String anchor, String location,
            ZonedDateTime when) {
        byte[] unsigned;
        try {
            unsigned = Files.readAllBytes(pdf);
        } catch (IOException e) {
            return "não foi possível ler " + pdf + ": " + IoMessages.readReason(e);
        }
        byte[] bytes;
        try {
            bytes = signer.sign(unsigned, key, anchor, location, when);
        } catch (SigningException e) {
            return e.getMessage() + (debug && e.getCause() != null ? " [" + e.getCause() + "]" : "");
        } catch (IOException | RuntimeException e) {
            return pdf + " não pôde ser assinado: o PDF está ilegível ou danificado; apague-o para que seja gerado "
                    + "de novo" + (debug ? " [" + e + "]" : "");
        }
        try {
            sink.write(target, bytes, false);
            return null;
        } catch (IOException e) {
            return "não foi possível gravar " + IoMessages.of(e);
        }
    }

    /** The key of a certificate, read once per run; the refusal of a bad one is remembered as well. */
    private static SigningKey key(CertificateChoice choice, SignRequest request, Map<CertificateChoice, Object> keys)
            throws CertificateRefusal {
        if (choice.file() == null) {
            throw new CertificateRefusal("nenhum certificado para assinar: informe --certificado ARQ.pfx ou "
                    + "signatario.certificado no arquivo do município");
        }
        Object k = keys.computeIfAbsent(choice, c -> {
            String password = request.env().get(c.passwordEnv());
            if (password == null) {
                return new CertificateRefusal("a senha do certificado " + c.shown() + " vai na variável de ambiente "
                        + c.passwordEnv() + ", que não está definida");
            }
            try {
                return Pkcs12Reader.read(c.file(), c.shown(), password.toCharArray(), request.now());
            } catch (CertificateRefusal e) {
                return e;
            }
        });
        if (k instanceof CertificateRefusal r) {
            throw r;
        }
        return (SigningKey) k;
    }
}
