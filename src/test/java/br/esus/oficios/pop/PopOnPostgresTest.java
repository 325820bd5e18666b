package br.esus.oficios.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.cli.CliContext;
import br.esus.oficios.cli.Main;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Linux POP's copy, transfer and restore, run for real: an "old server" (a PostgreSQL cluster with an e-SUS-like
 * database and a stand-in PEC tree at {@code instalacao.pasta}) and a "new server" (another cluster on the same port,
 * where the PEC installer left its database: the schema and the reference rows), the POP's and the scripts' commands
 * run as an ordinary user, and every table, sequence, view and large object of the restored database compared with
 * the original.
 *
 * <p>Lines of the POP that cannot run on a test machine are replaced, and only these (see {@link #simulated}):
 * {@code systemctl} (no PEC service here: stopping and starting it does nothing), {@code java -jar} of the PEC
 * installer (the test plays the installer: a new cluster, the schema, the reference rows, a fresh PEC tree),
 * {@code scp} between the machines (a copy between the two servers' home folders) and, in the transfer through the
 * cloud (the end of 5.4), the passphrase the new server's {@code read -r -s} waits for (what the other person
 * dictates on the phone: read from the old server's passphrase file). The upload and the download through the cloud
 * are no command of the POP: the test copies the two files it says to upload ({@code .tar.enc} and
 * {@code .tar.enc.sha256}) from the old home to the new one, after deleting the copy that {@code scp} brought, so
 * that the new server restores what it decrypted. Nothing else is changed.
 */
class PopOnPostgresTest {

    private static final String DB = "esus";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120);

    private PgServer old;
    private PgServer novo;
    private Path pec;
    private Path out;
    private PecTree oldTree;
    private DbSnapshot original;

    @BeforeEach
    void oldServer() throws IOException {
        PgServer.requireOrSkip("PopOnPostgresTest");
        old = PgServer.create(PgServer.freePort());
        old.start();
        old.createDatabase(DB);
        old.loadResource(DB, "esus-schema.sql");
        old.loadResource(DB, "esus-referencia.sql");
        old.loadResource(DB, "esus-dados.sql");
        original = DbSnapshot.take(old, DB, "servidor antigo");
        pec = old.newDir("pec");
        oldTree = PecTree.create(pec, old, DB);
        out = old.newDir("saida");
        generate(out, pec, old.port());
    }

    @AfterEach
    void stop() {
        if (novo != null) {
            novo.close();
        }
        if (old != null) {
            old.close();
        }
    }

    @Test
    void theScriptsCopyAndRestoreOntoTheDatabaseTheInstallerLeftBothWays() throws IOException {
        Path scripts = out.resolve("ba-santo-amaro");
        copyScripts(scripts, old.home());
        ShellResult backup = old.runBash(old.home(), "bash ~/backup-esus.sh", old.pgPasswordEnv(), SCRIPT_TIMEOUT);
        assertTrue(backup.ok(), backup.toString());
        assertTrue(backup.stdout().contains("Cópia pronta e conferida em "), backup.stdout());
        Path copies = old.home().resolve("backup-esus");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(copies), "pasta só do dono");
        String nome = "esus-ba-santo-amaro-" + LocalDate.now();
        for (String ext : List.of(".backup", ".sql.gz", ".contagem.txt", ".arquivos-pec.tar.gz", ".sha256",
                ".verificado")) {
            Path f = copies.resolve(nome + ext);
            assertTrue(Files.isRegularFile(f), f.toString());
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(f), "dados de saúde legíveis só pelo dono: " + f);
        }
        try (var s = Files.list(copies)) {
            assertEquals(6, s.count(), "nada além dos cinco arquivos e do .verificado (nem .sql solto, nem .parcial)");
        }
        assertTrue(backup.stdout().contains("conferida: sha256sum -c, gzip -t e pg_restore -l"), backup.stdout());
        String contagem = Files.readString(copies.resolve(nome + ".contagem.txt"));
        assertTrue(contagem.contains("public.tb_cidadao\t" + original.rows("public.tb_cidadao") + "\n"), contagem);

        // Twice on one day: the day's copy is made again, whole, and nothing else is left.
        ShellResult again = old.runBash(old.home(), "bash ~/backup-esus.sh", old.pgPasswordEnv(), SCRIPT_TIMEOUT);
        assertTrue(again.ok(), again.toString());
        try (var s = Files.list(copies)) {
            assertEquals(6, s.count());
        }

        installer();
        transfer(copies, nome);
        for (String args : List.of("", " --sql", "")) {
            ShellResult r = novo.runBash(novo.home(), "bash ~/restaurar-esus.sh" + args, novo.pgPasswordEnv(),
                    SCRIPT_TIMEOUT);
            assertTrue(r.ok(), args + ": " + r);
            assertTrue(r.stdout().contains("Conferido: " + original.tables().size() + " tabelas e "
                    + original.totalRows() + " linhas, iguais às da cópia."), r.stdout());
            original.assertSameAs(DbSnapshot.take(novo, DB, "servidor novo" + args));
        }
        assertFilesArrived();
    }

    @Test
    void thePopsOwnCommandsRunAsWritten() throws IOException {
        String md = Files.readString(out.resolve("ba-santo-amaro/pop.md"));
        List<Block> blocks = bashBlocks(md);
        List<String> ran = new ArrayList<>();
        String nome = "esus-ba-santo-amaro-" + LocalDate.now();
        Cloud cloud = new Cloud();
        for (Block b : blocks) {
            if (b.section() < 2 || b.section() > 5) {
                // 5.2 to 5.5: before starting, the copy, the transfer, the installation and the restore.
                continue;
            }
            String script = b.code();
            ran.add(script);
            if (b.subsection().startsWith("Pela nuvem")) {
                cloud.run(b, nome);
                continue;
            }
            if (script.contains("java -jar ")) {
                // The PEC installer on the new server: the test's own stand-in for it.
                installer();
                continue;
            }
            if (script.startsWith("scp backup-esus.sh restaurar-esus.sh ")) {
                // §2: from the coordinator's PC to both servers.
                copyScripts(out.resolve("ba-santo-amaro"), old.home());
                newMachine();
                continue;
            }
            boolean onOld = b.section() == 3 || script.startsWith("scp ~/backup-esus/");
            PgServer server = onOld ? old : novo;
            ShellResult r = server.runBash(server.home(), simulated(script), server.pgPasswordEnv(), SCRIPT_TIMEOUT);
            assertTrue(r.ok(), "5." + b.section() + " (servidor " + (onOld ? "antigo" : "novo") + "): " + script
                    + "\n" + r);
        }
        String all = String.join("\n", ran);
        cloud.assertDone(all, nome);
        assertTrue(all.contains("bash ~/backup-esus.sh"), all);
        assertTrue(all.contains("sha256sum -c "), all);
        assertTrue(all.contains("bash ~/restaurar-esus.sh\n"), all);
        assertTrue(all.contains("bash ~/restaurar-esus.sh --sql"), all);
        original.assertSameAs(DbSnapshot.take(novo, DB, "servidor novo"));
        assertFilesArrived();
    }

    @Test
    void aDamagedCopyOrAServerWithMoreDataIsRefusedLoudly() throws IOException {
        Path scripts = out.resolve("ba-santo-amaro");
        copyScripts(scripts, old.home());
        assertTrue(old.runBash(old.home(), "bash ~/backup-esus.sh", old.pgPasswordEnv(), SCRIPT_TIMEOUT).ok());
        String nome = "esus-ba-santo-amaro-" + LocalDate.now();

        // The restore run by mistake on the old server, which has a row the copy does not: nothing is dropped.
        old.psql(DB, "INSERT INTO tb_cidadao (no_cidadao) VALUES ('Depois da cópia')");
        ShellResult wrongServer = old.runBash(old.home(), "bash ~/restaurar-esus.sh", old.pgPasswordEnv(),
                SCRIPT_TIMEOUT);
        assertNotEquals(0, wrongServer.exitCode(), wrongServer.toString());
        assertTrue(wrongServer.stderr().contains("tem dados que a cópia não tem"), wrongServer.stderr());
        assertEquals(original.rows("public.tb_cidadao") + 1, DbSnapshot.take(old, DB).rows("public.tb_cidadao"),
                "o banco ficou como estava");

        // A damaged dump: the hash check stops the restore before anything is touched.
        Path dump = old.home().resolve("backup-esus").resolve(nome + ".backup");
        byte[] bytes = Files.readAllBytes(dump);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(dump, bytes);
        ShellResult damaged = old.runBash(old.home(), "bash ~/restaurar-esus.sh --forcar", old.pgPasswordEnv(),
                SCRIPT_TIMEOUT);
        assertNotEquals(0, damaged.exitCode(), damaged.toString());
        assertTrue(damaged.stderr().contains("a cópia não confere"), damaged.stderr());
        assertTrue(damaged.stderr().contains(nome + ".backup: FAILED"), "diz qual arquivo: " + damaged.stderr());
        assertEquals(original.rows("public.tb_cidadao") + 1, DbSnapshot.take(old, DB).rows("public.tb_cidadao"));
    }

    // ------------------------------------------------------------------------------------------------ the servers

    /**
     * The new machine: its own home folder and a PostgreSQL cluster made on the same port as the old server's (each
     * machine has its own {@code localhost:PORT}), not started until the PEC is installed ({@link #installer()}).
     */
    private void newMachine() throws IOException {
        if (novo == null) {
            novo = PgServer.create(old.port());
            copyScripts(out.resolve("ba-santo-amaro"), novo.home());
        }
    }

    /** The new server as the PEC installer leaves it: the schema, the reference rows, a fresh PEC tree. */
    private void installer() throws IOException {
        newMachine();
        old.stop();
        novo.start();
        novo.createDatabase(DB);
        novo.loadResource(DB, "esus-schema.sql");
        novo.loadResource(DB, "esus-referencia.sql");
        // The same folder as the old server's PEC, as a fresh install leaves it: no certificate, no GOV.BR keys.
        try (var files = Files.list(oldTree.chavesDir())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(oldTree.applicationProperties(), "server.port=80\nspring.datasource.url=jdbc:postgresql://"
                + "localhost:" + novo.port() + "/" + DB + "\n", StandardCharsets.UTF_8);
    }

    private void assertFilesArrived() throws IOException {
        assertTrue(Files.isRegularFile(oldTree.chavesDir().resolve("municipio.pfx")), "o certificado RNDS chegou");
        String props = Files.readString(oldTree.applicationProperties());
        assertTrue(props.contains("bridge.security.oauth2.client.registration.govbr.client-id="
                + PecTree.GOVBR_CLIENT_ID + "\n"), props);
        assertTrue(props.startsWith("server.port=80\nspring.datasource.url="), "o resto é do servidor novo: " + props);
        assertEquals(1, props.split("govbr.client-secret=", -1).length - 1, "as chaves só uma vez: " + props);
    }

    // ------------------------------------------------------------------------------------------------ the POP

    static void generate(Path out, Path pec, int port) throws IOException {
        String yaml = Files.readString(Path.of("municipios/ba-santo-amaro.yaml"))
                .replace("banco: {porta: 5433, nome: esus, usuario: postgres}",
                        "banco: {porta: " + port + ", nome: esus, usuario: postgres}\n  pasta: " + pec);
        assertTrue(yaml.contains("pasta: " + pec), "o exemplo mudou: ajuste o teste");
        Path dir = Files.createTempDirectory("pop-yaml");
        Path file = dir.resolve("ba-santo-amaro.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), Map.of(), Path.of("").toAbsolutePath(),
                LocalDate.now(), false);
        int code = Main.run(ctx, "gerar", "-d", "pop,scripts", "-f", "md", "-o", out.toString(), file.toString());
        assertEquals(0, code, o + "\n" + e);
        PgServer.ownByTestUser(out);
    }

    static void copyScripts(Path from, Path home) throws IOException {
        for (String s : List.of("backup-esus.sh", "restaurar-esus.sh")) {
            Files.copy(from.resolve(s), home.resolve(s), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        PgServer.ownByTestUser(home);
    }

    /** What the coordinator's {@code scp} from the old server to the new one does. */
    private void transfer(Path copies, String nome) throws IOException {
        Path to = novo.home().resolve("backup-esus");
        Files.createDirectories(to);
        try (var s = Files.list(copies)) {
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith(nome)).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        PgServer.ownByTestUser(to);
    }

    /**
     * A bash code block of the POP, with the number N of the step "5.N" of the procedure it is in (0: none), the
     * title of the level-4 heading inside that step it is under ("" when none) and the paragraph just before it (the
     * text of its list item, which says on which server it runs).
     */
    record Block(int section, String subsection, String intro, String code) {
    }

    static List<Block> bashBlocks(String md) {
        List<Block> blocks = new ArrayList<>();
        Node doc = Parser.builder().build().parse(md);
        int section = 0;
        String subsection = "";
        for (Node n : (Iterable<Node>) () -> doc.getDescendants().iterator()) {
            if (n instanceof Heading h) {
                // The procedure's steps are "5.N ..." under "5. Procedimento"; anything else is outside them.
                Matcher m = Pattern.compile("^5\\.(\\d+) ").matcher(h.getText().toString());
                section = h.getLevel() == 3 && m.find() ? Integer.parseInt(m.group(1)) : h.getLevel() <= 3 ? 0
                        : section;
                subsection = h.getLevel() == 4 ? h.getText().toString() : h.getLevel() < 4 ? "" : subsection;
            } else if (n instanceof FencedCodeBlock f && f.getInfo().toString().equals("bash")) {
                Node before = f.getPrevious();
                while (before != null && !(before instanceof Paragraph)) {
                    before = before.getPrevious();
                }
                blocks.add(new Block(section, subsection, before == null ? "" : before.getChars().toString().strip(),
                        f.getContentChars().toString()));
            }
        }
        return blocks;
    }

    /** A block as bash reads it: the lines broken for the page ({@code " \\"} at the end) joined again. */
    static String unwrapped(String script) {
        return script.replaceAll(" \\\\\n\\s*", " ");
    }

    /**
     * The transfer through the cloud (the end of 5.4), block by block: on the old server until a block says "No
     * servidor novo", then on the new one; a block for "os dois servidores" runs on both. Between the last block on
     * the old server and the first on the new one, the upload and the download: the two files of the cloud, copied
     * from the old home to the new one, where the copy that scp brought is deleted first.
     */
    private final class Cloud {
        private boolean onNew;
        private String passphrase;
        private final List<String> scripts = new ArrayList<>();

        void run(Block b, String nome) throws IOException {
            String script = b.code();
            scripts.add(script);
            boolean both = b.intro().contains("nos dois servidores");
            if (!onNew && b.intro().startsWith("No servidor novo")) {
                onNew = true;
                throughTheCloud(nome);
            }
            Path oldSecret = old.home().resolve("backup-esus/senha-transferencia.txt");
            for (PgServer server : both ? List.of(old, novo) : List.of(onNew ? novo : old)) {
                // The passphrase dictated on the phone: what the new server's read -r -s gets.
                String typed = script.replaceAll("(?m)^(read -r -s (?:-p '[^']*' )?\\w+)", "$1 < '" + oldSecret + "'");
                ShellResult r = server.runBash(server.home(), typed, server.pgPasswordEnv(), SCRIPT_TIMEOUT);
                assertTrue(r.ok(), "5.4, pela nuvem (servidor " + (server == old ? "antigo" : "novo") + "): "
                        + script + "\n" + r);
                if (server == old && passphrase == null && Files.exists(oldSecret)) {
                    passphrase = Files.readString(oldSecret).strip();
                }
            }
        }

        private void throughTheCloud(String nome) throws IOException {
            Path from = old.home().resolve("backup-esus");
            Path to = novo.home().resolve("backup-esus");
            try (var s = Files.list(to)) {
                for (Path f : s.filter(p -> p.getFileName().toString().startsWith(nome + ".")).toList()) {
                    Files.delete(f);
                }
            }
            byte[] enc = Files.readAllBytes(from.resolve(nome + ".tar.enc"));
            assertEquals("Salted__", new String(enc, 0, 8, StandardCharsets.ISO_8859_1), "cifrado pelo openssl enc");
            for (String f : List.of(nome + ".tar.enc", nome + ".tar.enc.sha256")) {
                Files.copy(from.resolve(f), to.resolve(f));
            }
            PgServer.ownByTestUser(to);
        }

        /** The five files arrived whole through the cloud, and the passphrase was never on a command line. */
        void assertDone(String allScripts, String nome) throws IOException {
            assertTrue(onNew && passphrase != null && passphrase.length() >= 40, "a transferência pela nuvem rodou: "
                    + scripts);
            Path from = old.home().resolve("backup-esus");
            Path to = novo.home().resolve("backup-esus");
            for (String ext : List.of(".backup", ".sql.gz", ".contagem.txt", ".arquivos-pec.tar.gz", ".sha256")) {
                assertEquals(-1L, Files.mismatch(from.resolve(nome + ext), to.resolve(nome + ext)),
                        "decifrado igual ao original: " + nome + ext);
            }
            for (PgServer server : List.of(old, novo)) {
                assertTrue(Files.notExists(server.home().resolve("backup-esus/senha-transferencia.txt")),
                        "o arquivo da senha foi apagado nos dois servidores");
            }
            assertTrue(!allScripts.contains(passphrase), "a senha não aparece em nenhum comando");
            String joined = unwrapped(String.join("\n", scripts));
            assertTrue(joined.contains("openssl enc -aes-256-cbc") && joined.contains("openssl enc -d "), joined);
            for (String line : joined.split("\n")) {
                if (line.contains("openssl enc ")) {
                    assertTrue(line.contains(" -pass file:") && !line.matches(".*(pass:|env:| -k | -K ).*"),
                            "a senha só por arquivo: " + line);
                }
            }
        }
    }

    /**
     * The block as it runs here: {@code systemctl} does nothing (there is no PEC service), {@code scp} between the
     * servers becomes a copy between their homes. Every other line runs as written.
     */
    private String simulated(String script) {
        if (script.startsWith("scp ~/backup-esus/")) {
            String files = script.substring("scp ".length(), script.lastIndexOf(" usuario@"));
            return "cp " + files + " " + novo.home().resolve("backup-esus") + "/";
        }
        return script.replaceAll("(?m)^sudo systemctl (stop|start|restart) e-SUS-PEC$", "true");
    }
}
