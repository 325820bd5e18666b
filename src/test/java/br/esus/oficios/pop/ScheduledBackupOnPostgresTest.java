package br.esus.oficios.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scheduled copy ({@code backup-esus.sh --agendado}) and the monthly restore drill ({@code restaurar-esus.sh
 * --ensaio}) on a real PostgreSQL, run as an ordinary user, and the Linux POP's step 5.12 run as written.
 *
 * <p>One server for the whole class (the scripts only read its database; the drill restores into a scratch database
 * and drops it). Days are faked with {@code --data}, and older copies by copying a real one under other dates. What
 * cannot happen here is replaced, and only that: {@code crontab} is a stand-in on the PATH that keeps the table in a
 * file of the home folder (like the real one, {@code crontab -} reads all of its input before replacing the table) (the installed lines are then run the way cron runs them: {@code /bin/sh -c}, cron's PATH,
 * no password in the environment); the password the POP's {@code read -r -s} waits for comes from a file; a full disk
 * is a {@code df} on the PATH that reports 10 KB free; a copy that cannot be read back is a {@code PG_BIN} whose
 * {@code pg_restore -l} fails with an I/O error. The {@code scp} to another machine of 5.12 does not run (the same
 * command runs in {@link PopOnPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledBackupOnPostgresTest {

    private static final String DB = "esus";
    private static final String PREFIXO = "esus-ba-santo-amaro";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern LOG_LINE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2} (ok|ERRO|ensaio ok|ensaio FALHOU) "
                    + PREFIXO + "-(\\d{4}-\\d{2}-\\d{2})( .*)?");

    private PgServer pg;
    private DbSnapshot original;
    private Path out;
    private Path fakes;

    @BeforeAll
    void server() throws IOException {
        PgServer.requireOrSkip("ScheduledBackupOnPostgresTest");
        pg = PgServer.create(PgServer.freePort());
        pg.start();
        pg.createDatabase(DB);
        pg.loadResource(DB, "esus-schema.sql");
        pg.loadResource(DB, "esus-referencia.sql");
        pg.loadResource(DB, "esus-dados.sql");
        original = DbSnapshot.take(pg, DB, "banco de verdade");
        Path pec = pg.newDir("pec");
        PecTree.create(pec, pg, DB);
        out = pg.newDir("saida");
        PopOnPostgresTest.generate(out, pec, pg.port());
        PopOnPostgresTest.copyScripts(out.resolve("ba-santo-amaro"), pg.home());
        fakes = fakeTools();
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ retention

    @Test
    void theScheduledCopyKeepsSevenDaysAndFourWeeksAndDeletesNothingWhenTodaysCopyFails() throws IOException {
        Path pasta = pg.home().resolve("retencao");
        ShellResult first = agendado(pasta, "2025-12-01", pg.pgPasswordEnv());
        assertTrue(first.ok(), first + details(pasta));
        assertTrue(Files.isRegularFile(pasta.resolve(PREFIXO + "-2025-12-01.verificado")), details(pasta));
        assertEquals("", first.stdout() + first.stderr(), "sem terminal, tudo vai para o backup-esus.detalhes.txt");
        // 39 more nights, faked from the real copy (verified, as the nights would have left them).
        LocalDate d = LocalDate.of(2025, 12, 2);
        for (; d.isBefore(LocalDate.of(2026, 1, 10)); d = d.plusDays(1)) {
            fakeCopy(pasta, PREFIXO + "-2025-12-01", pasta, PREFIXO + "-" + d, true);
        }
        assertEquals(40, dates(pasta).size());

        ShellResult tenth = agendado(pasta, "2026-01-10", pg.pgPasswordEnv());
        assertTrue(tenth.ok(), tenth + details(pasta));
        // 7 most recent (Jan 4-10) + the newest of each of the 4 ISO weeks before them: Jan 3 (2026-W01, Dec 29 to
        // Jan 4), Dec 28 (W52), Dec 21 (W51), Dec 14 (W50).
        Set<String> kept = Set.of("2026-01-10", "2026-01-09", "2026-01-08", "2026-01-07", "2026-01-06", "2026-01-05",
                "2026-01-04", "2026-01-03", "2025-12-28", "2025-12-21", "2025-12-14");
        assertEquals(new TreeSet<>(kept), dates(pasta));
        List<String> log = log(pasta);
        assertEquals(2, log.size(), "uma linha por execução: " + log);
        String line = log.get(1);
        Matcher m = LOG_LINE.matcher(line);
        assertTrue(m.matches() && m.group(1).equals("ok") && m.group(2).equals("2026-01-10"), line);
        assertTrue(line.contains(" tabelas=" + original.tables().size() + " linhas=" + original.totalRows()
                + " tamanho="), line);
        List<String> deleted = new ArrayList<>();
        for (LocalDate x = LocalDate.of(2026, 1, 9); !x.isBefore(LocalDate.of(2025, 12, 1)); x = x.minusDays(1)) {
            if (!kept.contains(x.toString())) {
                deleted.add(x.toString());
            }
        }
        assertTrue(line.endsWith(" apagadas=" + String.join(",", deleted)), line);
        assertTrue(log.get(0).endsWith(" apagadas=nenhuma"), log.get(0));

        // Failures on the 11th: nothing is deleted (a good night would delete Jan 3, see below), one ERRO line each.
        Map<String, String> noPassword = Map.of("PGPASSFILE", pg.home().resolve("nao-existe").toString());
        ShellResult semSenha = agendado(pasta, "2026-01-11", noPassword);
        assertFailed(semSenha, pasta, "falta a senha do banco, e sem terminal o script não pergunta nada");
        assertTrue(dates(pasta).equals(new TreeSet<>(kept)), "nada feito, nada apagado: " + dates(pasta));

        Map<String, String> fullDisk = new HashMap<>(pg.pgPasswordEnv());
        fullDisk.put("PATH", fakes.resolve("disco-cheio") + ":" + PgServer.DEFAULT_PATH);
        ShellResult semEspaco = agendado(pasta, "2026-01-11", fullDisk);
        assertFailed(semEspaco, pasta, "tem 10KB livres, e a cópia precisa de");
        assertTrue(log(pasta).get(3).contains("(o dobro do .backup e do .sql.gz de " + PREFIXO + "-2026-01-10)"),
                log(pasta).get(3));
        assertEquals(new TreeSet<>(kept), dates(pasta), "nada copiado com o disco cheio");

        Map<String, String> unreadable = new HashMap<>(pg.pgPasswordEnv());
        unreadable.put("PG_BIN", fakes.resolve("pg-bin-com-defeito").toString());
        ShellResult naoConfere = agendado(pasta, "2026-01-11", unreadable);
        assertFailed(naoConfere, pasta, "o pg_restore não consegue ler a cópia " + PREFIXO + "-2026-01-11.backup");
        Set<String> withFailed = new TreeSet<>(kept);
        withFailed.add("2026-01-11");
        assertEquals(withFailed, dates(pasta), "a cópia que não conferiu fica, e nenhuma é apagada");
        assertFalse(Files.exists(pasta.resolve(PREFIXO + "-2026-01-11.verificado")), "não conferida");

        // The next good night: made again, verified, and now Jan 3 goes (Jan 4 is the newest of 2026-W01 among the
        // copies older than the 7 most recent).
        ShellResult again = agendado(pasta, "2026-01-11", pg.pgPasswordEnv());
        assertTrue(again.ok(), again + details(pasta));
        assertTrue(Files.isRegularFile(pasta.resolve(PREFIXO + "-2026-01-11.verificado")));
        withFailed.remove("2026-01-03");
        assertEquals(withFailed, dates(pasta));
        List<String> all = log(pasta);
        assertEquals(6, all.size(), "uma linha por execução: " + all);
        assertTrue(all.get(5).contains(" ok " + PREFIXO + "-2026-01-11 ") && all.get(5).endsWith(" apagadas=2026-01-03"),
                all.get(5));
    }

    @Test
    void theNewestVerifiedCopyIsNeverDeleted() throws IOException {
        // Thirteen copies dated after the night's, none verified (a clock that was ahead, say): by date alone the
        // night's copy (Monday Jan 12, the same ISO week as Jan 13-18) would go.
        Path source = pg.home().resolve("fonte");
        ShellResult real = agendado(source, "2026-01-12", pg.pgPasswordEnv());
        assertTrue(real.ok(), real + details(source));
        Path pasta = pg.home().resolve("protecao");
        for (int day = 13; day <= 25; day++) {
            fakeCopy(source, PREFIXO + "-2026-01-12", pasta, PREFIXO + "-2026-01-" + day, false);
        }
        ShellResult r = agendado(pasta, "2026-01-12", pg.pgPasswordEnv());
        assertTrue(r.ok(), r + details(pasta));
        assertEquals(new TreeSet<>(Set.of("2026-01-25", "2026-01-24", "2026-01-23", "2026-01-22", "2026-01-21",
                "2026-01-20", "2026-01-19", "2026-01-18", "2026-01-12")), dates(pasta));
        assertTrue(Files.isRegularFile(pasta.resolve(PREFIXO + "-2026-01-12.verificado")));
        assertTrue(log(pasta).get(0).endsWith(" apagadas=2026-01-17,2026-01-16,2026-01-15,2026-01-14,2026-01-13"),
                log(pasta).get(0));
    }

    // ------------------------------------------------------------------------------------------------ POP 5.12, drill

    @Test
    void thePopsStep512RunsAsWrittenAndTheDrillRestoresIntoAScratchDatabase() throws IOException {
        String md = Files.readString(out.resolve("ba-santo-amaro/pop.md"));
        List<PopOnPostgresTest.Block> blocks = PopOnPostgresTest.bashBlocks(md).stream()
                .filter(b -> b.section() == 12).toList();
        Path typed = pg.newDir("digitado").resolve("senha.txt");

        // The password file, with a password that has the file's separators, in another home: escaped.
        Files.writeString(typed, "a:b\\c" + "\n", StandardCharsets.UTF_8);
        PgServer.ownByTestUser(typed.getParent());
        PopOnPostgresTest.Block pgpass = blocks.stream().filter(b -> b.code().contains("~/.pgpass")).findFirst()
                .orElseThrow(() -> new AssertionError("5.12 sem o ~/.pgpass: " + blocks));
        Path otherHome = pg.newDir("outra-casa");
        ShellResult escaped = pg.runBash(otherHome, typedFrom(pgpass.code(), typed), Map.of("HOME",
                otherHome.toString()), TIMEOUT);
        assertTrue(escaped.ok(), escaped.toString());
        assertEquals("localhost:" + pg.port() + ":*:postgres:a\\:b\\\\c\n",
                Files.readString(otherHome.resolve(".pgpass")));

        // Every block of 5.12 in order, with no password in the environment: the real one is typed.
        Files.writeString(typed, pg.password() + "\n", StandardCharsets.UTF_8);
        Path crontab = pg.home().resolve("crontab.simulado");
        Files.writeString(crontab, "15 1 * * * echo outra tarefa\n0 3 * * * bash ~/backup-esus.sh\n");
        PgServer.ownByTestUser(pg.home());
        Map<String, String> env = Map.of("PATH", fakes.resolve("cron") + ":" + PgServer.DEFAULT_PATH);
        List<String> ran = new ArrayList<>();
        for (PopOnPostgresTest.Block b : blocks) {
            if (b.code().startsWith("scp ")) {
                continue;
            }
            ran.add(b.code());
            ShellResult r = pg.runBash(pg.home(), typedFrom(b.code(), typed), env, TIMEOUT);
            assertTrue(r.ok(), "5.12: " + b.code() + "\n" + r + details(pg.home().resolve("backup-esus")));
        }
        String all = String.join("\n", ran);
        assertTrue(all.contains("bash ~/backup-esus.sh --agendado") && all.contains("bash ~/restaurar-esus.sh --ensaio"),
                all);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(pg.home().resolve(".pgpass")));
        Path copies = pg.home().resolve("backup-esus");
        String hoje = PREFIXO + "-" + LocalDate.now();
        List<String> log = log(copies);
        assertEquals(2, log.size(), "a cópia e o ensaio do POP: " + log);
        assertTrue(log.get(0).contains(" ok " + hoje + " "), log.get(0));
        assertTrue(log.get(1).contains(" ensaio ok " + hoje + " tabelas=" + original.tables().size() + " linhas="
                + original.totalRows()), log.get(1));

        // The crontab: the old line of the script replaced, the other task kept; the same after a second run.
        PopOnPostgresTest.Block install = blocks.stream().filter(b -> b.code().contains("| crontab -")).findFirst()
                .orElseThrow();
        assertTrue(pg.runBash(pg.home(), install.code(), env, TIMEOUT).ok());
        List<String> table = Files.readAllLines(crontab);
        assertEquals(List.of("15 1 * * * echo outra tarefa",
                "30 2 * * * bash ~/backup-esus.sh --agendado >> ~/backup-esus/backup-esus.log 2>&1",
                "0 4 1 * * bash ~/restaurar-esus.sh --ensaio >> ~/backup-esus/backup-esus.log 2>&1"), table);

        // The two lines as cron runs them: sh, cron's PATH, no password but the ~/.pgpass. Each adds exactly one
        // line to the log (nothing else escapes to cron's >>).
        for (String entry : table.subList(1, 3)) {
            String command = entry.split("\\s+", 6)[5];
            ShellResult r = pg.exec(pg.home(), List.of("/bin/sh", "-c", command), Map.of("PATH", "/usr/bin:/bin",
                    "SHELL", "/bin/sh"), TIMEOUT);
            assertTrue(r.ok(), command + "\n" + r);
        }
        log = log(copies);
        assertEquals(4, log.size(), "uma linha por execução: " + log);
        assertTrue(log.get(2).contains(" ok " + hoje + " "), log.get(2));
        assertTrue(log.get(3).contains(" ensaio ok " + hoje + " "), log.get(3));
        assertTrue(Files.readString(copies.resolve("ensaio.detalhes.txt")).contains("Ensaio conferido: "
                + original.tables().size() + " tabelas e " + original.totalRows() + " linhas, iguais às da cópia."));

        // Damaged copies: the drill fails loudly (exit 1, "ensaio FALHOU" with the reason) and drops the scratch DB.
        Map<String, String> noEnv = Map.of();
        String cut = PREFIXO + "-2001-01-01";
        fakeCopy(copies, hoje, copies, cut, false);
        byte[] dump = Files.readAllBytes(copies.resolve(cut + ".backup"));
        Files.write(copies.resolve(cut + ".backup"), java.util.Arrays.copyOf(dump, dump.length / 2));
        String counted = PREFIXO + "-2001-01-02";
        fakeCopy(copies, hoje, copies, counted, false);
        String contagem = Files.readString(copies.resolve(counted + ".contagem.txt"));
        long cidadaos = original.rows("public.tb_cidadao");
        Files.writeString(copies.resolve(counted + ".contagem.txt"), contagem.replace("public.tb_cidadao\t" + cidadaos
                + "\n", "public.tb_cidadao\t" + (cidadaos + 1) + "\n"));
        String flipped = PREFIXO + "-2001-01-03";
        fakeCopy(copies, hoje, copies, flipped, false);
        // A damage that came with the copy (a new .sha256), and one that came after it (the old one).
        assertTrue(pg.runBash(copies, "for n in " + cut + " " + counted + " " + flipped + "; do sha256sum $n.backup"
                + " $n.sql.gz $n.contagem.txt $n.arquivos-pec.tar.gz > $n.sha256; done", noEnv).ok());
        byte[] bytes = Files.readAllBytes(copies.resolve(flipped + ".backup"));
        bytes[bytes.length / 3] ^= 0x55;
        Files.write(copies.resolve(flipped + ".backup"), bytes);
        PgServer.ownByTestUser(copies);
        Map<String, String> why = Map.of(cut, "o pg_restore não conseguiu restaurar " + cut + ".backup",
                counted, "o rascunho restaurado não tem as linhas da cópia em 1 tabela(s): public.tb_cidadao: "
                        + (cidadaos + 1) + " linhas na cópia, " + cidadaos + " no rascunho",
                flipped, "a cópia " + flipped + " está danificada: não confere com o seu .sha256 em " + flipped
                        + ".backup");
        for (String nome : List.of(cut, counted, flipped)) {
            int before = log(copies).size();
            ShellResult r = pg.runBash(pg.home(), "bash ~/restaurar-esus.sh --ensaio " + nome, noEnv, TIMEOUT);
            assertEquals(1, r.exitCode(), r.toString());
            List<String> now = log(copies);
            assertEquals(before + 1, now.size(), now.toString());
            String last = now.get(now.size() - 1);
            assertTrue(last.contains(" ensaio FALHOU " + nome + " " + why.get(nome)), last);
            String detalhes = Files.readString(copies.resolve("ensaio.detalhes.txt"));
            assertTrue(detalhes.contains("ENSAIO FALHOU: a cópia " + nome), detalhes);
            assertEquals("", pg.psql("postgres", "SELECT datname FROM pg_database WHERE datname = 'esus_ensaio'")
                    .strip(), "o rascunho foi apagado");
        }
        original.assertSameAs(DbSnapshot.take(pg, DB, "banco de verdade depois dos ensaios"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ShellResult agendado(Path pasta, String data, Map<String, String> env) {
        return pg.runBash(pg.home(), "bash ~/backup-esus.sh --agendado --pasta '" + pasta + "' --data " + data, env,
                TIMEOUT);
    }

    private void assertFailed(ShellResult r, Path pasta, String message) throws IOException {
        assertNotEquals(0, r.exitCode(), r.toString());
        List<String> log = log(pasta);
        String last = log.get(log.size() - 1);
        Matcher m = LOG_LINE.matcher(last);
        assertTrue(m.matches() && m.group(1).equals("ERRO") && last.contains(message), last + details(pasta));
        assertTrue(Files.readString(pasta.resolve("backup-esus.detalhes.txt")).contains("ERRO: "), details(pasta));
    }

    /** The dates of the copies in {@code pasta} (any file {@code PREFIXO-AAAA-MM-DD.*}). */
    private static TreeSet<String> dates(Path pasta) throws IOException {
        TreeSet<String> dates = new TreeSet<>();
        Pattern p = Pattern.compile(Pattern.quote(PREFIXO) + "-(\\d{4}-\\d{2}-\\d{2})\\..*");
        try (Stream<Path> s = Files.list(pasta)) {
            s.forEach(f -> {
                Matcher m = p.matcher(f.getFileName().toString());
                if (m.matches()) {
                    dates.add(m.group(1));
                }
            });
        }
        return dates;
    }

    private static List<String> log(Path pasta) throws IOException {
        Path f = pasta.resolve("backup-esus.log");
        return Files.exists(f) ? Files.readAllLines(f) : List.of();
    }

    private static String details(Path pasta) {
        try {
            StringBuilder sb = new StringBuilder();
            for (String f : List.of("backup-esus.log", "backup-esus.detalhes.txt", "ensaio.detalhes.txt")) {
                Path p = pasta.resolve(f);
                if (Files.exists(p)) {
                    sb.append("\n--- ").append(f).append('\n').append(Files.readString(p));
                }
            }
            return sb.toString();
        } catch (IOException e) {
            return "\n(" + e + ")";
        }
    }

    /** The copy {@code from} of folder {@code src} again as {@code to} in {@code dst}, with or without .verificado. */
    private static void fakeCopy(Path src, String from, Path dst, String to, boolean verified) throws IOException {
        Files.createDirectories(dst);
        for (String ext : List.of(".backup", ".sql.gz", ".contagem.txt", ".arquivos-pec.tar.gz", ".sha256")) {
            Files.copy(src.resolve(from + ext), dst.resolve(to + ext), StandardCopyOption.REPLACE_EXISTING);
        }
        if (verified) {
            Files.writeString(dst.resolve(to + ".verificado"), "conferida (cópia de teste)\n");
        }
        PgServer.ownByTestUser(dst);
    }

    /** The POP's {@code read -r -s ... VAR} reads from {@code file}, as if typed. */
    private static String typedFrom(String script, Path file) {
        return script.replaceAll("(?m)^(read -r -s (?:-p '[^']*' )?\\w+)", "$1 < '" + file + "'");
    }

    /** Stand-ins on the PATH: a crontab kept in ~/crontab.simulado, a full disk, a pg_restore that cannot read. */
    private Path fakeTools() throws IOException {
        Path root = pg.newDir("falsos");
        Path cron = Files.createDirectories(root.resolve("cron"));
        script(cron.resolve("crontab"), """
                #!/bin/bash
                f="$HOME/crontab.simulado"
                case "$*" in
                  -l) if [ -f "$f" ]; then cat "$f"; else echo "no crontab for $USER" >&2; exit 1; fi ;;
                  -) t=$(mktemp); cat > "$t"; mv "$t" "$f" ;;
                  *) echo "crontab simulado: $*" >&2; exit 2 ;;
                esac
                """);
        Path disk = Files.createDirectories(root.resolve("disco-cheio"));
        script(disk.resolve("df"), """
                #!/bin/sh
                echo "Filesystem 1024-blocks Used Available Capacity Mounted on"
                echo "/dev/simulado 1000000 999990 10 100% /"
                """);
        Path bin = Files.createDirectories(root.resolve("pg-bin-com-defeito"));
        for (String tool : List.of("pg_dump", "psql", "createdb", "dropdb")) {
            Files.createSymbolicLink(bin.resolve(tool), pg.binDir().resolve(tool));
        }
        script(bin.resolve("pg_restore"), """
                #!/bin/bash
                for a in "$@"; do
                  if [ "$a" = -l ]; then
                    echo "pg_restore: error: could not read from input file: Input/output error" >&2
                    exit 1
                  fi
                done
                exec %s "$@"
                """.formatted(pg.binDir().resolve("pg_restore")));
        PgServer.ownByTestUser(root);
        return root;
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
