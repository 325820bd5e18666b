package br.esus.oficios.cli;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.generate.BatchGenerator;
import br.esus.oficios.generate.GenerateRequest;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.send.MailConfigException;
import br.esus.oficios.send.MailOverrides;
import br.esus.oficios.send.MailService;
import br.esus.oficios.send.MailSettings;
import br.esus.oficios.send.MailSettingsReader;
import br.esus.oficios.send.Seguranca;
import br.esus.oficios.send.SendOptions;
import br.esus.oficios.send.SendPlanner;
import br.esus.oficios.send.SendResult;
import br.esus.oficios.send.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code enviar}: e-mails the ofício to the state agency and the ticket to support, once. */
final class EnviarCommand implements CommandModel.Modelled {
    private final CliContext ctx;

    CommandSpec spec;

    List<Path> inputs = new ArrayList<>();

    List<String> documents;

    boolean simulate;

    boolean resend;

    boolean attachDocx;

    boolean evenIfPending;

    Path output;

    Path font;

    String host;

    Integer port;

    String security;

    String user;

    String sender;

    boolean insecure;

    Path configFile;

    CommonOptions common = new CommonOptions();

    EnviarCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "enviar", "Envia o ofício e o ticket por e-mail, uma vez só.",
                "Envia por e-mail o ofício ao órgão do domínio (orgao_dominio.email) e o ticket da prescrição digital "
                        + "ao suporte, com cópia para o contato do município. Gera de novo o PDF antes de enviar; o "
                        + "corpo da mensagem é o próprio documento, sem os recados {.interna} para quem imprime.",
                "",
                "Configuração em gerar-oficios.yaml (veja gerar-oficios.exemplo.yaml) ou no arquivo de --config; a "
                        + "senha só na variável de ambiente GERAR_OFICIOS_SMTP_SENHA. Endereços de exemplo (domínios "
                        + "reservados como .example e .test) são recusados antes de enviar qualquer coisa; --simular "
                        + "os aceita. Cada envio fica registrado em output/<uf>-<municipio>/envios.jsonl, e o mesmo "
                        + "documento (o mesmo conteúdo, mesmo que o PDF seja gerado de novo noutro dia) não é enviado "
                        + "duas vezes (a não ser com --reenviar).",
                "",
                "O ofício vai assinado quando a pasta do município tem uma cópia assinada do ofício atual (feita com "
                        + "'assinar' ou no assinador GOV.BR, com qualquer nome de arquivo PDF); senão vai sem "
                        + "assinatura, com um aviso, ou não vai, com smtp.exigir_assinatura: true. Confira uma cópia "
                        + "com 'gerar-oficios verificar'.",
                "",
                "Se o servidor recebe a mensagem mas não responde a tempo (ou a execução é interrompida no meio), o "
                        + "envio fica incerto: nada é tentado de novo, a Message-ID aparece para conferir com o "
                        + "destinatário, o código de saída é 3, e o documento só vai outra vez com --reenviar.");
        spec.addPositional(CommandModel.parameters(Path.class, "1..*", () -> inputs, v -> inputs = v)
                .paramLabel("ARQ")
                .description("Arquivos .yaml dos municípios (ou pastas com eles).")
                .build());
        spec.addOption(CommandModel.listOption(String.class, () -> documents, v -> documents = v, "-d", "--documento")
                .paramLabel("IDS")
                .splitRegex(",")
                .description("oficio-dominio, ticket-prescricao ou os dois (padrão: os dois).")
                .build());
        spec.addOption(CommandModel.flag(() -> simulate, v -> simulate = v, "--simular")
                .description("Não envia nada: grava cada mensagem como .eml em output/<uf>-<municipio>/envios/ e "
                        + "mostra quem receberia o quê.")
                .build());
        spec.addOption(CommandModel.flag(() -> resend, v -> resend = v, "--reenviar")
                .description("Envia mesmo que o mesmo documento já tenha sido enviado, ou que o envio anterior tenha "
                        + "ficado incerto.")
                .build());
        spec.addOption(CommandModel.flag(() -> attachDocx, v -> attachDocx = v, "--anexar-docx")
                .description("Anexa também o DOCX, além do PDF.")
                .build());
        spec.addOption(CommandModel.flag(() -> evenIfPending, v -> evenIfPending = v, "--mesmo-com-pendencias")
                .description("Envia o ticket da prescrição digital mesmo com pré-requisitos pendentes no checklist "
                        + "(HTTPS, SMTP, certificado, versão do PEC).")
                .build());
        spec.addOption(CommandModel.outputFolder(() -> output, v -> output = v));
        spec.addOption(CommandModel.option(Path.class, () -> font, v -> font = v, "--fonte")
                .paramLabel("ARQUIVO.ttf")
                .description("Fonte TrueType para o PDF.")
                .build());
        spec.addOption(CommandModel.option(String.class, () -> host, v -> host = v, "--servidor")
                .paramLabel("HOST")
                .description("Servidor SMTP (substitui smtp.servidor).")
                .build());
        spec.addOption(CommandModel.option(Integer.class, () -> port, v -> port = v, "--porta")
                .paramLabel("N")
                .description("Porta SMTP (substitui smtp.porta).")
                .build());
        spec.addOption(CommandModel.option(String.class, () -> security, v -> security = v, "--seguranca")
                .paramLabel("MODO")
                .description("starttls, ssl ou nenhuma (substitui smtp.seguranca).")
                .build());
        spec.addOption(CommandModel.option(String.class, () -> user, v -> user = v, "--usuario")
                .paramLabel("USUARIO")
                .description("Usuário SMTP (substitui smtp.usuario).")
                .build());
        spec.addOption(CommandModel.option(String.class, () -> sender, v -> sender = v, "--remetente")
                .paramLabel("EMAIL")
                .description("Remetente: email ou \"Nome <email>\".")
                .build());
        spec.addOption(CommandModel.flag(() -> insecure, v -> insecure = v, "--inseguro")
                .description("Permite 'seguranca: nenhuma' com um servidor que não é desta máquina (a senha e os "
                        + "documentos passam sem criptografia).")
                .build());
        spec.addOption(CommandModel.option(Path.class, () -> configFile, v -> configFile = v, "--config")
                .paramLabel("ARQ")
                .description("Arquivo de configuração do envio (padrão: "
                        + MailSettingsReader.ARQUIVO + " na pasta atual).")
                .build());
        common.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    /** The one line {@code --inseguro} prints: what travels in clear text, or that the option changes nothing. */
    static String insecureWarning(MailSettings s, boolean simulate) {
        if (s.seguranca() != Seguranca.NENHUMA) {
            return "aviso: --inseguro não muda nada aqui: a conexão com " + s.endereco() + " usa seguranca "
                    + s.seguranca().yaml() + " e é criptografada";
        }
        String what = s.usuario() == null ? "os documentos e os endereços" : "a senha e os documentos";
        return "aviso: --inseguro: a conexão com " + s.endereco() + " não é criptografada; " + what
                + (simulate ? " passariam" : " passam") + " pela rede em texto aberto, legíveis por quem estiver no "
                + "caminho" + (simulate ? " (nesta simulação nada é enviado)" : "");
    }

    @Override
    public Integer call() throws Exception {
        Set<DocumentId> docs = Choices.documents(spec.commandLine(), documents);
        if (documents == null) {
            docs = SendPlanner.SENDABLE;
        }
        for (DocumentId d : docs) {
            if (!SendPlanner.SENDABLE.contains(d)) {
                throw new ParameterException(spec.commandLine(), "o documento " + d.id()
                        + " não é enviado por e-mail; use oficio-dominio e/ou ticket-prescricao");
            }
        }
        MailSettings settings;
        try {
            Path config = ctx.resolve(configFile == null ? Path.of(MailSettingsReader.ARQUIVO) : configFile);
            if (configFile != null && !java.nio.file.Files.isRegularFile(config)) {
                ctx.err().println("gerar-oficios enviar: --config " + configFile + ": "
                        + (java.nio.file.Files.isDirectory(config) ? "é uma pasta, não um arquivo" : "arquivo não "
                        + "encontrado") + "; confira o nome e a pasta (veja gerar-oficios.exemplo.yaml). Nada foi "
                        + "enviado");
                return ExitCodes.INVALID;
            }
            MailOverrides overrides = new MailOverrides(host, port, security, user, sender, insecure);
            // A real send refuses the example configuration's addresses (reserved domains); a simulation takes them.
            settings = simulate ? MailSettingsReader.read(config, Path.of(ctx.show(config)), overrides)
                    : MailSettingsReader.readForSending(config, Path.of(ctx.show(config)), overrides);
        } catch (MailConfigException e) {
            e.lines().forEach(ctx.err()::println);
            ctx.err().flush();
            return ExitCodes.INVALID;
        }
        String noPassword = simulate ? null : MailService.missingPassword(settings, ctx.env());
        if (noPassword != null) {
            ctx.err().println("gerar-oficios enviar: " + noPassword + ". Nada foi enviado");
            return ExitCodes.INVALID;
        }
        if (insecure) {
            ctx.err().println(insecureWarning(settings, simulate));
        }
        InputSet in = InputSet.load(ctx, spec.commandLine(), inputs, common.modelos);
        Integer stop = in.unusable();
        if (stop != null) {
            return stop;
        }
        List<String> formats = attachDocx ? List.of("pdf", "docx") : List.of("pdf");
        GenerateRequest request = new GenerateRequest(in.files(), docs, formats, ctx.env(), ctx.today());
        SendPlanner.Plan plan;
        try (BatchGenerator generator = new BatchGenerator(in.catalog(), in.versoes(),
                new TemplateEngine(InputSet.templates(ctx, common.modelos)),
                Choices.writers(spec.commandLine(), ctx, formats, font), new OutputLayout(ctx.resolve(output)),
                1, common.debug)) {
            plan = new SendPlanner(generator, in.catalog(), simulate, evenIfPending,
                    settings.exigirAssinatura()).plan(request,
                    o -> GerarCommand.report(ctx, o), p -> {
                        ctx.err().println(DiagnosticLines.line(p));
                        ctx.err().flush();
                    });
        }
        boolean inputProblems = in.hadProblems() || plan.inputProblems();
        if (plan.outgoing().isEmpty() && plan.notSent() == 0) {
            ctx.err().println("gerar-oficios enviar: nada a enviar");
            return inputProblems ? ExitCodes.INVALID : ExitCodes.OK;
        }
        SendResult result = plan.outgoing().isEmpty() ? new SendResult(List.of(), settings.endereco())
                : new MailService(settings, ctx.env(), Clock.system(DocMeta.ZONE), Sleeper.real())
                        .send(plan.outgoing(), new SendOptions(simulate, resend));
        result.lines().forEach(l -> ctx.out().println(SendReport.line(l)));
        ctx.err().flush();
        ctx.out().println(SendReport.summary(result, simulate, plan.notSent()));
        ctx.out().flush();
        return ExitCodes.of(result.verdict(), inputProblems);
    }
}
