package br.esus.oficios.pop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for running the POP's backup and restore commands for real, plus a way to run those
 * commands the way a coordinator would: as an ordinary (not root) user, in bash, with a home folder of their own.
 *
 * <p>Why it looks like this:
 * <ul>
 *   <li>The cluster is made with {@code initdb} and {@code pg_ctl} from the newest {@code /usr/lib/postgresql/<major>/bin}
 *       (Debian's layout; {@code ESUS_PG_BIN} overrides it), in a temporary folder, so a test never touches a system
 *       cluster and leaves nothing behind. It listens only on the loopback ({@code 127.0.0.1}, and {@code ::1} when
 *       {@code localhost} resolves to it, so that the POP's {@code -h localhost} works) on a port the caller chooses
 *       ({@link #freePort()}), and on a unix socket inside the temporary folder, never in {@code /var/run/postgresql}.</li>
 *   <li>The superuser is {@code postgres} with a password and every connection, TCP or socket, authenticates with
 *       {@code scram-sha-256}, as the PEC's own PostgreSQL does: a POP command that forgets the password fails
 *       instead of passing through {@code trust}.</li>
 *   <li>{@code initdb} refuses to run as root, and CI runs as root. So when the JVM is root ({@code id -u} is 0) an
 *       unprivileged user {@value #TEST_USER} is created once ({@code useradd -m}) and every command (initdb, pg_ctl,
 *       psql and the POP's own shell commands) runs as that user through {@code runuser}; the temporary folders are
 *       given to it. When the JVM is not root, commands run directly as the current user.</li>
 *   <li>Every command runs with a clean environment ({@code env -i}: {@code HOME} is this cluster's {@link #home()},
 *       {@code PATH} is {@link #DEFAULT_PATH}, {@code LANG=C.UTF-8}, plus what the caller passes), with standard input
 *       from {@code /dev/null} and in a new session ({@code setsid}), without a controlling terminal: a command that
 *       would ask for a password fails at once instead of hanging the build on a developer's terminal.</li>
 *   <li>The cluster is created with {@code -E UTF8 --locale=C}: the same bytes and the same sort order on every
 *       machine, so snapshots ({@link DbSnapshot}) compare the same everywhere. fsync is off: the data is throwaway.</li>
 * </ul>
 *
 * <p><b>Old server and new server.</b> One {@code PgServer} is one cluster, i.e. one machine's PostgreSQL. To play the
 * migration, create two: the old one, {@link #stop()} it once the dump is taken, then create and start the new one
 * <em>on the same port</em> (each real machine has its own {@code localhost:5433}, so the POP's commands are the same
 * on both) with its own password and its own {@link #home()}; copy the dump from the old home to the new one (as the
 * coordinator's {@code scp} would) and give it to the test user with {@link #ownByTestUser(Path)}. Two clusters, not
 * two databases in one, so that nothing (roles, large objects, the dump file's path) can leak from old to new.
 * {@link #restart()} is there for tests that restart one server.
 *
 * <p>Folders that the commands must read or write (a stand-in PEC tree, a work folder) must be reachable by the test
 * user: make them with {@link #newDir(String)} or hand them over with {@link #ownByTestUser(Path)}. A JUnit
 * {@code @TempDir} made by root is not reachable by that user.
 */
public final class PgServer implements AutoCloseable {

    /** The unprivileged system user that runs everything when the JVM runs as root. */
    public static final String TEST_USER = "esus_teste";
    /** The superuser of the cluster, as in the PEC. */
    public static final String SUPERUSER = "postgres";
    /** PATH given to commands unless the caller passes another one. */
    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    /** Environment variable that points to another PostgreSQL bin folder (must hold initdb and pg_ctl). */
    public static final String BIN_ENV = "ESUS_PG_BIN";

    private static final Path PG_LIB = Path.of("/usr/lib/postgresql");
    private static final Duration PG_TIMEOUT = Duration.ofSeconds(60);
    private static final String RESOURCE_DIR = "/br/esus/oficios/pop/";
    private static final java.util.Set<String> SKIP_PRINTED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static Boolean root;
    private static boolean userReady;

    private final int port;
    private final String password;
    private final Path binDir;
    private final Path base;
    private final Path dataDir;
    private final Path socketDir;
    private final Path home;
    private final Path scratch;
    private final Path serverLog;
    private final AtomicInteger counter = new AtomicInteger();
    private final Thread shutdownHook;
    private boolean running;
    private boolean closed;

    private PgServer(int port, String password, Path binDir, Path base) {
        this.port = port;
        this.password = password;
        this.binDir = binDir;
        this.base = base;
        this.dataDir = base.resolve("data");
        this.socketDir = base.resolve("sock");
        this.home = base.resolve("home");
        this.scratch = base.resolve("scratch");
        this.serverLog = base.resolve("server.log");
        this.shutdownHook = new Thread(this::emergencyStop, "PgServer-shutdown-" + port);
    }

    // ------------------------------------------------------------------------------------------------ creation

    /** Creates (initdb) a cluster for {@code port} with a random password; call {@link #start()} next. */
    public static PgServer create(int port) {
        return create(port, randomPassword());
    }

    /**
     * Creates (initdb) a cluster for {@code port} whose superuser {@value #SUPERUSER} has {@code password}; the
     * server is not started yet, so that an "old" server on the same port can still be running.
     */
    public static PgServer create(int port, String password) {
        Path bin = findBinDir().orElseThrow(() -> new IllegalStateException(missingBinariesMessage()));
        String user = osUser();
        Path base;
        try {
            base = Files.createTempDirectory("esus-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PgServer pg = new PgServer(port, password, bin, base);
        boolean ok = false;
        try {
            Files.createDirectories(pg.socketDir);
            Files.createDirectories(pg.home);
            Files.createDirectories(pg.scratch);
            Path pwfile = base.resolve("pwfile");
            Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
            ownByTestUser(base);
            Runtime.getRuntime().addShutdownHook(pg.shutdownHook);
            ShellResult r = pg.exec(base, List.of(bin.resolve("initdb").toString(), "-D", pg.dataDir.toString(),
                    "-U", SUPERUSER, "--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "-N"),
                    Map.of(), PG_TIMEOUT);
            Files.deleteIfExists(pwfile);
            if (!r.ok()) {
                throw new IllegalStateException("initdb failed (as user " + user + "):\n" + r);
            }
            String conf = "\n# --- esus POP test harness (PgServer)\n"
                    + "port = " + port + "\n"
                    + "listen_addresses = '" + listenAddresses() + "'\n"
                    + "unix_socket_directories = '" + pg.socketDir + "'\n"
                    + "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                    + "max_connections = 30\nshared_buffers = 32MB\n"
                    + "timezone = 'America/Sao_Paulo'\nlog_timezone = 'America/Sao_Paulo'\n"
                    + "lc_messages = 'C'\n";
            Files.writeString(pg.dataDir.resolve("postgresql.conf"), conf, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            ok = true;
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!ok) {
                pg.close();
            }
        }
    }

    /** Starts the server and waits until it accepts connections. */
    public synchronized void start() {
        if (running) {
            return;
        }
        ShellResult r = exec(base, List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-l", serverLog.toString(),
                "-w", "-t", "60", "start"), Map.of(), PG_TIMEOUT.plusSeconds(10));
        if (!r.ok()) {
            throw new IllegalStateException("pg_ctl start failed on port " + port + ":\n" + r + "\n--- server log\n"
                    + serverLogText());
        }
        running = true;
    }

    /** Stops the server (fast shutdown: open sessions are ended), keeping its data for a later {@link #start()}. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        ShellResult r = exec(base, List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60",
                "stop"), Map.of(), PG_TIMEOUT.plusSeconds(10));
        if (!r.ok()) {
            throw new IllegalStateException("pg_ctl stop failed on port " + port + ":\n" + r);
        }
        running = false;
    }

    /** Stops and starts the server again, as a reboot of the machine would. */
    public void restart() {
        stop();
        start();
    }

    /** Stops the server if it runs and deletes every file of this cluster (data, home, work folders). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (running) {
                try {
                    stop();
                } catch (RuntimeException e) {
                    emergencyStop();
                }
            }
        } finally {
            deleteTree(base);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException ignored) {
                // the JVM is already shutting down, or the hook was never added
            }
        }
    }

    /** Last resort when the JVM exits with the server still running: no postmaster may outlive the build. */
    private void emergencyStop() {
        if (running) {
            exec(base, List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"), Map.of(),
                    Duration.ofSeconds(20));
            running = false;
        }
        if (!closed) {
            deleteTree(base);
        }
    }

    // ------------------------------------------------------------------------------------------------ accessors

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** The PostgreSQL bin folder in use (for {@link PecTree}'s symlinks and for absolute tool paths). */
    public Path binDir() {
        return binDir;
    }

    /** The temporary folder that holds everything of this cluster. */
    public Path baseDir() {
        return base;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path socketDir() {
        return socketDir;
    }

    /** The home folder given to commands as {@code HOME} ({@code ~/backup-esus} of the POP lands here). */
    public Path home() {
        return home;
    }

    public synchronized boolean isRunning() {
        return running;
    }

    /** The environment the POP's commands need to authenticate: {@code PGPASSWORD}. */
    public Map<String, String> pgPasswordEnv() {
        return Map.of("PGPASSWORD", password);
    }

    /** The server's log, for assertion messages. */
    public String serverLogText() {
        try {
            return Files.exists(serverLog) ? Files.readString(serverLog, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(could not read " + serverLog + ": " + e + ")";
        }
    }

    /**
     * A folder under this cluster's temporary folder, created if needed and owned by the user that runs the
     * commands. {@code relative} may have several levels ({@code "opt/e-SUS"}).
     */
    public Path newDir(String relative) {
        Path areas = base.resolve("dirs");
        Path dir = areas.resolve(relative).normalize();
        if (!dir.startsWith(areas)) {
            throw new IllegalArgumentException("not a relative folder: " + relative);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ownByTestUser(areas);
        return dir;
    }

    // ------------------------------------------------------------------------------------------------ SQL

    /**
     * Runs {@code sql} (one or more statements) with psql as {@value #SUPERUSER} over TCP (127.0.0.1, password
     * authentication) on database {@code db}, stopping at the first error, and returns what it printed in unaligned,
     * tuples-only form ({@code -At}: fields separated by {@code |}, one row per line).
     *
     * @throws IllegalStateException with psql's output when psql fails
     */
    public String psql(String db, String sql) {
        ShellResult r = psqlResult(db, sql);
        if (!r.ok()) {
            throw new IllegalStateException("psql on database " + db + " failed:\n" + r + "\n--- SQL\n" + abbreviate(sql));
        }
        return r.stdout();
    }

    /** Like {@link #psql(String, String)} but returns the result instead of throwing, for tests that expect errors. */
    public ShellResult psqlResult(String db, String sql) {
        Path file = scratchFile("sql", ".sql");
        try {
            Files.writeString(file, sql, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            return psqlFileResult(db, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Runs a SQL file (readable by the test user) with psql on {@code db}, stopping at the first error. */
    public ShellResult psqlFileResult(String db, Path file) {
        return exec(scratch, List.of(bin("psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", SUPERUSER, "-d", db, "-f", file.toString()),
                Map.of("PGPASSWORD", password, "PGCONNECT_TIMEOUT", "10", "PGCLIENTENCODING", "UTF8"), PG_TIMEOUT);
    }

    /**
     * Loads a SQL fixture from this package's test resources ({@code src/test/resources/br/esus/oficios/pop/}),
     * e.g. {@code "esus-schema.sql"}, into {@code db}.
     */
    public void loadResource(String db, String resourceName) {
        Path file = scratchFile("fixture", ".sql");
        try (InputStream in = PgServer.class.getResourceAsStream(RESOURCE_DIR + resourceName)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + RESOURCE_DIR + resourceName);
            }
            Files.write(file, in.readAllBytes());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            ShellResult r = psqlFileResult(db, file);
            if (!r.ok()) {
                throw new IllegalStateException("loading " + resourceName + " into " + db + " failed:\n" + r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** {@code CREATE DATABASE db} (UTF8, from template1, owned by postgres). */
    public void createDatabase(String db) {
        psql("postgres", "CREATE DATABASE " + quoteIdent(db));
    }

    /** {@code DROP DATABASE IF EXISTS db}, ending its sessions first. */
    public void dropDatabase(String db) {
        psql("postgres", "DROP DATABASE IF EXISTS " + quoteIdent(db) + " WITH (FORCE)");
    }

    /** Double-quotes a SQL identifier. */
    public static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    // ------------------------------------------------------------------------------------------------ commands

    /**
     * Runs a bash script the way the coordinator would run the POP's commands: {@code bash -c script} as the test
     * user, in {@code workDir}, with {@code HOME=}{@link #home()}, {@code PATH=}{@link #DEFAULT_PATH},
     * {@code LANG=C.UTF-8} and then {@code env} on top (pass {@link #pgPasswordEnv()} for the database password; pass
     * {@code PATH} to put a {@link PecTree}'s bin folder first). Nothing else of the JVM's environment is passed.
     * On timeout the command and everything it started are killed and {@link ShellResult#timedOut()} is true.
     */
    public ShellResult runBash(Path workDir, String script, Map<String, String> env, Duration timeout) {
        return exec(workDir, List.of("/bin/bash", "-c", script), env, timeout);
    }

    /** {@link #runBash(Path, String, Map, Duration)} with a 60-second timeout. */
    public ShellResult runBash(Path workDir, String script, Map<String, String> env) {
        return runBash(workDir, script, env, PG_TIMEOUT);
    }

    /** Runs a program (no shell) with the same user, environment and timeout rules as {@link #runBash}. */
    public ShellResult exec(Path workDir, List<String> command, Map<String, String> env, Duration timeout) {
        String user = osUser();
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of(runuserPath(), "-u", user, "--"));
        }
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            full.addAll(List.of("/usr/bin/setsid", "-w"));
        }
        full.add("/usr/bin/env");
        full.add("-i");
        Map<String, String> e = new LinkedHashMap<>();
        e.put("HOME", home.toString());
        e.put("PATH", DEFAULT_PATH);
        e.put("LANG", "C.UTF-8");
        e.put("USER", user);
        e.put("LOGNAME", user);
        e.put("SHELL", "/bin/bash");
        e.putAll(env);
        e.forEach((k, v) -> full.add(k + "=" + v));
        full.addAll(command);
        return runProcess(full, workDir, timeout, scratchFile("out", ".txt"), scratchFile("err", ".txt"));
    }

    private String bin(String tool) {
        return binDir.resolve(tool).toString();
    }

    private Path scratchFile(String prefix, String suffix) {
        return scratch.resolve(prefix + "-" + counter.incrementAndGet() + suffix);
    }

    // ------------------------------------------------------------------------------------------------ static helpers

    /** A TCP port free on 127.0.0.1 right now (another process could still take it before the server starts). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random alphanumeric password, different for each cluster. */
    public static String randomPassword() {
        String chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder("Esus");
        for (int i = 0; i < 16; i++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }

    /**
     * The PostgreSQL bin folder to use: {@code $ESUS_PG_BIN} when set, else the newest major version under
     * {@code /usr/lib/postgresql} (Debian and Ubuntu), else the folder of an {@code initdb} on the PATH.
     */
    public static Optional<Path> findBinDir() {
        String override = System.getenv(BIN_ENV);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return hasServerTools(p) ? Optional.of(p) : Optional.empty();
        }
        if (Files.isDirectory(PG_LIB)) {
            try (Stream<Path> s = Files.list(PG_LIB)) {
                Optional<Path> newest = s.filter(p -> p.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .map(p -> p.resolve("bin"))
                        .filter(PgServer::hasServerTools)
                        .max(Comparator.comparingDouble(p -> Double.parseDouble(p.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                if (!dir.isEmpty() && hasServerTools(Path.of(dir))) {
                    return Optional.of(Path.of(dir));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasServerTools(Path bin) {
        return Stream.of("initdb", "pg_ctl", "postgres", "psql", "pg_dump", "pg_restore")
                .allMatch(t -> Files.isExecutable(bin.resolve(t)));
    }

    /** Why PostgreSQL tests cannot run on this machine, or empty when they can. */
    public static Optional<String> unavailableReason() {
        if (findBinDir().isEmpty()) {
            return Optional.of(missingBinariesMessage());
        }
        if (isRoot()) {
            if (!Files.isExecutable(Path.of(runuserPath()))) {
                return Optional.of("running as root but runuser (util-linux) was not found: initdb refuses root");
            }
            if (!Files.isExecutable(Path.of("/usr/sbin/useradd")) && !userExists()) {
                return Optional.of("running as root, no user " + TEST_USER + " and no /usr/sbin/useradd to create it");
            }
        }
        return Optional.empty();
    }

    /**
     * For a test's {@code @BeforeEach} (or {@code @BeforeAll}): returns the bin folder when PostgreSQL tests can run here. When they cannot,
     * fails if the environment variable {@code CI} is {@code true} (CI must install {@code postgresql}) and otherwise
     * skips the test, printing why on stderr (once per JVM) so that a developer sees it.
     */
    public static Path requireOrSkip(String testName) {
        Optional<String> why = unavailableReason();
        if (why.isPresent()) {
            String msg = testName + ": " + why.get();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(msg + " (CI=true: PostgreSQL tests must run in CI)");
            }
            if (SKIP_PRINTED.add(msg)) {
                System.err.println("[SKIPPED] " + msg);
            }
            Assumptions.abort(msg);
        }
        return findBinDir().orElseThrow();
    }

    private static String missingBinariesMessage() {
        return "PostgreSQL server binaries (initdb, pg_ctl, postgres, psql, pg_dump, pg_restore) not found in "
                + PG_LIB + "/<major>/bin, $" + BIN_ENV + " or the PATH; install them with"
                + " 'apt-get install postgresql'";
    }

    /** True when the JVM runs as root ({@code id -u} is 0). */
    public static synchronized boolean isRoot() {
        if (root == null) {
            ShellResult r = runDirect(List.of("id", "-u"));
            root = r.ok() && r.stdout().trim().equals("0");
        }
        return root;
    }

    /**
     * The OS user that runs the commands: {@value #TEST_USER} when the JVM is root (created here the first time,
     * with {@code useradd -m}), else the current user.
     */
    public static synchronized String osUser() {
        if (!isRoot()) {
            return System.getProperty("user.name");
        }
        if (!userReady) {
            if (!userExists()) {
                ShellResult r = runDirect(List.of("/usr/sbin/useradd", "-m", "-s", "/bin/bash", "-c",
                        "e-SUS POP tests (PgServer)", TEST_USER));
                // another build on the same machine may have created it meanwhile: check again rather than trust rc
                if (!userExists()) {
                    throw new IllegalStateException("could not create user " + TEST_USER + ":\n" + r);
                }
            }
            userReady = true;
        }
        return TEST_USER;
    }

    private static boolean userExists() {
        return runDirect(List.of("id", "-u", TEST_USER)).ok();
    }

    /** Gives {@code path} and everything under it to the test user (chown -R) when the JVM is root; else nothing. */
    public static void ownByTestUser(Path path) {
        if (!isRoot()) {
            return;
        }
        String user = osUser();
        ShellResult r = runDirect(List.of("chown", "-R", user + ":", path.toString()));
        if (!r.ok()) {
            throw new IllegalStateException("chown " + path + " failed:\n" + r);
        }
    }

    private static String runuserPath() {
        return Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "/sbin/runuser";
    }

    /** 127.0.0.1, plus ::1 when localhost resolves to it (libpq tries every address of localhost). */
    private static String listenAddresses() {
        String addrs = "127.0.0.1";
        try {
            for (InetAddress a : InetAddress.getAllByName("localhost")) {
                if (a instanceof Inet6Address && a.isLoopbackAddress()) {
                    addrs += ",::1";
                    break;
                }
            }
        } catch (IOException ignored) {
            // no resolver for localhost: 127.0.0.1 alone
        }
        return addrs;
    }

    /** Runs a command as the JVM's own user (for id, useradd, chown). */
    private static ShellResult runDirect(List<String> command) {
        try {
            Path out = Files.createTempFile("esus-pg-cmd", ".out");
            Path err = Files.createTempFile("esus-pg-cmd", ".err");
            return runProcess(command, null, Duration.ofSeconds(30), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ShellResult runProcess(List<String> command, Path workDir, Duration timeout, Path out, Path err) {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        try {
            Process p = pb.start();
            boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            String so = Files.readString(out, StandardCharsets.UTF_8);
            String se = Files.readString(err, StandardCharsets.UTF_8);
            return new ShellResult(finished ? p.exitValue() : -1, so, se, !finished);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: it lives in a temporary folder
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(PgServer::deleteQuietly);
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "\n... (" + s.length() + " chars)";
    }

    @Override
    public String toString() {
        return "PgServer[port=" + port + ", bin=" + binDir + ", dir=" + base + (running ? ", running" : "") + "]";
    }
}
