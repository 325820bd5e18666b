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
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * counted on Linux. The C# also decides which old copies the scheduled backup ({@code -Agendado}) deletes, checked
 * here case by case and against the rule written in Java, and encrypts the copy for the cloud ({@code -Cifrar},
 * {@code -Decifrar}) in the format of {@code openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -md sha256}, checked
 * both ways with the {@code openssl} of this machine when there is one. What runs only on Windows (the scripts
 * themselves, against a real PostgreSQL) is in {@code .github/workflows/windows.yml}.
 */
class PowerShellScriptsTest {

    private static final List<String> SCRIPTS = List.of("backup-esus.ps1", "restaurar-esus.ps1");
    /** Cmdlets the scripts may use: all of them in Windows PowerShell 5.1 and PowerShell 7. */
    private static final Set<String> CMDLETS = Set.of("Add-Type", "Copy-Item", "ForEach-Object", "Get-ChildItem",
            "Get-Content", "Get-Date", "Get-FileHash", "Get-Item", "Get-Service", "Join-Path", "New-Object",
            "Read-Host", "Remove-Item", "Resolve-Path", "Set-StrictMode", "Split-Path", "Test-Path", "Where-Object",
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
        // -Agendado, -Cifrar (backup) and -Ensaio, -Decifrar (restore), with the names the POP documents.
        for (String s : List.of("[switch]$Agendado", "[switch]$Cifrar", "[string]$Nome", "[string]$ArquivoSenha",
                "'backup-esus.log'", "$Conexao += '-w'", "ConferirEspaco", "EspacoLivre($Pasta)",
                "pg_database_size(current_database())", "VerificarCopia", "ConferirGzip(\"$Base.sql.gz\")",
                "@('-l', \"$Base.backup\")", "\"$Base.verificado\"", "AplicarRetencao", "::Descartar($copias",
                "Registrar (\"ok $Nome tabelas=$($total.Tabelas) linhas=$($total.Linhas) tamanho=", "'-cf'",
                "::Cifrar($tarParcial", "\"$hash  $Nome.tar.enc`n\"")) {
            assertTrue(backup.contains(s), "backup-esus.ps1: falta " + s);
        }
        for (String s : List.of("[switch]$Ensaio", "[switch]$Decifrar", "[string]$ArquivoSenha",
                "\"$($Banco)_ensaio\"", "@('--if-exists', $BancoEnsaio)",
                "'-T', 'template0', '-E', $info.Codificacao", "ContarNoBanco $contagemEnsaio $BancoEnsaio",
                "Registrar \"ensaio ok $Nome tabelas=$($total.Tabelas) linhas=", "$RegistroFalha = 'ensaio FALHOU'",
                "::Decifrar(\"$Base.tar.enc\"", "'-tf'", "'-xf'", "ConferirResumos \"$Base.tar.enc.sha256\"")) {
            assertTrue(restaurar.contains(s), "restaurar-esus.ps1: falta " + s);
        }
        // The ensaio never drops nor creates the real database, and never stops for the service.
        String ensaio = between(restaurar, "  if ($Ensaio) {\n    Write-Host", "\n    exit 0\n  }\n");
        assertFalse(ensaio.contains("@($Banco)"), ensaio);
        assertFalse(ensaio.contains("ServicoAtivo"), ensaio);
        assertFalse(ensaio.contains("$PastaChaves"), ensaio);

        // The same count query as the Linux scripts.
        String sh = Files.readString(santoAmaro.resolve("backup-esus.sh"));
        String query = between(sh, "<<'SQL' | LC_ALL=C sort\n", "\nSQL\n").strip();
        for (String line : query.split("\n")) {
            assertTrue(backup.contains(line.strip()), "consulta de contagem diferente da do Linux: " + line);
        }
    }

    // ------------------------------------------------------------------ the C# of Add-Type, with Mono

    private static Path compiledHarness;

    /**
     * The C# of the scripts plus a small Main, compiled with Mono at C# 5 and with only the assemblies that the
     * Add-Type of Windows PowerShell 5.1 references (mscorlib and System.dll: nothing of System.Core); skips the
     * test without Mono. A failure of the C# (an exception) comes out as {@code ERRO: message} and exit code 1.
     */
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
                using System.Collections.Generic;
                using System.IO;
                using System.Text;
                using EsusPec;
                public static class Harness {
                    public static int Main(string[] a) {
                        string[] r = new string[a.Length - 1];
                        Array.Copy(a, 1, r, 0, r.Length);
                        try {
                            switch (a[0]) {
                                case "contar": Ferramentas.ContarCopia(a[1], a[1].EndsWith(".gz"), a[2]); break;
                                case "compactar": Ferramentas.Compactar(a[1], a[2]); break;
                                case "descompactar": Ferramentas.Descompactar(a[1], a[2]); break;
                                case "tarvazio": Ferramentas.TarVazio(a[1]); break;
                                case "ordenar": Ferramentas.Ordenar(a[1], a[2]); break;
                                case "maisnova": Console.Write(Ferramentas.MaisNova(r)); break;
                                case "juntar": Console.Write(Ferramentas.Juntar(r)); break;
                                case "conferirgz": Console.Write(Ferramentas.ConferirGzip(a[1])); break;
                                case "senha": Console.Write(BitConverter.ToString(Ferramentas.LerSenha(a[1]))); break;
                                case "cifrar": Ferramentas.Cifrar(a[1], a[2], a[3]); break;
                                case "decifrar": Ferramentas.Decifrar(a[1], a[2], a[3]); break;
                                case "cifrarcom": Ferramentas.CifrarCom(a[1], a[2], Ferramentas.LerSenha(a[3]),
                                    Hex(a[4]), int.Parse(a[5])); break;
                                case "decifrarcom": Ferramentas.DecifrarCom(a[1], a[2], Ferramentas.LerSenha(a[3]),
                                    int.Parse(a[4])); break;
                                case "iteracoes": Console.Write(Ferramentas.Iteracoes); break;
                                case "reter": Reter(a[1], a[2]); break;
                                case "semanas": Semanas(a[1], a[2]); break;
                                case "copias": Linhas(Ferramentas.Copias(Resto(r), r[0])); break;
                                case "maisrecente":
                                    Console.Write(Ferramentas.MaisRecente(Resto(Resto(r)), r[0], r[1]) ?? "(nenhuma)");
                                    break;
                                default: return 2;
                            }
                        } catch (Exception e) {
                            Console.Write("ERRO: " + e.Message);
                            return 1;
                        }
                        return 0;
                    }

                    static string[] Resto(string[] a) {
                        string[] r = new string[a.Length - 1];
                        Array.Copy(a, 1, r, 0, r.Length);
                        return r;
                    }

                    static void Linhas(string[] linhas) {
                        foreach (string l in linhas) {
                            Console.Write(l + "\\n");
                        }
                    }

                    static byte[] Hex(string h) {
                        byte[] b = new byte[h.Length / 2];
                        for (int i = 0; i < b.Length; i++) {
                            b[i] = Convert.ToByte(h.Substring(2 * i, 2), 16);
                        }
                        return b;
                    }

                    // Each line of the input is one case: the copy names, a * after the verified ones. Each line
                    // of the output: the names Manter keeps, a |, the names Descartar deletes.
                    static void Reter(string entrada, string saida) {
                        StringBuilder texto = new StringBuilder();
                        foreach (string linha in File.ReadAllLines(entrada)) {
                            List<string> copias = new List<string>();
                            List<string> verificadas = new List<string>();
                            foreach (string n in linha.Split(new char[] {' '}, StringSplitOptions.RemoveEmptyEntries)) {
                                string nome = n.TrimEnd('*');
                                copias.Add(nome);
                                if (n.EndsWith("*")) {
                                    verificadas.Add(nome);
                                }
                            }
                            string[] c = copias.ToArray();
                            string[] v = verificadas.ToArray();
                            texto.Append(string.Join(" ", Ferramentas.Manter(c, v))).Append('|')
                                .Append(string.Join(" ", Ferramentas.Descartar(c, v))).Append('\\n');
                        }
                        File.WriteAllText(saida, texto.ToString());
                    }

                    static void Semanas(string entrada, string saida) {
                        StringBuilder texto = new StringBuilder();
                        foreach (string linha in File.ReadAllLines(entrada)) {
                            DateTime d = DateTime.ParseExact(linha, "yyyy-MM-dd",
                                System.Globalization.CultureInfo.InvariantCulture);
                            texto.Append(Ferramentas.SemanaIso(d)).Append('\\n');
                        }
                        File.WriteAllText(saida, texto.ToString());
                    }
                }
                """);
        String out = exec(dir, "mcs", "-noconfig", "-r:System.dll", "-langversion:5", "-warnaserror+",
                "-out:harness.exe", "Harness.cs", "Ferramentas.cs");
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

    // ------------------------------------------------------------------ -Agendado: verification and retention

    /** Runs the harness expecting the C# to fail: exit code 1 and the message it printed after {@code ERRO: }. */
    private static String monoFails(String... args) throws Exception {
        Path h = harness();
        List<String> command = new ArrayList<>(List.of("mono", h.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(h.getParent().toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), String.join(" ", command) + "\n" + text);
        assertTrue(text.startsWith("ERRO: "), text);
        return text.substring("ERRO: ".length());
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void theCSharpChecksTheWholeGzipAndRefusesACutOrDamagedOne() throws Exception {
        Path dir = harness().getParent();
        byte[] sql = sqlCopy();
        Files.write(dir.resolve("v.sql"), sql);
        mono("compactar", "v.sql", "v.sql.gz");
        assertEquals(String.valueOf(sql.length), mono("conferirgz", "v.sql.gz"));
        Files.write(dir.resolve("linux.sql.gz"), gzip(sql));
        assertEquals(String.valueOf(sql.length), mono("conferirgz", "linux.sql.gz"));
        // Bigger than one buffer of the C# (1 MiB), hardly compressible.
        byte[] big = randomBytes(3 * 1024 * 1024 + 5, 7);
        Files.write(dir.resolve("grande.gz"), gzip(big));
        assertEquals(String.valueOf(big.length), mono("conferirgz", "grande.gz"));

        byte[] gz = Files.readAllBytes(dir.resolve("grande.gz"));
        Files.write(dir.resolve("cortado.gz"), Arrays.copyOf(gz, gz.length / 2));
        assertTrue(monoFails("conferirgz", "cortado.gz").startsWith("cortado.gz "));
        Files.write(dir.resolve("sem-fim.gz"), Arrays.copyOf(gz, gz.length - 8));
        assertTrue(monoFails("conferirgz", "sem-fim.gz").startsWith("sem-fim.gz "));
        byte[] damaged = gz.clone();
        damaged[damaged.length - 6] ^= 0x01;
        Files.write(dir.resolve("tamanho-errado.gz"), damaged);
        assertTrue(monoFails("conferirgz", "tamanho-errado.gz").startsWith("tamanho-errado.gz "));
        damaged = gz.clone();
        damaged[damaged.length - 2] ^= 0x01;
        Files.write(dir.resolve("crc-errado.gz"), damaged);
        assertTrue(monoFails("conferirgz", "crc-errado.gz").startsWith("crc-errado.gz "));
        damaged = Files.readAllBytes(dir.resolve("v.sql.gz"));
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(dir.resolve("estragado.gz"), damaged);
        assertTrue(monoFails("conferirgz", "estragado.gz").startsWith("estragado.gz "));
        Files.write(dir.resolve("texto.gz"), sql);
        assertTrue(monoFails("conferirgz", "texto.gz").contains("não é um arquivo gzip"));
    }

    private static final String PREFIX = "esus-se-itabaiana-";

    /** What the retention keeps, as the tests state it: the reference the C# is compared with. */
    static List<String> keep(List<String> names, Set<String> verified) {
        List<String> sorted = names.stream().distinct()
                .sorted(Comparator.comparing(PowerShellScriptsTest::dateOf).reversed()).toList();
        Set<String> kept = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate d = dateOf(sorted.get(i));
            String week = d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (i < 7 || weeks.size() < 4 && weeks.add(week)) {
                kept.add(sorted.get(i));
            }
        }
        sorted.stream().filter(verified::contains).findFirst().ifPresent(kept::add);
        return sorted.stream().filter(kept::contains).toList();
    }

    private static LocalDate dateOf(String name) {
        return LocalDate.parse(name.substring(name.length() - 10));
    }

    private static String copy(String date) {
        return PREFIX + date;
    }

    /** One case for the harness: the names, a * after the verified ones. */
    private static String retentionCase(List<String> names, Set<String> verified) {
        return names.stream().map(n -> verified.contains(n) ? n + "*" : n).collect(Collectors.joining(" "));
    }

    /** Manter and Descartar of the C# for each case: the kept names and the deleted ones. */
    private static List<List<List<String>>> retention(List<String> cases) throws Exception {
        Path dir = harness().getParent();
        Files.writeString(dir.resolve("reter.txt"), String.join("\n", cases) + "\n");
        mono("reter", "reter.txt", "retidas.txt");
        List<List<List<String>>> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("retidas.txt"))) {
            String[] parts = line.split("\\|", -1);
            out.add(List.of(words(parts[0]), words(parts[1])));
        }
        assertEquals(cases.size(), out.size());
        return out;
    }

    private static List<String> words(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(" "));
    }

    private static List<String> dates(LocalDate from, LocalDate to, java.util.function.Predicate<LocalDate> when) {
        return from.datesUntil(to.plusDays(1)).filter(when).map(d -> copy(d.toString())).toList();
    }

    @Test
    void theCSharpRetentionKeepsTheLast7AndTheNewestOfEachOf4WeeksBefore() throws Exception {
        List<String> cases = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();

        // 60 days of daily copies with gaps: a week with none (06 to 12 April), the 5th, 10th... of each month
        // missing, and a copy that failed on 28 April (not verified); the copy of today, 29 April, is verified.
        List<String> sixty = dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 29),
                d -> d.getDayOfMonth() % 5 != 0 && (d.isBefore(LocalDate.of(2026, 4, 6))
                        || d.isAfter(LocalDate.of(2026, 4, 12))));
        Set<String> verifiedSixty = new HashSet<>(sixty);
        verifiedSixty.remove(copy("2026-04-28"));
        cases.add(retentionCase(sixty, verifiedSixty));
        // The 7 most recent: 29, 28, 27, 26, 24, 23, 22 April. Before them, by ISO week: 21 April (week 17, from
        // 20 April), 19 April (week 16), 4 April (week 14: week 15 has no copy) and 29 March (week 13).
        expected.add(List.of("2026-04-29", "2026-04-28", "2026-04-27", "2026-04-26", "2026-04-24", "2026-04-23",
                "2026-04-22", "2026-04-21", "2026-04-19", "2026-04-04", "2026-03-29").stream()
                .map(PowerShellScriptsTest::copy).toList());

        // The ISO week across the year end: Thursday 31 December 2026 and Friday 1 January 2027 are both in
        // week 53 of 2026, whose newest copy is 1 January; 31 December goes, as does 28 December.
        List<String> yearEnd = List.of("2027-01-10", "2027-01-09", "2027-01-08", "2027-01-07", "2027-01-06",
                "2027-01-05", "2027-01-04", "2027-01-01", "2026-12-31", "2026-12-28", "2026-12-24", "2026-12-22",
                "2026-12-15", "2026-12-08", "2026-12-01").stream().map(PowerShellScriptsTest::copy).toList();
        cases.add(retentionCase(yearEnd, new HashSet<>(yearEnd)));
        expected.add(List.of("2027-01-10", "2027-01-09", "2027-01-08", "2027-01-07", "2027-01-06", "2027-01-05",
                "2027-01-04", "2027-01-01", "2026-12-24", "2026-12-15", "2026-12-08").stream()
                .map(PowerShellScriptsTest::copy).toList());

        // Only the oldest copy was verified (the newer ones failed their check): it stays, even out of the
        // 7 + 4 the rule keeps.
        List<String> unverified = dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), d -> true);
        cases.add(retentionCase(unverified, Set.of(copy("2026-01-01"))));
        List<String> e = new ArrayList<>(keep(unverified, Set.of()));
        e.add(copy("2026-01-01"));
        expected.add(e);
        // The same inside the daily window of a week: 1 May (Friday) was verified, 2 and 3 May were not; week 18
        // keeps 3 May and the verified 1 May, and 2 May goes.
        List<String> may = dates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10), d -> true);
        cases.add(retentionCase(may, Set.of(copy("2026-05-01"))));
        expected.add(List.of("2026-05-10", "2026-05-09", "2026-05-08", "2026-05-07", "2026-05-06", "2026-05-05",
                "2026-05-04", "2026-05-03", "2026-05-01").stream().map(PowerShellScriptsTest::copy).toList());

        // Fewer than 7 copies: all stay. None: nothing. A name whose date does not exist stays (at the end), and a
        // repeated name counts once.
        List<String> few = List.of(copy("2026-02-03"), copy("2026-01-02"), copy("2026-02-01"));
        cases.add(retentionCase(few, Set.of()));
        expected.add(List.of(copy("2026-02-03"), copy("2026-02-01"), copy("2026-01-02")));
        cases.add("");
        expected.add(List.of());
        List<String> odd = new ArrayList<>(dates(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31), d -> true));
        odd.add(2, copy("2026-02-30"));
        odd.add(copy("2026-07-31"));
        cases.add(retentionCase(odd, Set.of()));
        e = new ArrayList<>(keep(odd.stream().filter(n -> !n.endsWith("02-30")).toList(), Set.of()));
        e.add(copy("2026-02-30"));
        expected.add(e);

        List<List<List<String>>> got = retention(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(expected.get(i), got.get(i).get(0), "caso " + i + ": " + cases.get(i));
            Set<String> all = new TreeSet<>(words(cases.get(i).replace("*", "")));
            all.removeAll(expected.get(i));
            assertEquals(all, new TreeSet<>(got.get(i).get(1)), "apagadas no caso " + i);
            assertEquals(got.get(i).get(1).size(), new HashSet<>(got.get(i).get(1)).size(), "repetida no caso " + i);
        }
        // The cases written out by hand agree with the rule as the reference states it.
        assertEquals(expected.get(0), keep(sixty, verifiedSixty));
        assertEquals(expected.get(1), keep(yearEnd, new HashSet<>(yearEnd)));
    }

    @Test
    void theCSharpRetentionAgreesWithTheRuleOnRandomHistories() throws Exception {
        Random random = new Random(2026);
        List<String> cases = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // Up to 120 days around a year end, with gaps of every size, in any order, some verified.
            LocalDate start = LocalDate.of(2020 + random.nextInt(10), 12, 1).minusDays(random.nextInt(60));
            double present = 0.2 + random.nextDouble() * 0.8;
            List<String> names = new ArrayList<>(dates(start, start.plusDays(random.nextInt(120)),
                    d -> random.nextDouble() < present));
            Collections.shuffle(names, random);
            Set<String> verified = new HashSet<>();
            for (String n : names) {
                if (random.nextDouble() < 0.3) {
                    verified.add(n);
                }
            }
            cases.add(retentionCase(names, verified));
            expected.add(keep(names, verified));
        }
        List<List<List<String>>> got = retention(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(expected.get(i), got.get(i).get(0), "caso " + cases.get(i));
        }
    }

    @Test
    void theCSharpIsoWeekIsJavasForEveryDayOfTenYears() throws Exception {
        Path dir = harness().getParent();
        List<LocalDate> days = LocalDate.of(2019, 12, 20).datesUntil(LocalDate.of(2031, 1, 10)).toList();
        Files.writeString(dir.resolve("dias.txt"),
                days.stream().map(LocalDate::toString).collect(Collectors.joining("\n")) + "\n");
        mono("semanas", "dias.txt", "semanas.txt");
        List<String> got = Files.readAllLines(dir.resolve("semanas.txt"));
        assertEquals(days.size(), got.size());
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            int week = d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            assertEquals(String.valueOf(week), got.get(i), d.toString());
        }
        assertEquals(got.get(days.indexOf(LocalDate.of(2026, 12, 31))), "202653");
        assertEquals(got.get(days.indexOf(LocalDate.of(2027, 1, 1))), "202653");
        assertEquals(got.get(days.indexOf(LocalDate.of(2027, 1, 4))), "202701");
    }

    @Test
    void theCSharpFindsTheCopiesOfThisMunicipalityInTheFolder() throws Exception {
        List<String> files = List.of("esus-se-itabaiana-2026-01-15.backup", "esus-se-itabaiana-2026-01-15.sha256",
                "esus-se-itabaiana-2026-01-15.verificado", "backup-esus.log", "esus-se-itabaiana-2026-01-02.sql.gz",
                "esus-se-itabaiana-2026-01-09.tar.enc", "esus-se-itabaiana-2026-01-09.tar.enc.sha256",
                "esus-se-outra-2026-01-20.backup", "esus-se-itabaiana-velha-2026-01-20.backup",
                "esus-se-itabaiana-2026-1-20.backup", "esus-se-itabaiana-2026-01-21",
                "x-esus-se-itabaiana-2026-01-22.backup",
                "esus-se-itabaiana-2026-01-16.backup.parcial", "esus-se-itabaiana-2026-01-14.sha256");
        List<String> args = new ArrayList<>(List.of("copias", "esus-se-itabaiana"));
        args.addAll(files);
        assertEquals("esus-se-itabaiana-2026-01-15\nesus-se-itabaiana-2026-01-02\nesus-se-itabaiana-2026-01-09\n"
                + "esus-se-itabaiana-2026-01-16\nesus-se-itabaiana-2026-01-14\n", mono(args.toArray(String[]::new)));
        args.set(0, "maisrecente");
        args.add(2, ".sha256");
        assertEquals("esus-se-itabaiana-2026-01-15", mono(args.toArray(String[]::new)));
        args.set(2, ".tar.enc");
        assertEquals("esus-se-itabaiana-2026-01-09", mono(args.toArray(String[]::new)));
        args.set(2, ".contagem.txt");
        assertEquals("(nenhuma)", mono(args.toArray(String[]::new)));
    }

    // ------------------------------------------------------------------ the copy encrypted for the cloud

    private static List<String> opensslEnc(String... args) {
        List<String> c = new ArrayList<>(List.of("openssl", "enc", "-aes-256-cbc", "-pbkdf2", "-md", "sha256"));
        c.addAll(List.of(args));
        return c;
    }

    private static Path encryptionDir() throws Exception {
        Path dir = harness().getParent();
        Assumptions.assumeTrue(onPath("openssl"), "sem o openssl: a cifra não foi conferida com ele");
        return dir;
    }

    @Test
    void theCSharpEncryptsAndDecryptsLikeOpenSslEncAes256CbcPbkdf2With600000Iterations() throws Exception {
        Path dir = encryptionDir();
        assertEquals("600000", mono("iteracoes"));
        // The passphrase file as Notepad writes it on Windows (UTF-8 without BOM, CRLF, accents) and the same
        // passphrase for openssl on Linux, which would keep the \r of a CRLF file.
        Files.write(dir.resolve("senha-windows.txt"), "Ação na nuvem: 2026!\r\nlinha ignorada\r\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("senha-linux.txt"), "Ação na nuvem: 2026!\n".getBytes(StandardCharsets.UTF_8));
        byte[] data = randomBytes(300_007, 1);
        Files.write(dir.resolve("copia.tar"), data);

        mono("cifrar", "copia.tar", "copia.tar.enc", "senha-windows.txt");
        byte[] enc = Files.readAllBytes(dir.resolve("copia.tar.enc"));
        assertEquals("Salted__", new String(enc, 0, 8, StandardCharsets.US_ASCII));
        assertEquals(16 + (data.length / 16 + 1) * 16, enc.length);
        exec(dir, opensslEnc("-d", "-iter", "600000", "-pass", "file:senha-linux.txt", "-in", "copia.tar.enc",
                "-out", "openssl.tar").toArray(String[]::new));
        assertArrayEquals(data, Files.readAllBytes(dir.resolve("openssl.tar")));

        exec(dir, opensslEnc("-iter", "600000", "-salt", "-pass", "file:senha-linux.txt", "-in", "copia.tar",
                "-out", "openssl.tar.enc").toArray(String[]::new));
        mono("decifrar", "openssl.tar.enc", "decifrada.tar", "senha-windows.txt");
        assertArrayEquals(data, Files.readAllBytes(dir.resolve("decifrada.tar")));

        // A new random salt each time.
        mono("cifrar", "copia.tar", "outra.tar.enc", "senha-windows.txt");
        byte[] other = Files.readAllBytes(dir.resolve("outra.tar.enc"));
        assertFalse(Arrays.equals(Arrays.copyOfRange(enc, 8, 16), Arrays.copyOfRange(other, 8, 16)));
    }

    @Test
    void theCSharpCiphertextIsByteForByteOpenSslsForEverySizeAndAWrongPassphraseFailsClearly() throws Exception {
        Path dir = encryptionDir();
        Files.writeString(dir.resolve("certa.txt"), "senha certa\n");
        Files.writeString(dir.resolve("errada.txt"), "senha errada\n");
        String salt = "0102030405060708";
        byte[] header = new byte[16];
        System.arraycopy("Salted__".getBytes(StandardCharsets.US_ASCII), 0, header, 0, 8);
        for (int i = 0; i < 8; i++) {
            header[8 + i] = (byte) (i + 1);
        }
        // With -S, openssl 3 writes no header: the rest is the same bytes.
        for (int size : new int[] {0, 1, 15, 16, 17, 4096, (1 << 20) + 3}) {
            byte[] data = randomBytes(size, size);
            Files.write(dir.resolve("t.bin"), data);
            mono("cifrarcom", "t.bin", "cs.enc", "certa.txt", salt, "1000");
            exec(dir, opensslEnc("-iter", "1000", "-S", salt, "-pass", "file:certa.txt", "-in", "t.bin", "-out",
                    "ossl.enc").toArray(String[]::new));
            byte[] ossl = Files.readAllBytes(dir.resolve("ossl.enc"));
            byte[] cs = Files.readAllBytes(dir.resolve("cs.enc"));
            assertArrayEquals(header, Arrays.copyOf(cs, 16), "tamanho " + size);
            assertArrayEquals(ossl, Arrays.copyOfRange(cs, 16, cs.length), "tamanho " + size);
            mono("decifrarcom", "cs.enc", "t.dec", "certa.txt", "1000");
            assertArrayEquals(data, Files.readAllBytes(dir.resolve("t.dec")), "tamanho " + size);
        }

        // The wrong passphrase: a clear message, and no output file left behind.
        Files.write(dir.resolve("t.bin"), randomBytes(5000, 3));
        mono("cifrarcom", "t.bin", "cs.enc", "certa.txt", salt, "1000");
        Files.deleteIfExists(dir.resolve("t.dec"));
        String m = monoFails("decifrarcom", "cs.enc", "t.dec", "errada.txt", "1000");
        assertTrue(m.startsWith("não consegui decifrar cs.enc: a senha não confere"), m);
        assertFalse(Files.exists(dir.resolve("t.dec")));
        // Nor with the right passphrase and another iteration count.
        assertTrue(monoFails("decifrarcom", "cs.enc", "t.dec", "certa.txt", "999").contains("a senha não confere"));

        byte[] cs = Files.readAllBytes(dir.resolve("cs.enc"));
        Files.write(dir.resolve("cortado.enc"), Arrays.copyOf(cs, cs.length - 5));
        assertTrue(monoFails("decifrarcom", "cortado.enc", "t.dec", "certa.txt", "1000").contains("incompleto"));
        Files.write(dir.resolve("sem-sal.enc"), Arrays.copyOfRange(cs, 16, cs.length));
        assertTrue(monoFails("decifrarcom", "sem-sal.enc", "t.dec", "certa.txt", "1000")
                .contains("não começa com Salted__"));
        assertFalse(Files.exists(dir.resolve("t.dec")));
    }

    @Test
    void theCSharpReadsThePassphraseAsTheFirstLineAndRefusesWhatOpenSslWouldReadOtherwise() throws Exception {
        Path dir = harness().getParent();
        String hex = "61-C3-A7-20-62"; // "aç b" in UTF-8
        for (String content : List.of("aç b", "aç b\n", "aç b\r\n", "aç b\nsegunda\n", "aç b\r\n\r\n")) {
            Files.writeString(dir.resolve("s.txt"), content);
            assertEquals(hex, mono("senha", "s.txt"), content);
        }
        // Only the \r of a CRLF line end goes: one inside the passphrase stays, as for openssl.
        Files.writeString(dir.resolve("s.txt"), "a\rb\r");
        assertEquals("61-0D-62-0D", mono("senha", "s.txt"));
        Files.write(dir.resolve("s.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'});
        assertTrue(monoFails("senha", "s.txt").contains("BOM"));
        Files.write(dir.resolve("s.txt"), "aç b\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(monoFails("senha", "s.txt").contains("UTF-16"));
        Files.write(dir.resolve("s.txt"), "\uFEFFaç b\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(monoFails("senha", "s.txt").contains("UTF-16"));
        for (String empty : List.of("", "\n", "\r\nsenha\r\n")) {
            Files.writeString(dir.resolve("s.txt"), empty);
            assertTrue(monoFails("senha", "s.txt").contains("está vazia"), empty);
        }
        Files.writeString(dir.resolve("s.txt"), "x".repeat(1001) + "\n");
        assertTrue(monoFails("senha", "s.txt").contains("mais de 1000 bytes"));
        Files.writeString(dir.resolve("s.txt"), "x".repeat(1000) + "\n");
        assertEquals(1000, mono("senha", "s.txt").split("-").length);
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
