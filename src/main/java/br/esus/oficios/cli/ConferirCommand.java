package br.esus.oficios.cli;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.probe.ConferenceLog;
import br.esus.oficios.probe.Probe;
import br.esus.oficios.probe.ProbeReport;
import br.esus.oficios.probe.ProbeRun;
import br.esus.oficios.probe.ProbeSettings;
import br.esus.oficios.probe.Prober;
import br.esus.oficios.read.DuplicateMunicipios;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code conferir}: observes from this machine what the checklist says of DNS, HTTPS and the PEC's page. */
final class ConferirCommand implements CommandModel.Modelled {
    private static final String PREFIX = "gerar-oficios conferir: ";
    /** The limit of each connection, query or read. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV4_PORT = Pattern.compile("(?<ip>" + IPV4.pattern() + ")(?::(?<port>\\d{1,5}))?");

    private final CliContext ctx;

    /** The one place where the observation engine is made. */
    Function<ProbeSettings, Probe> probes = Prober::new;

    CommandSpec spec;

    List<Path> inputs = new ArrayList<>();

    String dnsServer;

    Path trustFolder;

    String connectTo;

    int httpPort;

    Path outputDir;

    CommonOptions common = new CommonOptions();

    ConferirCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "conferir",
                "Confere de fora o DNS, o HTTPS e o PEC, e compara com o checklist.",
                "Para cada município, consulta o registro A de instalacao.dominio (o item dns_govbr está cumprido "
                        + "quando instalacao.ipv4 está entre as respostas), faz o aperto de mão TLS com o endereço de "
                        + "instalacao.url (cadeia confiável, nome, dias até vencer) e um GET na porta 80, que deve "
                        + "redirecionar para HTTPS (item https), e um GET em instalacao.url, que deve trazer a página "
                        + "do PEC (item link_instalacao; a versão mostrada é comparada com instalacao.versao_pec). "
                        + "Nada mais é enviado aos servidores.",
                "",
                "Mostra uma tabela (ok / falhou / não conferido), os motivos, os avisos e as divergências com o "
                        + "checklist do YAML, que nunca é alterado, e acrescenta as evidências a "
                        + "<saida>/<uf>-<municipio>/conferencias.jsonl (o 'checklist' mostra o último resultado). "
                        + "Código de saída 0 quando nada diverge do YAML; 1 quando algo diverge, não pôde ser "
                        + "conferido ou há arquivo com erro; 2 para erro de uso.");
        spec.addPositional(CommandModel.municipioFiles(() -> inputs, v -> inputs = v));
        spec.addOption(CommandModel.option(String.class, () -> dnsServer, v -> dnsServer = v, "--servidor-dns")
                .paramLabel("IP[:PORTA]")
                .description("Pergunta o registro A a este servidor DNS (porta 53 se omitida) em vez do servidor "
                        + "configurado no sistema.")
                .build());
        spec.addOption(CommandModel.option(Path.class, () -> trustFolder, v -> trustFolder = v, "--confianca")
                .paramLabel("PASTA")
                .description("Pasta com certificados (.pem, .crt, .cer ou .der) aceitos além das autoridades do Java, "
                        + "para um servidor com certificado de autoridade interna.")
                .build());
        spec.addOption(CommandModel.option(String.class, () -> connectTo, v -> connectTo = v, "--conectar-em")
                .paramLabel("IP")
                .description("Conecta o HTTPS, o HTTP e a página do PEC neste endereço em vez do que o DNS deu, ainda "
                        + "com o nome da instalação (como o --connect-to do curl): para um servidor atrás de firewall.")
                .build());
        spec.addOption(CommandModel.option(int.class, () -> httpPort, v -> httpPort = v, "--porta-http")
                .paramLabel("N")
                .defaultValue("80")
                .description("Porta do HTTP que deve redirecionar para HTTPS (padrão: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(CommandModel.option(Path.class, () -> outputDir, v -> outputDir = v, "-o", "--saida")
                .paramLabel("PASTA")
                .defaultValue(CommandModel.OUTPUT)
                .description("Pasta de saída onde ficam as evidências, em <uf>-<municipio>/conferencias.jsonl (padrão: "
                        + "${DEFAULT-VALUE}).")
                .build());
        common.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        ProbeSettings settings = settings();
        InputSet in = InputSet.load(ctx, spec.commandLine(), inputs, common.modelos);
        Integer stop = in.unusable();
        if (stop != null) {
            return stop;
        }
        MunicipioReader reader = new MunicipioReader(in.catalog(), ctx.today());
        List<ReadResult> results = DuplicateMunicipios.applyAll(in.files().stream()
                .map(f -> reader.read(f.path(), f.shown())).toList());
        List<Municipio> valid = new ArrayList<>();
        for (ReadResult r : results) {
            if (r.ok()) {
                valid.add(r.municipio());
            } else {
                DiagnosticLines.print(ctx.err(), r.errors());
            }
        }
        int invalid = results.size() - valid.size();
        ctx.err().flush();
        if (valid.isEmpty()) {
            ctx.err().println(PREFIX + "nenhum arquivo válido para conferir; corrija os erros acima");
            return ExitCodes.INVALID;
        }
        ProbeRun.Result result = ProbeRun.run(valid, in.catalog(), probes.apply(settings), ctx.resolve(outputDir),
                settings.clock(), version());
        if (result instanceof ProbeRun.Result.NoNetwork n) {
            ctx.err().println(PREFIX + n.reason() + "; nada foi conferido nem gravado");
            return ExitCodes.INVALID;
        }
        ProbeRun.Result.Done done = (ProbeRun.Result.Done) result;
        ProbeReport.lines(done).forEach(ctx.out()::println);
        ctx.out().println();
        for (ProbeRun.MunicipioResult m : done.unwritten()) {
            ctx.err().println(PREFIX + ctx.show(m.evidence()) + ": não foi possível gravar as evidências: "
                    + m.evidenceProblem());
        }
        if (done.unwritten().size() < done.municipios().size()) {
            ctx.out().println("Evidências acrescentadas a " + ctx.show(ctx.resolve(outputDir))
                    + "/<uf>-<municipio>/" + ConferenceLog.FILE + ".");
        }
        ctx.out().println(ProbeReport.summary(done));
        if (invalid > 0) {
            ctx.err().println(invalid + (invalid == 1 ? " arquivo com erros ficou" : " arquivos com erros ficaram")
                    + " fora da conferência; corrija os erros acima.");
        }
        ctx.out().flush();
        ctx.err().flush();
        boolean incomplete = done.notChecked() > 0 || !done.unwritten().isEmpty();
        return invalid > 0 || in.hadProblems() || incomplete || !done.disagreements().isEmpty()
                ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /** The options as the probe takes them; a bad value is a usage error. */
    private ProbeSettings settings() {
        if (httpPort < 1 || httpPort > 65535) {
            throw usage("--porta-http " + httpPort + ": use uma porta de 1 a 65535");
        }
        return new ProbeSettings(dnsServer == null ? Optional.empty() : Optional.of(dnsServer(dnsServer)),
                trust(), connectTo == null ? Optional.empty() : Optional.of(connectTo(connectTo)), httpPort,
                TIMEOUT, Clock.system(DocMeta.ZONE));
    }

    /** {@code IP[:PORTA]}, an IPv4 address with an optional port (53 when omitted). */
    private InetSocketAddress dnsServer(String value) {
        Matcher m = IPV4_PORT.matcher(value.strip());
        int port = m.matches() && m.group("port") != null ? Integer.parseInt(m.group("port")) : 53;
        if (!m.matches() || port < 1 || port > 65535) {
            throw usage("--servidor-dns '" + value + "': use o endereço IPv4 do servidor, com a porta opcional "
                    + "(ex.: 8.8.8.8 ou 127.0.0.1:5353)");
        }
        return new InetSocketAddress(literal(m.group("ip")), port);
    }

    private InetAddress connectTo(String value) {
        if (!IPV4.matcher(value.strip()).matches()) {
            throw usage("--conectar-em '" + value + "': use um endereço IPv4 (ex.: 10.0.0.5)");
        }
        return literal(value.strip());
    }

    /** An address written as digits: no name is looked up. */
    private static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("endereço IPv4 já validado: " + ip, e);
        }
    }

    /** The certificates of {@code --confianca}, as {@code verificar} reads them; none without the option. */
    private List<X509Certificate> trust() {
        return trustFolder == null ? List.of()
                : TrustFolderOption.load(ctx, spec.commandLine(), trustFolder).certificates();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String version() {
        try {
            return new VersionProvider().getVersion()[0];
        } catch (IOException e) {
            return "gerar-oficios (versão desconhecida)";
        }
    }
}
