package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.probe.Check;
import br.esus.oficios.probe.Observation;
import br.esus.oficios.probe.Outcome;
import br.esus.oficios.probe.Probe;
import br.esus.oficios.probe.Target;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gerar-oficios conferir}: usage errors, the machine without network, the exit codes. */
class CliConferirTest {
    @TempDir
    Path cwd;

    private static String usage(String message) {
        return "gerar-oficios: " + message + "\nVeja 'gerar-oficios conferir --help'.\n";
    }

    @Test
    void aDnsServerIsAnIpv4AddressWithAnOptionalPort() throws Exception {
        CliRun.copyExamples(cwd);
        for (String bad : List.of("dns.google", "8.8.8.8:99999", "8.8.8.256", "127.0.0.1:")) {
            CliRun r = CliRun.run(cwd, "conferir", "--servidor-dns", bad);
            assertEquals(ExitCodes.USAGE, r.exit(), r.toString());
            assertEquals(usage("--servidor-dns '" + bad + "': use o endereço IPv4 do servidor, com a porta opcional"
                    + " (ex.: 8.8.8.8 ou 127.0.0.1:5353)"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void theOtherOptionsSayWhatIsWrongInOneLine() throws Exception {
        CliRun.copyExamples(cwd);
        Files.createDirectories(cwd.resolve("vazia"));
        Files.writeString(cwd.resolve("vazia/leia-me.txt"), "nada");
        Files.writeString(cwd.resolve("arquivo.pem"), "nada");
        Map<List<String>, String> cases = Map.of(
                List.of("--confianca", "nao-existe"), "--confianca nao-existe: pasta não encontrada",
                List.of("--confianca", "arquivo.pem"), "--confianca arquivo.pem: não é uma pasta",
                List.of("--confianca", "vazia"), "--confianca vazia: nenhum certificado (.pem, .crt, .cer ou .der) "
                        + "na pasta",
                List.of("--conectar-em", "localhost"), "--conectar-em 'localhost': use um endereço IPv4 (ex.: "
                        + "10.0.0.5)",
                List.of("--porta-http", "0"), "--porta-http 0: use uma porta de 1 a 65535",
                List.of("--porta-http", "oitenta"), "valor inválido para --porta-http: 'oitenta' não é um número "
                        + "inteiro");
        cases.forEach((args, message) -> {
            CliRun r = CliRun.run(cwd, java.util.stream.Stream.concat(java.util.stream.Stream.of("conferir"),
                    args.stream()).toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, r.exit(), r.toString());
            assertEquals(usage(message), r.err(), r.toString());
        });
        assertFalse(Files.exists(cwd.resolve("output")));
    }

    @Test
    void helpIsInPortuguese() {
        CliRun r = CliRun.run(cwd, "conferir", "--help");
        assertEquals(ExitCodes.OK, r.exit());
        assertTrue(r.out().startsWith("Confere de fora o DNS, o HTTPS e o PEC, e compara com o checklist.\n"
                + "Uso: gerar-oficios conferir"), r.out());
        assertTrue(r.out().contains("--servidor-dns=IP[:PORTA]"), r.out());
    }

    /** Runs {@code conferir} with {@code probe} in place of the real one. */
    private CliRun conferir(Probe probe, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), cwd, CliRun.TODAY, false);
        CommandLine cl = Main.commandLine(ctx);
        ((ConferirCommand) cl.getSubcommands().get("conferir").getCommand()).probes = s -> probe;
        String[] all = new String[args.length + 1];
        all[0] = "conferir";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = cl.execute(all);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMachineWithoutNetworkSaysSoOnceAndWritesNothing() throws Exception {
        CliRun.copyExamples(cwd);
        AtomicInteger asked = new AtomicInteger();
        Probe offline = new Probe() {
            @Override
            public List<Observation> probe(Target target) {
                asked.incrementAndGet();
                return List.of();
            }

            @Override
            public Optional<String> networkProblem() {
                return Optional.of("sem rede: não há rota até o servidor DNS 10.0.0.1:53");
            }
        };
        CliRun r = conferir(offline);
        assertEquals(ExitCodes.INVALID, r.exit(), r.toString());
        assertEquals("gerar-oficios conferir: sem rede: não há rota até o servidor DNS 10.0.0.1:53; nada foi "
                + "conferido nem gravado\n", r.err());
        assertEquals("", r.out());
        assertEquals(0, asked.get());
        assertFalse(Files.exists(cwd.resolve("output")));
    }

    @Test
    void aFileWithErrorsIsReportedAsValidarDoesAndTheOthersAreStillChecked() throws Exception {
        CliRun.copyExamples(cwd);
        Files.writeString(cwd.resolve("municipios/zz-quebrado.yaml"), "municipio:\n  nome: X\n");
        Instant now = Instant.now();
        Probe allPassed = new Probe() {
            @Override
            public List<Observation> probe(Target t) {
                return java.util.Arrays.stream(Check.values()).map(c -> new Observation(c, Outcome.PASSED,
                        "visto em " + t.domain(), "pergunta", "resposta", List.of(), now)).toList();
            }

            @Override
            public Optional<String> networkProblem() {
                return Optional.empty();
            }
        };
        CliRun validar = CliRun.run(cwd, "validar", "municipios/zz-quebrado.yaml");
        CliRun r = conferir(allPassed);
        assertEquals(ExitCodes.INVALID, r.exit(), r.toString());
        assertTrue(r.err().startsWith(validar.err()), r.toString());
        assertTrue(r.err().endsWith("1 arquivo com erros ficou fora da conferência; corrija os erros acima.\n"),
                r.err());
        assertTrue(r.out().startsWith("Município       dns  https  http  pec\n"), r.out());
        assertTrue(Files.exists(cwd.resolve("output/ba-santo-amaro/conferencias.jsonl")));
        assertTrue(Files.exists(cwd.resolve("output/se-itabaiana/conferencias.jsonl")));
    }
}
