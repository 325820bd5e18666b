package br.esus.oficios.cli;

import br.esus.oficios.generate.BatchGenerator;
import br.esus.oficios.model.Pessoa;
import br.esus.oficios.output.FileSink;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.sign.BatchSigner;
import br.esus.oficios.sign.SignOutcome;
import br.esus.oficios.sign.SignRequest;
import br.esus.oficios.write.pdf.FontChoice;
import br.esus.oficios.write.pdf.PdfWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code assinar}: signs each municipality's ofício (and other PDFs) with an A1 certificate, in batch. */
final class AssinarCommand implements CommandModel.Modelled {
    private final CliContext ctx;

    CommandSpec spec;

    List<Path> inputs = new ArrayList<>();

    Path certificate;

    List<String> documents;

    Path output;

    Path font;

    CommonOptions common = new CommonOptions();

    AssinarCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "assinar",
                "Assina o ofício de cada município com um certificado digital A1 (ICP-Brasil).",
                "Assina digitalmente o PDF do ofício (e, com -d, outros documentos) de cada município com um "
                        + "certificado A1 (arquivo PKCS#12 .pfx ou .p12) e grava "
                        + "output/<uf>-<municipio>/<documento>-assinado.pdf. O PDF sem assinatura continua lá; ele é "
                        + "gerado de novo antes de assinar, como no enviar.",
                "",
                "O certificado vem de --certificado ou, para cada município, de signatario.certificado no arquivo "
                        + "YAML; a senha só da variável de ambiente " + Pessoa.SENHA_ENV_PADRAO + " (ou da que "
                        + "signatario.certificado_senha_env indicar), nunca da linha de comando. Certificado vencido, "
                        + "ainda não válido, sem uso para assinatura, senha errada ou arquivo que não é PKCS#12: nada "
                        + "é assinado para aquele município.",
                "",
                "A assinatura é PAdES (ETSI.CAdES.detached) com a política AD-RB da ICP-Brasil, visível abaixo de quem "
                        + "assina; confira com gerar-oficios verificar, pdfsig ou https://validar.iti.gov.br.");
        spec.addPositional(CommandModel.municipioFiles(() -> inputs, v -> inputs = v));
        spec.addOption(CommandModel.option(Path.class, () -> certificate, v -> certificate = v, "--certificado")
                .paramLabel("ARQ.pfx")
                .description("Certificado A1 (PKCS#12) para todos os municípios; substitui signatario.certificado e "
                        + "signatario.certificado_senha_env (a senha vem de "
                        + Pessoa.SENHA_ENV_PADRAO + ").")
                .build());
        spec.addOption(CommandModel.listOption(String.class, () -> documents, v -> documents = v, "-d", "--documento")
                .paramLabel("IDS")
                .splitRegex(",")
                .description("Documentos a assinar: oficio-dominio (o padrão), ticket-prescricao, pop, checklist.")
                .build());
        spec.addOption(CommandModel.outputFolder(() -> output, v -> output = v));
        spec.addOption(CommandModel.option(Path.class, () -> font, v -> font = v, "--fonte")
                .paramLabel("ARQUIVO.ttf")
                .description("Fonte TrueType do PDF e do bloco da assinatura.")
                .build());
        common.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        Set<DocumentId> docs = documents == null ? EnumSet.of(DocumentId.OFICIO_DOMINIO)
                : Choices.documents(spec.commandLine(), documents);
        for (DocumentId d : docs) {
            if (!d.markdown()) { // the documents written as PDF
                throw new ParameterException(spec.commandLine(), "o documento " + d.id() + " não é um PDF e não é "
                        + "assinado; use oficio-dominio, ticket-prescricao, pop ou checklist");
            }
        }
        InputSet in = InputSet.load(ctx, spec.commandLine(), inputs, common.modelos);
        Integer stop = in.unusable();
        if (stop != null) {
            return stop;
        }
        FontChoice fonts;
        try {
            fonts = FontChoice.resolve(font == null ? null : ctx.resolve(font));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // One font choice for the PDFs and the signature block: the signed page uses the document's own font.
        PdfWriter pdf = new PdfWriter(fonts);
        pdf.warnings().forEach(ctx.err()::println);
        ctx.err().flush();
        TemplateFiles templates = InputSet.templates(ctx, common.modelos);
        OutputLayout layout = new OutputLayout(ctx.resolve(output));
        SignRequest request = new SignRequest(in.files(), docs, certificate == null ? null : ctx.resolve(certificate),
                certificate == null ? null : certificate.toString(), ctx.env(), ctx.today(), Instant.now());
        int[] counts = new int[3]; // municipalities, signed files, municipalities with something not signed
        try (BatchGenerator generator = new BatchGenerator(in.catalog(), in.versoes(), new TemplateEngine(templates),
                List.of(pdf), layout, 1, common.debug)) {
            new BatchSigner(generator, in.catalog(), layout, FileSink.ATOMIC, fonts.body().get(0), common.debug)
                    .run(request,
                    o -> GerarCommand.report(ctx, o), o -> {
                        report(o);
                        counts[0]++;
                        counts[1] += o.signed().size();
                        counts[2] += o.failed() ? 1 : 0;
                    });
        }
        ctx.out().println(summary(counts[0], counts[1], counts[2]));
        ctx.out().flush();
        return counts[2] > 0 || in.hadProblems() ? ExitCodes.INVALID : ExitCodes.OK;
    }

    private void report(SignOutcome o) {
        DiagnosticLines.print(ctx.err(), o.problems());
        ctx.err().flush();
        for (Path p : o.signed()) {
            ctx.out().println(ctx.show(p) + ": assinado por " + o.holder());
        }
        ctx.out().flush();
    }

    static String summary(int municipios, int signed, int failed) {
        StringBuilder sb = new StringBuilder();
        sb.append(municipios).append(municipios == 1 ? " município" : " municípios").append(": ")
                .append(signed).append(signed == 1 ? " documento assinado" : " documentos assinados");
        if (failed > 0) {
            sb.append("; ").append(failed).append(" com documentos não assinados");
        }
        return sb.append('.').toString();
    }
}
