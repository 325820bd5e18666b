package br.esus.oficios.cli;

import br.esus.oficios.sign.SignatureReader;
import br.esus.oficios.sign.SignedCopies;
import br.esus.oficios.sign.SignedPdf;
import br.esus.oficios.sign.TrustAnchors;
import br.esus.oficios.sign.VerificationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code verificar}: reads the signatures of PDFs back, offline. */
final class VerificarCommand implements CommandModel.Modelled {
    private final CliContext ctx;

    CommandSpec spec;

    List<Path> files = new ArrayList<>();

    Path trustFolder;

    VerificarCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "verificar", "Confere as assinaturas digitais de PDFs.",
                "Mostra, para cada assinatura de cada PDF: quem assinou, o emissor do certificado (e se é do assinador "
                        + "GOV.BR), quando (o horário que a assinatura declara), se o certificado era válido nessa "
                        + "data, se o arquivo foi alterado depois de assinado, e se o documento assinado é o atual: um "
                        + "PDF dentro da pasta de saída de um município (output/<uf>-<municipio>/) é comparado, pelo "
                        + "resumo do conteúdo que o gerar-oficios grava no PDF, com os PDFs gerados nessa pasta.",
                "",
                "Sem rede: a cadeia do certificado só é conferida com --confianca, contra os certificados da pasta "
                        + "indicada (sem consulta de revogação). Código de saída 0 quando todas as assinaturas estão "
                        + "íntegras e válidas; 1 quando algum arquivo não tem assinatura, foi alterado depois de "
                        + "assinado, tem assinatura inválida ou não pôde ser lido.");
        spec.addPositional(CommandModel.parameters(Path.class, "1..*", () -> files, v -> files = v)
                .paramLabel("ARQ.pdf")
                .description("Os PDFs assinados a conferir.")
                .build());
        spec.addOption(CommandModel.option(Path.class, () -> trustFolder, v -> trustFolder = v, "--confianca")
                .paramLabel("PASTA")
                .description("Pasta com os certificados de confiança (as ACs raiz e intermediárias, em .pem, .crt, "
                        + ".cer ou .der); sem ela, a cadeia não é conferida.")
                .build());
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        TrustAnchors anchors = TrustAnchors.NONE;
        if (trustFolder != null) {
            anchors = TrustFolderOption.load(ctx, spec.commandLine(), trustFolder);
        } else {
            ctx.err().println("aviso: nenhuma âncora de confiança informada (--confianca PASTA): as cadeias dos "
                    + "certificados não foram conferidas");
        }
        ctx.err().flush();
        SignatureReader reader = new SignatureReader(anchors);
        int bad = 0;
        for (Path f : files) {
            Path file = ctx.resolve(f);
            SignedPdf pdf = reader.read(file);
            Map<String, SignatureReader.XmpIds> generated = new LinkedHashMap<>(SignedCopies.generated(file.toAbsolutePath()
                    .getParent()));
            generated.remove(file.getFileName().toString());
            VerificationReport.lines(pdf, f.toString(), generated).forEach(ctx.out()::println);
            ctx.out().flush();
            if (!pdf.valid()) {
                bad++;
            }
        }
        int n = files.size();
        ctx.out().println(bad == 0
                ? SendReport.plural(n, "arquivo com assinatura válida", "arquivos com assinaturas válidas") + "."
                : bad + " de " + SendReport.plural(n, "arquivo", "arquivos") + " sem assinatura válida.");
        ctx.out().flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
