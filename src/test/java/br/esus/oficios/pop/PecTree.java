package br.esus.oficios.pop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * A stand-in for the folder where the PEC is installed ({@code /opt/e-SUS}), with just what the POP's commands look
 * for: the PEC's own PostgreSQL tools under {@code database/<postgresql-version>/bin} (here symlinks to the real
 * binaries of {@link PgServer#binDir()}, so that a POP that searches for {@code pg_dump} under {@code database/}
 * finds one that works), the municipality's certificate in {@code webserver/chaves}, the configuration files of
 * {@code webserver/config} and {@code certmgr/config/ssl.properties}.
 *
 * <p>The contents of the configuration files are plausible, not copies of the PEC's: tests may check that the POP
 * copies, backs up or reads them, not their exact format. When the JVM is root, the whole tree is given to
 * {@link PgServer#TEST_USER}, so make {@code root} with {@link PgServer#newDir(String)} (its parents must be
 * reachable by that user).
 *
 * @param root                  the installation folder (stands for {@code /opt/e-SUS})
 * @param pgBin                 {@code database/<pgFolderName>/bin}, with the PostgreSQL client tools
 * @param pfx                   {@code webserver/chaves/municipio.pfx} (random bytes)
 * @param applicationProperties {@code webserver/config/application.properties}
 * @param credenciais           {@code webserver/config/credenciais.txt}
 * @param sslProperties         {@code certmgr/config/ssl.properties}
 */
public record PecTree(Path root, Path pgBin, Path pfx, Path applicationProperties, Path credenciais,
        Path sslProperties) {

    /** The folder name of the PostgreSQL that the PEC 4.x/5.x Linux installer brings. */
    public static final String DEFAULT_PG_FOLDER = "postgresql-9.6.13-1-linux-x64";
    /** The tools linked into {@code database/<folder>/bin}. */
    public static final List<String> TOOLS =
            List.of("pg_dump", "pg_restore", "psql", "pg_isready", "createdb", "dropdb", "vacuumdb");
    /** The gov.br client id written into application.properties. */
    public static final String GOVBR_CLIENT_ID = "esus-teste-client-id";
    /** The gov.br client secret written into application.properties. */
    public static final String GOVBR_CLIENT_SECRET = "segredo-de-teste-nao-usar";

    /** How the PEC reaches its database, as written into the configuration files. */
    public record Banco(int porta, String nome, String usuario, String senha) {
        /** The PEC installer's defaults (port 5433, database esus, user postgres) with a made-up password. */
        public static final Banco PADRAO = new Banco(5433, "esus", "postgres", "senha-do-instalador");
    }

    /** {@code database} under {@code root}, where the PEC keeps its PostgreSQL. */
    public Path databaseDir() {
        return root.resolve("database");
    }

    /** {@code webserver/config} under {@code root}. */
    public Path configDir() {
        return root.resolve("webserver").resolve("config");
    }

    /** {@code webserver/chaves} under {@code root}. */
    public Path chavesDir() {
        return root.resolve("webserver").resolve("chaves");
    }

    /** A PATH with this tree's PostgreSQL bin first, then {@link PgServer#DEFAULT_PATH}. */
    public String path() {
        return pgBin + ":" + PgServer.DEFAULT_PATH;
    }

    /** A tree with the default folder name and the installer's default database settings. */
    public static PecTree create(Path root, Path pgBinDir) {
        return create(root, pgBinDir, DEFAULT_PG_FOLDER);
    }

    /** A tree whose PostgreSQL folder is {@code database/<pgFolderName>}, with the default database settings. */
    public static PecTree create(Path root, Path pgBinDir, String pgFolderName) {
        return create(root, pgBinDir, pgFolderName, Banco.PADRAO);
    }

    /** A tree whose configuration files point to {@code pg}'s port and password, database {@code db}. */
    public static PecTree create(Path root, PgServer pg, String db) {
        return create(root, pg.binDir(), DEFAULT_PG_FOLDER, new Banco(pg.port(), db, PgServer.SUPERUSER, pg.password()));
    }

    /** The general form: every other {@code create} ends here. */
    public static PecTree create(Path root, Path pgBinDir, String pgFolderName, Banco banco) {
        try {
            Path pgBin = root.resolve("database").resolve(pgFolderName).resolve("bin");
            Files.createDirectories(pgBin);
            for (String tool : TOOLS) {
                Path target = pgBinDir.resolve(tool);
                if (!Files.isExecutable(target)) {
                    throw new IllegalStateException("no " + tool + " in " + pgBinDir);
                }
                Path link = pgBin.resolve(tool);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, target);
            }

            Path chaves = root.resolve("webserver").resolve("chaves");
            Files.createDirectories(chaves);
            byte[] cert = new byte[2048];
            new SecureRandom().nextBytes(cert);
            Path pfx = chaves.resolve("municipio.pfx");
            Files.write(pfx, cert);

            String url = "jdbc:postgresql://localhost:" + banco.porta() + "/" + banco.nome();
            Path config = root.resolve("webserver").resolve("config");
            Files.createDirectories(config);
            Path props = config.resolve("application.properties");
            Files.writeString(props, String.join("\n",
                    "# Gerado pelo instalador do e-SUS APS PEC (arquivo de teste)",
                    "server.port=80",
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=" + banco.usuario(),
                    "spring.datasource.password=" + banco.senha(),
                    "spring.datasource.driverClassName=org.postgresql.Driver",
                    "spring.datasource.hikari.maximum-pool-size=20",
                    "bridge.security.oauth2.client.registration.govbr.client-id=" + GOVBR_CLIENT_ID,
                    "bridge.security.oauth2.client.registration.govbr.client-secret=" + GOVBR_CLIENT_SECRET,
                    ""), StandardCharsets.UTF_8);
            Path cred = config.resolve("credenciais.txt");
            Files.writeString(cred, String.join("\n",
                    "Credenciais do banco de dados do e-SUS APS PEC (arquivo de teste)",
                    "URL de conexão: " + url,
                    "Usuário: " + banco.usuario(),
                    "Senha: " + banco.senha(),
                    "Usuário somente leitura: esus_leitura",
                    "Senha: leitura-de-teste",
                    ""), StandardCharsets.UTF_8);

            Path certmgr = root.resolve("certmgr").resolve("config");
            Files.createDirectories(certmgr);
            Path ssl = certmgr.resolve("ssl.properties");
            Files.writeString(ssl, String.join("\n",
                    "# HTTPS automatizado (arquivo de teste)",
                    "cert.domain=esus.exemplo.mg.gov.br",
                    "server.ssl.key-store=/etc/letsencrypt/live/esus.exemplo.mg.gov.br/keystore.p12",
                    "server.ssl.key-store-type=PKCS12",
                    ""), StandardCharsets.UTF_8);

            PgServer.ownByTestUser(root);
            return new PecTree(root, pgBin, pfx, props, cred, ssl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
