package br.esus.oficios.scripts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.cli.CliContext;
import br.esus.oficios.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows backup and restore scripts ({@code backup-esus.ps1}, {@code restaurar-esus.ps1}) as the tool writes
 * them for the Windows example (Itabaiana/SE), checked without PowerShell: the bytes Windows PowerShell 5.1 needs
 * (UTF-8 with BOM, CRLF), the municipality's values in place and nothing left of the template, brackets and quotes
 * balanced, every variable set somewhere, every function called defined, only cmdlets that Windows PowerShell 5.1
 * has, and short lines. The C# the scripts compile with {@code Add-Type} is compiled here with Mono at the C# 5
 * level of Windows PowerShell 5.1, when Mono is installed, and its count of a plain SQL copy is compared byte for
 * byte with the awk of the Linux script ({@code backup-esus.sh}), so a copy counted on Windows compares with one
 * counted on Linux. What runs only on Windows (the scripts themselves, against a real PostgreSQL) is in
 * {@code .github/workflows/windows.yml}.
 */
class PowerShellScriptsTest {

    private static final List<String> SCRIPTS = List.of("backup-esus.ps1", "restaurar-esus.ps1");
    /** Cmdlets the scripts may use: all of them in Windows PowerShell 5.1 and PowerShell 7. */
    private static final Set<String> CMDLETS = Set.of("Add-Type", "Copy-Item", "ForEach-Object", "Get-ChildItem",
            "Get-Content", "Get-Date", "Get-FileHash", "Get-Service", "Join-Path", "New-Object", "Read-Host",
            "Remove-Item", "Resolve-Path", "Set-StrictMode", "Split-Path", "Test-Path", "Where-Object",
            "Write-Host");
    /** Capitalized bare words that are arguments, not commands. */
    private static final Set<String> BARE_ARGUMENTS = Set.of("Leaf", "Container", "SilentlyContinue");
    private static final int MAX_LINE = 120;

    @TempDir
    static Path cwd;

    static Path itabaiana;
    static Path santoAmaro;

    @BeforeAll
    static void generate() throws IOException {
        Path municipios = Files.createDirectories(cwd.resolve("municipios"));
        try (Stream<Path> s = Files.list(Path.of("municipios"))) {
            for (Path p : s.toList()) {
                Files.copy(p, municipios.resolve(p.getFileName()));
            }
        }
        String out = run("gerar", "-d", "scripts", "--modelos", Path.of("templates").toAbsolutePath().toString());
        itabaiana = cwd.resolve("output/se-itabaiana");
        santoAmaro = cwd.resolve("output/ba-santo-amaro");
        assertTrue(Files.isRegularFile(itabaiana.resolve("backup-esus.ps1")), out);
        assertTrue(Files.isRegularFile(santoAmaro.resolve("backup-esus.sh")), out);
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Main.run(new CliContext(ps, ps, Map.of(), cwd, LocalDate.of(2026, 11, 23), false), args);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        return text;
    }

    private static byte[] bytes(String script) throws IOException {
        return Files.readAllBytes(itabaiana.resolve(script));
    }

    /** The script as text, without BOM, with LF line ends. */
    private static String text(String script) throws IOException {
        String s = new String(bytes(script), StandardCharsets.UTF_8);
        return s.substring(1).replace("\r\n", "\n");
    }

    @Test
    void utf8WithBomAndCrlfAsWindowsPowerShell51Needs() throws IOException {
        for (String script : SCRIPTS) {
            byte[] b = bytes(script);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3), script);
            String s = new String(b, StandardCharsets.UTF_8);
            assertFalse(s.contains("\uFFFD"), script + ": UTF-8 inválido");
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    assertEquals('\r', s.charAt(i - 1), script + ": \\n sem \\r na posição " + i);
                } else if (s.charAt(i) == '\r') {
                    assertEquals('\n', s.charAt(i + 1), script + ": \\r sozinho na posição " + i);
                }
            }
            assertTrue(s.endsWith("\r\n"), script);
            assertTrue(s.contains("município"), script + ": os acentos precisam chegar como UTF-8");
        }
    }

    @Test
    void everyValueOfTheMunicipalityIsInPlaceAndNothingOfTheTemplateIsLeft() throws IOException {
        for (String script : SCRIPTS) {
            String s = text(script);
            for (String leftover : List.of("[=", "<#", "#>", "</#", "<@", "</@", "${", "#{")) {
                assertFalse(s.contains(leftover), script + ": sobrou " + leftover + " perto de "
                        + (s.contains(leftover) ? s.substring(s.indexOf(leftover), s.indexOf(leftover) + 40) : ""));
            }
            for (String line : List.of("$Municipio = 'Itabaiana/SE'", "$PastaPec = 'C:\\Program Files\\e-SUS'",
                    "$PastaChaves = 'C:\\Program Files\\e-SUS\\webserver\\chaves'",
                    "$ArquivoProperties = 'C:\\Program Files\\e-SUS\\webserver\\config\\application.properties'",
                    "$Porta = '5433'", "$Banco = 'esus'", "$Usuario = 'postgres'",
                    "$Prefixo = 'esus-se-itabaiana'", "$Servico = 'e-SUS-PEC'",
                    "$LinkInstalacao = 'https://esus.itabaiana.se.gov.br'", "$PastaPadrao = 'C:\\backup-esus'")) {
                assertTrue(s.contains("\n" + line + "\n"), script + ": falta a linha " + line);
            }
            assertTrue(s.startsWith("# "), script);
            assertTrue(s.contains("\n$ErrorActionPreference = 'Stop'\n"), script);
            assertTrue(s.contains("esus-se-itabaiana-AAAA-MM-DD"), script);
        }
    }

    @Test
    void quotesInTheMunicipalityNameAreDoubledTypographicOnesToo() throws IOException {
        Path dir = Files.createDirectories(cwd.resolve("aspas"));
        String yaml = Files.readString(Path.of("municipios/se-itabaiana.yaml"))
                .replace("\n  nome: Itabaiana\n", "\n  nome: Olho d\u2019Água d'Oeste\n");
        Files.writeString(dir.resolve("se-olho.yaml"), yaml);
        run("gerar", "-d", "scripts", "--modelos", Path.of("templates").toAbsolutePath().toString(), "-o",
                cwd.resolve("saida-aspas").toString(), dir.toString());
        Path out = cwd.resolve("saida-aspas/se-olho-d-agua-d-oeste");
        for (String script : SCRIPTS) {
            String s = new String(Files.readAllBytes(out.resolve(script)), StandardCharsets.UTF_8);
            assertTrue(s.contains("\r\n$Municipio = 'Olho d\u2019\u2019Água d''Oeste/SE'\r\n"), script);
            PowerShellLexer.Result r = PowerShellLexer.read(s.substring(1));
            assertEquals(List.of(), r.problems(), script);
        }
    }

    @Test
    void bracketsAndQuotesBalanceAndEveryVariableIsSet() throws IOException {
        Set<String> assigned = new TreeSet<>();
        Set<String> referenced = new TreeSet<>();
        for (String script : SCRIPTS) {
            PowerShellLexer.Result r = PowerShellLexer.read(text(script));
            assertEquals(List.of(), r.problems(), script);
            Set<String> unset = new TreeSet<>(r.referenced());
            unset.removeAll(r.assigned());
            unset.removeAll(PowerShellLexer.AUTOMATIC);
            assertEquals(Set.of(), unset, script + ": variáveis lidas e nunca definidas");
            assertEquals(1, r.hereStrings().stream().filter(h -> h.contains("namespace EsusPec")).count(), script);
            assigned.addAll(r.assigned());
            referenced.addAll(r.referenced());
        }
        // The common part serves both scripts: what it sets is read by one of them at least.
        assigned.removeAll(referenced);
        assigned.removeAll(Set.of("erroractionpreference", "progresspreference"));
        assertEquals(Set.of(), assigned, "variáveis definidas e nunca lidas");
    }

    @Test
    void everyFunctionCalledIsDefinedAndEveryCmdletExistsInWindowsPowerShell51() throws IOException {
        Pattern defined = Pattern.compile("(?m)^\\s*function\\s+(\\w+)");
        Pattern cmdlet = Pattern.compile("\\b[A-Z][a-z]+(?:[A-Z][a-z]+)*-[A-Z][A-Za-z]+\\b");
        Pattern word = Pattern.compile("(?<![\\[.\\-$:\\w])([A-Z][a-z]+(?:[A-Z][a-z0-9]*)*)\\b(?![-.:\\](\\w])"
                + "(?!\\s*=)");
        StringBuilder all = new StringBuilder();
        Set<String> everyFunction = new TreeSet<>();
        for (String script : SCRIPTS) {
            String code = PowerShellLexer.read(text(script)).code();
            all.append(code);
            Set<String> functions = new TreeSet<>();
            Matcher m = defined.matcher(code);
            while (m.find()) {
                assertTrue(functions.add(m.group(1)), script + ": função definida duas vezes: " + m.group(1));
            }
            everyFunction.addAll(functions);
            m = cmdlet.matcher(code);
            while (m.find()) {
                assertTrue(CMDLETS.contains(m.group()), script + ": cmdlet fora da lista: " + m.group());
            }
            // Set-StrictMode 2.0 stops at a function called like a method: Falhar("x") instead of Falhar "x".
            String calls = code.replaceAll("(?m)^\\s*function\\s+\\w+", "");
            for (String f : functions) {
                assertFalse(Pattern.compile("\\b" + f + "\\(").matcher(calls).find(),
                        script + ": " + f + "(...) chamada como método");
            }
            m = word.matcher(calls);
            while (m.find()) {
                String w = m.group(1);
                assertTrue(functions.contains(w) || BARE_ARGUMENTS.contains(w),
                        script + ": " + w + " não é uma função do script");
            }
        }
        String calls = all.toString().replaceAll("(?m)^\\s*function\\s+\\w+", "");
        for (String f : everyFunction) {
            assertTrue(Pattern.compile("\\b" + f + "\\b").matcher(calls).find(), "a função " + f + " não é usada");
        }
    }

    @Test
    void linesAreShortEnoughToRead() throws IOException {
        for (String script : SCRIPTS) {
            String[] lines = text(script).split("\n");
            for (int i = 0; i < lines.length; i++) {
                int n = i + 1;
                assertTrue(lines[i].length() <= MAX_LINE, () -> script + ":" + n + " tem mais de " + MAX_LINE
                        + " caracteres");
            }
        }
    }

    @Test
    void theStepsOfTheLinuxScriptsAreAllThere() throws IOException {
        String backup = text("backup-esus.ps1");
        for (String s : List.of("1/5 ", "2/5 ", "3/5 ", "4/5 ", "5/5 ", "'-F', 'c', '-b', '-f'",
                "/inheritance:r", "'*S-1-5-18:(OI)(CI)F'", "'*S-1-5-32-544:(OI)(CI)F'", "Read-Host -AsSecureString",
                "$env:PGPASSWORD", "'-czf'", "$hash  $Nome.$ext`n", "Get-Service -Name $Servico")) {
            assertTrue(backup.contains(s), "backup-esus.ps1: falta " + s);
        }
        String restaurar = text("restaurar-esus.ps1");
        for (String s : List.of("1/6 ", "2/6 ", "3/6 ", "4/6 ", "5/6 ", "6/6 ", "[switch]$SoConferir",
                "[switch]$Forcar", "[switch]$Sql", "'--exit-on-error', '--single-transaction'",
                "'ON_ERROR_STOP=1', '--single-transaction'", "'-T', 'template0'", "Conferido: ",
                "iguais às da cópia.", "LINKINSTALACAO = $LinkInstalacao", ".restauracao.log",
                "-Forcar", "'-xzf'", "[IO.File]::AppendAllText($ArquivoProperties, $texto, $Latin1)")) {
            assertTrue(restaurar.contains(s), "restaurar-esus.ps1: falta " + s);
        }
        // The same count query as the Linux scripts.
        String sh = Files.readString(santoAmaro.resolve("backup-esus.sh"));
        String query = between(sh, "-c \"\n", "\" | LC_ALL=C sort").strip();
        for (String line : query.split("\n")) {
            assertTrue(backup.contains(line.strip()), "consulta de contagem diferente da do Linux: " + line);
        }
    }

    // ------------------------------------------------------------------ the C# of Add-Type, with Mono

    private static Path compiledHarness;

    /** The C# of the scripts plus a small Main, compiled with Mono at C# 5; skips the test without Mono. */
    private static synchronized Path harness() throws Exception {
        Assumptions.assumeTrue(onPath("mcs") && onPath("mono"), "sem o Mono (mcs, mono): C# não conferido");
        if (compiledHarness != null) {
            return compiledHarness;
        }
        Path dir = Files.createDirectories(cwd.resolve("csharp"));
        String source = PowerShellLexer.read(text("backup-esus.ps1")).hereStrings().stream()
                .filter(h -> h.contains("namespace EsusPec")).findFirst().orElseThrow();
        assertEquals(source, PowerShellLexer.read(text("restaurar-esus.ps1")).hereStrings().stream()
                .filter(h -> h.contains("namespace EsusPec")).findFirst().orElseThrow());
        Files.writeString(dir.resolve("Ferramentas.cs"), source);
        Files.writeString(dir.resolve("Harness.cs"), """
                using System;
                public static class Harness {
                    public static int Main(string[] a) {
                        string[] r = new string[a.Length - 1];
                        Array.Copy(a, 1, r, 0, r.Length);
                        switch (a[0]) {
                            case "contar": EsusPec.Ferramentas.ContarCopia(a[1], a[1].EndsWith(".gz"), a[2]); break;
                            case "compactar": EsusPec.Ferramentas.Compactar(a[1], a[2]); break;
                            case "descompactar": EsusPec.Ferramentas.Descompactar(a[1], a[2]); break;
                            case "tarvazio": EsusPec.Ferramentas.TarVazio(a[1]); break;
                            case "ordenar": EsusPec.Ferramentas.Ordenar(a[1], a[2]); break;
                            case "maisnova": Console.Write(EsusPec.Ferramentas.MaisNova(r)); break;
                            case "juntar": Console.Write(EsusPec.Ferramentas.Juntar(r)); break;
                            default: return 2;
                        }
                        return 0;
                    }
                }
                """);
        String out = exec(dir, "mcs", "-langversion:5", "-warnaserror+", "-out:harness.exe", "Harness.cs",
                "Ferramentas.cs");
        compiledHarness = dir.resolve("harness.exe");
        assertTrue(Files.isRegularFile(compiledHarness), out);
        return compiledHarness;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private static String exec(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + text);
        return text;
    }

    private static String mono(String... args) throws Exception {
        Path h = harness();
        List<String> command = new ArrayList<>(List.of("mono", h.toString()));
        command.addAll(List.of(args));
        return exec(h.getParent(), command.toArray(String[]::new));
    }

    /**
     * A plain SQL copy with what the count must handle: tables with and without schema (an old pg_dump's
     * {@code SET search_path}), quoted names with spaces, parentheses and accents (UTF-8 bytes), empty tables, data
     * lines with a carriage return, large objects, and a last line without a line break.
     */
    private static byte[] sqlCopy() {
        StringBuilder s = new StringBuilder();
        s.append("--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n");
        s.append("SET search_path = public, pg_catalog;\n\n");
        s.append("COPY tb_cidadao (co_seq_cidadao, no_cidadao) FROM stdin;\n");
        for (int i = 1; i <= 1500; i++) {
            s.append(i).append("\tCidadão ").append(i).append(" São João\\tx\\\\y\n");
        }
        s.append("\\.\n\n\nCOPY tb_vazia (id) FROM stdin;\n\\.\n");
        s.append("COPY \"Ação (teste)\" (id) FROM stdin;\n1\n2\r\n\\.\n");
        s.append("SET search_path = auditoria, pg_catalog;\nCOPY registro FROM stdin;\n1\n\\.\n");
        s.append("SELECT pg_catalog.set_config('search_path', '', false);\n");
        s.append("COPY public.tb_atend (co_seq_atend, dt_atend) FROM stdin;\n1\t2024-01-01\n2\t2024-01-02\n\\.\n");
        s.append("COPY \"Schema X\".\"Tabela Ç\" (a, \"b c\") FROM stdin;\nx\t\\N\n\\.\n");
        s.append("SELECT pg_catalog.lo_create('16401');\nSELECT pg_catalog.lo_open('16401', 131072);\n");
        s.append("SELECT pg_catalog.lo_create('16402');\n");
        s.append("COPY public.sem_fim (a) FROM stdin;\n1\n\\.");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(b)) {
            gz.write(data);
        }
        return b.toByteArray();
    }

    @Test
    void theCSharpCountsAPlainSqlCopyByteForByteLikeTheAwkOfTheLinuxScript() throws Exception {
        Path dir = harness().getParent();
        Files.write(dir.resolve("copia.sql"), sqlCopy());
        Files.write(dir.resolve("copia.sql.gz"), gzip(sqlCopy()));
        String sh = Files.readString(santoAmaro.resolve("backup-esus.sh"));
        String awk = "contar_na_copia() {" + between(sh, "\ncontar_na_copia() {", "\n}\n") + "\n}\n";
        Files.writeString(dir.resolve("contar.sh"), awk + "contar_na_copia copia.sql.gz > awk.txt\n");
        exec(dir, "bash", "contar.sh");
        mono("contar", "copia.sql.gz", "cs-gz.txt");
        mono("contar", "copia.sql", "cs-sql.txt");
        byte[] expected = Files.readAllBytes(dir.resolve("awk.txt"));
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("cs-gz.txt")),
                () -> "awk:\n" + new String(expected, StandardCharsets.UTF_8));
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("cs-sql.txt")));
        String counted = new String(expected, StandardCharsets.UTF_8);
        for (String line : List.of("(objetos grandes)\t2\n", "public.tb_cidadao\t1500\n", "public.tb_vazia\t0\n",
                "public.\"Ação\t2\n", "auditoria.registro\t1\n", "public.tb_atend\t2\n",
                "\"Schema X\".\"Tabela Ç\"\t1\n")) {
            assertTrue(counted.contains(line), "falta " + line + " em\n" + counted);
        }
    }

    @Test
    void theCSharpGzipAndEmptyTarAreReadByLinuxToolsAndItReadsTheirs() throws Exception {
        Path dir = harness().getParent();
        byte[] sql = sqlCopy();
        Files.write(dir.resolve("g.sql"), sql);
        mono("compactar", "g.sql", "g.sql.gz");
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("g.sql.gz")))) {
            assertArrayEquals(sql, in.readAllBytes());
        }
        Files.write(dir.resolve("linux.sql.gz"), gzip(sql));
        mono("descompactar", "linux.sql.gz", "linux.sql");
        assertArrayEquals(sql, Files.readAllBytes(dir.resolve("linux.sql")));
        mono("tarvazio", "vazio.tar.gz");
        if (onPath("tar")) {
            assertEquals("", exec(dir, "tar", "-tzf", "vazio.tar.gz"));
        }
    }

    @Test
    void theCSharpSortsInByteOrderAndPicksTheNewestPostgresFolder() throws Exception {
        Path dir = harness().getParent();
        // psql on Windows writes -o files with CRLF; the count file has LF and C (byte) order, like sort on Linux.
        Files.write(dir.resolve("psql.txt"), ("public.tb_b\t2\r\n\"Ação\".x\t1\r\npublic.tb_a\t3\r\n"
                + "(objetos grandes)\t0\r\npublic.\"Tb\"\t1\r\npublic.tb_a_b\t4\r\npúblico.z\t5\r\n")
                .getBytes(StandardCharsets.UTF_8));
        mono("ordenar", "psql.txt", "ordenado.txt");
        assertEquals("\"Ação\".x\t1\n(objetos grandes)\t0\npublic.\"Tb\"\t1\npublic.tb_a\t3\npublic.tb_a_b\t4\n"
                + "public.tb_b\t2\npúblico.z\t5\n", Files.readString(dir.resolve("ordenado.txt")));
        assertEquals("postgresql-13.4-1-windows-x64", mono("maisnova", "postgresql-9.6.13-1-windows-x64",
                "postgresql-13.4-1-windows-x64", "postgresql-10.23-1-windows-x64"));
        assertEquals("pg-9.10", mono("maisnova", "pg-9.9", "pg-9.10", "pg-9.2"));
    }

    @Test
    void theCSharpCommandLineIsReadBackAsTheSameArgumentsByWindowsRules() throws Exception {
        List<String> args = List.of("-h", "localhost", "C:\\Program Files\\e-SUS\\x.backup", "",
                "--lc-collate=English_United States.1252", "a\"b", "c:\\pasta\\", "d\\\\\"e", "tab\there",
                "\\\\servidor\\x", "-F", "\t", "SELECT 'a'");
        List<String> command = new ArrayList<>(List.of("juntar"));
        command.addAll(args);
        String line = mono(command.toArray(String[]::new));
        assertEquals(args, windowsArgv(line), line);
    }

    /** How a program built with the Microsoft C runtime splits its command line (CommandLineToArgvW). */
    static List<String> windowsArgv(String cmd) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = cmd.length();
        while (true) {
            while (i < n && (cmd.charAt(i) == ' ' || cmd.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            StringBuilder a = new StringBuilder();
            boolean quoted = false;
            while (i < n) {
                char c = cmd.charAt(i);
                if (!quoted && (c == ' ' || c == '\t')) {
                    break;
                }
                if (c == '\\') {
                    int b = 0;
                    while (i < n && cmd.charAt(i) == '\\') {
                        b++;
                        i++;
                    }
                    if (i < n && cmd.charAt(i) == '"') {
                        a.append("\\".repeat(b / 2));
                        if (b % 2 == 1) {
                            a.append('"');
                            i++;
                        }
                    } else {
                        a.append("\\".repeat(b));
                    }
                } else if (c == '"') {
                    if (quoted && i + 1 < n && cmd.charAt(i + 1) == '"') {
                        a.append('"');
                        i += 2;
                    } else {
                        quoted = !quoted;
                        i++;
                    }
                } else {
                    a.append(c);
                    i++;
                }
            }
            out.add(a.toString());
        }
    }

    private static String between(String s, String start, String end) {
        int a = s.indexOf(start);
        assertTrue(a >= 0, "não achei " + start);
        int b = s.indexOf(end, a + start.length());
        assertTrue(b >= 0, "não achei " + end);
        return s.substring(a + start.length(), b);
    }
}
