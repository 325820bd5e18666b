package br.esus.oficios.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Proves the harness itself before other tests trust it with the POP's commands: a throwaway cluster starts, the
 * e-SUS-like fixtures load, a custom-format dump restores with {@code pg_restore --clean --if-exists} over a freshly
 * installed database, {@link DbSnapshot} sees the restored database as equal and a changed one as different (naming
 * the table), commands run as an unprivileged user with their own HOME, and a dump moves from an "old" to a "new"
 * server on the same port.
 *
 * <p>Needs PostgreSQL's server binaries: without them it is skipped on a developer's machine (with a message on
 * stderr) and fails in CI ({@code CI=true}).
 */
@Tag("postgres")
class PgServerTest {

    private static final Duration CMD = Duration.ofSeconds(30);

    /** Per test, not per class, so that a skip is counted for each test in Surefire's report. */
    @BeforeEach
    void postgresPresent() {
        PgServer.requireOrSkip("PgServerTest");
    }

    /** A database as the PEC installer leaves it (schema and reference rows), optionally with the municipality's data. */
    static void esusDatabase(PgServer pg, String db, boolean withData) {
        pg.createDatabase(db);
        pg.loadResource(db, "esus-schema.sql");
        pg.loadResource(db, "esus-referencia.sql");
        if (withData) {
            pg.loadResource(db, "esus-dados.sql");
        }
    }

    private static Map<String, String> env(PgServer pg, PecTree pec) {
        Map<String, String> e = new HashMap<>(pg.pgPasswordEnv());
        e.put("PATH", pec.path());
        return e;
    }

    @Test
    @Timeout(90)
    void dumpAndRestoreOverAFreshInstallGivesTheSameDatabase() {
        try (PgServer pg = PgServer.create(PgServer.freePort())) {
            pg.start();
            esusDatabase(pg, "esus", true);
            DbSnapshot original = DbSnapshot.take(pg, "esus");

            // the fixtures are what the other tests rely on
            assertEquals("UTF8", original.encoding());
            assertEquals(8001, original.rows("public.tb_cidadao"), original::toString);
            assertTrue(original.rows("public.tb_atend") > 5000, original::toString);
            assertEquals(20, original.rows("auditoria.tb_evento"));
            assertEquals(7, original.largeObjects().size(), () -> original.largeObjects().toString());
            assertTrue(original.largeObjects().values().stream().anyMatch(v -> v.endsWith(", 320034 bytes")),
                    () -> "the 320 KB attachment: " + original.largeObjects());
            assertEquals("last_value=8010 start=1 increment=1",
                    original.sequences().get("public.tb_cidadao_co_seq_cidadao_seq"));
            assertEquals("last_value=9003 start=1000 increment=1", original.sequences().get("public.seq_nu_prontuario"));
            assertTrue(original.views().containsKey("public.vw_atend_cidadao"));
            assertTrue(original.schemaObjects().containsKey("index public.in_cidadao_nome"));
            assertTrue(original.schemaObjects().containsKey("constraint public.tb_cidadao.fk_cidadao_responsavel"));
            assertTrue(original.schemaObjects().get("privileges public.tb_cidadao").contains("esus_leitura=r/postgres"));
            assertEquals("São João del-Rei\n", pg.psql("esus",
                    "SELECT ds_texto FROM tb_config_sistema WHERE co_config_sistema = 'NOME_MUNICIPIO'"));

            Path pecRoot = pg.newDir("opt/e-SUS");
            PecTree pec = PecTree.create(pecRoot, pg, "esus");
            String conn = "-h localhost -p " + pg.port() + " -U postgres";
            ShellResult dump = pg.runBash(pg.home(), "mkdir -p ~/backup-esus && cd ~/backup-esus && command -v pg_dump"
                    + " && pg_dump " + conn + " -F c -b -f esus.backup esus && ls -l esus.backup", env(pg, pec), CMD);
            assertTrue(dump.ok(), dump::toString);
            assertTrue(dump.stdout().startsWith(pec.pgBin() + "/pg_dump"), () -> "pg_dump of the PEC tree: " + dump);
            assertTrue(Files.isRegularFile(pg.home().resolve("backup-esus/esus.backup")));

            esusDatabase(pg, "esus_novo", false);
            DbSnapshot fresh = DbSnapshot.take(pg, "esus_novo");
            assertNotEquals(original, fresh);
            String d = original.diff(fresh);
            assertTrue(d.contains("table public.tb_cidadao: 8001 rows in esus, 0 rows in esus_novo"), d);
            assertTrue(d.contains("table public.tb_config_sistema: 6 rows in esus, 4 rows in esus_novo"), d);
            assertTrue(d.contains("São João del-Rei"), () -> "rows shown by the diff: " + d);
            assertTrue(d.contains("large objects: 7 in esus, 0 in esus_novo"), d);
            assertTrue(d.contains("sequence public.seq_nu_prontuario: differs"), d);

            ShellResult restore = pg.runBash(pg.home().resolve("backup-esus"),
                    "pg_restore " + conn + " -d esus_novo --clean --if-exists esus.backup", env(pg, pec), CMD);
            assertTrue(restore.ok(), restore::toString);
            DbSnapshot restored = DbSnapshot.take(pg, "esus_novo");
            assertEquals(original, restored, () -> original.diff(restored));
            assertEquals("", original.diff(restored));

            // one changed cell, one attachment gone: both named
            pg.psql("esus_novo", "UPDATE tb_cidadao SET no_cidadao = 'Joao sem acento' WHERE co_seq_cidadao = 2;"
                    + " SELECT lo_unlink(min(oid)) FROM pg_largeobject_metadata;");
            DbSnapshot changed = DbSnapshot.take(pg, "esus_novo");
            String d2 = original.diff(changed);
            assertTrue(d2.contains("table public.tb_cidadao: same count (8001 rows) but different contents;"
                    + " 1 row(s) only in esus, 1 only in esus_novo"), d2);
            assertTrue(d2.contains("Joao sem acento"), d2);
            assertTrue(d2.contains("large objects: 7 in esus, 6 in esus_novo"), d2);
            assertTrue(d2.startsWith("database esus vs esus_novo: 3 difference(s)"), d2);
        }
    }

    @Test
    @Timeout(90)
    void commandsRunAsAnUnprivilegedUserWithTheirOwnHomeAndNeedThePassword() throws IOException {
        try (PgServer pg = PgServer.create(PgServer.freePort())) {
            pg.start();
            ShellResult who = pg.runBash(pg.home(), "id -u; echo \"$HOME\"; echo \"${PGPASSWORD:-none}\"; pwd",
                    Map.of(), CMD);
            assertTrue(who.ok(), who::toString);
            String[] lines = who.stdout().split("\n");
            assertNotEquals("0", lines[0], "commands must not run as root");
            assertEquals(pg.home().toString(), lines[1]);
            assertEquals("none", lines[2], "nothing of the JVM's environment leaks in");
            assertEquals(pg.home().toString(), lines[3]);

            // scram over TCP, on 127.0.0.1 and localhost: a wrong or missing password fails at once (no prompt)
            String sql = " -U postgres -d postgres -Atc 'select 1'";
            ShellResult noPassword = pg.runBash(pg.home(), "psql -h localhost -p " + pg.port() + sql, Map.of(), CMD);
            assertFalse(noPassword.ok(), noPassword::toString);
            assertFalse(noPassword.timedOut(), noPassword::toString);
            assertTrue(noPassword.stderr().contains("no password supplied"), noPassword::toString);
            ShellResult wrong = pg.runBash(pg.home(), "psql -h 127.0.0.1 -p " + pg.port() + sql,
                    Map.of("PGPASSWORD", "errada"), CMD);
            assertTrue(wrong.stderr().contains("password authentication failed"), wrong::toString);
            ShellResult right = pg.runBash(pg.home(), "psql -h localhost -p " + pg.port() + sql, pg.pgPasswordEnv(), CMD);
            assertEquals("1\n", right.stdout(), right::toString);
            ShellResult socket = pg.runBash(pg.home(), "psql -h '" + pg.socketDir() + "' -p " + pg.port() + sql,
                    pg.pgPasswordEnv(), CMD);
            assertEquals("1\n", socket.stdout(), socket::toString);

            ShellResult slow = pg.runBash(pg.home(), "sleep 30 & sleep 30; echo never", Map.of(), Duration.ofSeconds(1));
            assertTrue(slow.timedOut(), slow::toString);

            // the stand-in PEC tree: files in place, owned (writable) by the user that runs the commands
            PecTree pec = PecTree.create(pg.newDir("opt/e-SUS"), pg.binDir(), "postgresql-9.6.13-1-linux-x64");
            ShellResult tree = pg.runBash(pec.root(), String.join(" && ",
                    "test -O webserver/chaves/municipio.pfx",
                    "test -w webserver/config/application.properties",
                    "test -O certmgr/config/ssl.properties",
                    "test -r webserver/config/credenciais.txt",
                    "database/postgresql-9.6.13-1-linux-x64/bin/pg_restore --version",
                    "grep -c '^bridge.security.oauth2.client.registration.govbr.client-' webserver/config/application.properties",
                    "grep '^spring.datasource.url=' webserver/config/application.properties"), Map.of(), CMD);
            assertTrue(tree.ok(), tree::toString);
            assertTrue(tree.stdout().contains("pg_restore (PostgreSQL)"), tree::toString);
            assertTrue(tree.stdout().contains("2\nspring.datasource.url=jdbc:postgresql://localhost:5433/esus"),
                    tree::toString);
            assertEquals(2048, Files.size(pec.pfx()));
            for (String tool : PecTree.TOOLS) {
                assertTrue(Files.isExecutable(pec.pgBin().resolve(tool)), tool);
            }
        }
    }

    /** The migration's shape: dump on the old server, stop it, restore on a new one (another cluster, same port). */
    @Test
    @Timeout(90)
    void dumpMovesFromAnOldServerToANewOneOnTheSamePort() throws IOException {
        int port = PgServer.freePort();
        DbSnapshot before;
        Path dumpOnNewServer;
        try (PgServer old = PgServer.create(port)) {
            old.start();
            esusDatabase(old, "esus", true);
            before = DbSnapshot.take(old, "esus", "esus on the old server");
            ShellResult dump = old.runBash(old.home(), "mkdir -p ~/backup-esus && cd ~/backup-esus"
                    + " && pg_dump -h localhost -p " + port + " -U postgres -F c -b -f esus.backup esus",
                    old.pgPasswordEnv(), CMD);
            assertTrue(dump.ok(), dump::toString);
            old.stop();

            try (PgServer novo = PgServer.create(port)) {
                assertNotEquals(old.password(), novo.password());
                novo.start();
                esusDatabase(novo, "esus", false);
                // the coordinator's scp: from the old home to the new one
                Path dest = novo.home().resolve("backup-esus");
                Files.createDirectories(dest);
                dumpOnNewServer = Files.copy(old.home().resolve("backup-esus/esus.backup"), dest.resolve("esus.backup"));
                PgServer.ownByTestUser(dest);
                ShellResult restore = novo.runBash(dest, "pg_restore -h localhost -p " + port
                        + " -U postgres -d esus --clean --if-exists esus.backup", novo.pgPasswordEnv(), CMD);
                assertTrue(restore.ok(), restore::toString);
                DbSnapshot after = DbSnapshot.take(novo, "esus", "esus on the new server");
                before.assertSameAs(after);

                novo.restart();
                assertEquals("8001\n", novo.psql("esus", "SELECT count(*) FROM tb_cidadao"));
            }
            assertFalse(Files.exists(dumpOnNewServer), "close() deletes the cluster's folders");
        }
    }
}
