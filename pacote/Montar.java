import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Monta o pacote de quem só vai usar o gerar-oficios (perfil "pacote" do pom.xml, depois do jar):
 * target/pacote/gerar-oficios-VERSAO/ com um Java reduzido pelo jlink, o jar, o cache AOT, os modelos, os exemplos e
 * os lançadores, e o arquivo compactado em target/ (tar.gz no Linux, zip no Windows), do sistema em que roda.
 *
 * Uso (o Maven faz isto): java pacote/Montar.java PASTA_DO_PROJETO VERSAO [JDK_25]
 *
 * O Java do pacote vem do jlink do JDK 25 (Temurin 25 é uma imagem "linkable", sem jmods): com ele, o cache AOT
 * (JEP 483/514/515) feito aqui, num treino com o exemplo de municipios/, é a partida mais rápida que medimos. O
 * código continua compilado para o Java 17. O cache só vale para este Java exato, por isso é feito aqui, com o Java
 * do pacote, no sistema do pacote (o do Windows na máquina Windows da CI); ele aceita que a pasta seja movida.
 */
public class Montar {

    /**
     * Os módulos que o programa usa: os que o jdeps --print-module-deps aponta no jar (java.desktop: java.awt.geom,
     * java.awt.image, java.awt.color e ImageIO do PDFBox; java.naming: os nomes dos certificados; java.security.sasl:
     * a autenticação SMTP do Angus Mail; java.sql: tipos de data do Jackson e do FreeMarker; java.xml.crypto e
     * java.security.jgss: referências do POI; jdk.management: a contagem de memória dos modelos), menos o java.rmi
     * (só o depurador remoto do FreeMarker), mais os que só se carregam pelo nome: jdk.localedata (pt-BR: ordem
     * alfabética e maiúsculas), jdk.charsets (as páginas de código que o java.base não traz) e jdk.unsupported
     * (sun.misc.Unsafe, que algumas bibliotecas procuram), e o jdk.naming.dns (o conferir acha os servidores DNS do
     * sistema por ele quando a API do Windows falha). O TLS do e-mail (ECDHE) está no java.base desde o JDK 22.
     */
    static final String MODULOS = String.join(",", "java.base", "java.desktop", "java.logging", "java.management",
            "jdk.management", "java.naming", "java.security.jgss", "java.security.sasl", "java.sql", "java.xml",
            "java.xml.crypto", "jdk.localedata", "jdk.charsets", "jdk.unsupported", "jdk.naming.dns");

    /**
     * O arquivo de argumentos da JVM (java @arquivo) com as opções de todos os lançadores, na raiz do projeto; vai para
     * lib/ do pacote, e o treino do cache AOT o usa também: o cache é feito com as mesmas opções com que roda.
     */
    static final String OPCOES_JVM = "opcoes-jvm.txt";

    /**
     * As opções da JVM de um comando só, opcoes-jvm-&lt;comando&gt;.txt na raiz (as do vigiar), que os lançadores passam
     * depois das de {@link #OPCOES_JVM} quando o primeiro argumento é esse comando; vão para lib/ do pacote. O
     * treino não as usa: os caches valem com elas (a JVM os aceita com outro nível de compilador).
     */
    static final String OPCOES_DO_COMANDO = "opcoes-jvm-*.txt";

    /**
     * A data de modificação fixa dos dois jars do pacote. O cache AOT guarda a de cada jar no treino e é recusado
     * quando ela muda; o zip guarda a hora local de quem o monta, com 2 s de resolução, e a extração no Windows a
     * aplica na hora local de quem extrai (outro fuso: outra data). Por isso os jars recebem esta data antes do
     * treino, o tar.gz e o zip a levam, e os lançadores a devolvem a cada jar quando ela mudou (um segundo par: o zip
     * a guarda sem arredondar).
     * Os lançadores de pacote/ têm HORA_DO_JAR no lugar do número, trocado aqui.
     */
    static final Instant HORA_DO_JAR = Instant.parse("2000-01-01T00:00:00Z");

    /**
     * As bibliotecas vão num jar à parte, lib/bibliotecas.jar (o Class-Path do lib/gerar-oficios.jar o aponta), e o
     * jar do programa fica só com o que é dele (target/classes): o índice do jar das bibliotecas tem 28 mil entradas,
     * e ler esse índice custa 23 ms do Java a cada partida que o abre. O java -jar abre o jar do programa para achar a
     * classe principal; as classes vêm do cache AOT; os comandos que não geram documentos não abrem o das bibliotecas.
     */
    static final String BIBLIOTECAS = "bibliotecas.jar";

    /** A classe do programa com a lista dos comandos curtos (os que não geram documentos). */
    static final String CLASSE_COMANDOS_CURTOS = "br.esus.oficios.cli.ShortCommands";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("uso: java pacote/Montar.java PASTA_DO_PROJETO VERSAO [JDK_25]");
        }
        Path raiz = Path.of(args[0]).toAbsolutePath().normalize();
        String versao = args[1];
        Path jdk = jdk25(args.length > 2 ? args[2] : "");
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        String plataforma = plataforma(windows);
        String nome = "gerar-oficios-" + versao;
        Path target = raiz.resolve("target");
        Path pasta = target.resolve("pacote").resolve(nome);
        apagar(target.resolve("pacote"));
        Files.createDirectories(pasta.resolve("lib"));

        System.out.println("[pacote] jlink do " + jdk + " (" + plataforma + ")");
        rodar(List.of(jdk.resolve("bin").resolve(windows ? "jlink.exe" : "jlink").toString(),
                "--add-modules", MODULOS, "--include-locales=en,pt",
                // Sem --compress: o arquivo compactado (tar.gz, zip) comprime o lib/modules inteiro de uma vez,
                // melhor que classe por classe, e as classes carregam sem descompactar.
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", pasta.resolve("runtime").toString()), raiz, null);

        // O jar sem compressão dentro do pacote, pelo mesmo motivo: 30 MB a menos no .tar.gz/.zip que o jar
        // comprimido (44 MB) guardado como está.
        Path jar = pasta.resolve("lib").resolve("gerar-oficios.jar");
        // As classes do picocli (Java 5, que nenhum cache AOT guarda) passadas para o Java 8 (pacote/ClassesNovas.java,
        // que roda no JDK 25 e confere que todas carregam).
        Path novas = target.resolve("pacote-classes-novas");
        apagar(novas);
        rodar(List.of(jdk.resolve("bin").resolve(windows ? "java.exe" : "java").toString(),
                raiz.resolve("pacote").resolve("ClassesNovas.java").toString(),
                target.resolve("gerar-oficios.jar").toString(), novas.toString(), "picocli/"), raiz, null);
        Path bibliotecas = pasta.resolve("lib").resolve(BIBLIOTECAS);
        jarsSemCompressao(target.resolve("gerar-oficios.jar"), jar, bibliotecas, novas, doPrograma(target.resolve("classes")));
        apagar(novas);
        Files.setLastModifiedTime(jar, FileTime.from(HORA_DO_JAR));
        Files.setLastModifiedTime(bibliotecas, FileTime.from(HORA_DO_JAR));
        List<String> curtos = comandosCurtos(target.resolve("gerar-oficios.jar"));
        Path opcoes = pasta.resolve("lib").resolve(OPCOES_JVM);
        Files.copy(raiz.resolve(OPCOES_JVM), opcoes);
        // As de um comando só (opcoes-jvm-<comando>.txt: as do vigiar), que os lançadores passam depois dessas.
        try (DirectoryStream<Path> porComando = Files.newDirectoryStream(raiz, OPCOES_DO_COMANDO)) {
            for (Path p : porComando) {
                Files.copy(p, pasta.resolve("lib").resolve(p.getFileName()));
            }
        }

        copiarPasta(raiz.resolve("templates"), pasta.resolve("templates"));
        copiarPasta(raiz.resolve("municipios"), pasta.resolve("municipios"));
        copiarPasta(raiz.resolve("schema"), pasta.resolve("schema"));
        Files.copy(raiz.resolve("gerar-oficios.exemplo.yaml"), pasta.resolve("gerar-oficios.exemplo.yaml"));
        texto(raiz.resolve("pacote/LEIA-ME.txt"), pasta.resolve("LEIA-ME.txt"), versao, curtos, "\r\n", false);
        texto(raiz.resolve("pacote/gerar-oficios.cmd"), pasta.resolve("gerar-oficios.cmd"), versao, curtos, "\r\n",
                false);
        texto(raiz.resolve("pacote/gerar-oficios"), pasta.resolve("gerar-oficios"), versao, curtos, "\n", true);

        Path java = pasta.resolve("runtime").resolve("bin").resolve(windows ? "java.exe" : "java");
        Path exemplo = pasta.resolve("municipios").resolve("ba-santo-amaro.yaml");
        Path aot = pasta.resolve("lib").resolve("gerar-oficios.aot");
        treinar(java, opcoes, jar, aot, target, "gerar", "-o", "saida", exemplo.toString());
        Path curto = pasta.resolve("lib").resolve("gerar-oficios-curto.aot");
        treinar(java, opcoes, jar, curto, target, "validar", exemplo.toString());

        Path arquivo;
        if (windows) {
            arquivo = target.resolve(nome + "-" + plataforma + ".zip");
            zip(target.resolve("pacote"), nome, arquivo);
        } else {
            arquivo = target.resolve(nome + "-" + plataforma + ".tar.gz");
            Files.deleteIfExists(arquivo);
            rodar(List.of("tar", "--owner=0", "--group=0", "--numeric-owner", "-czf", arquivo.toString(),
                    "-C", target.resolve("pacote").toString(), nome), raiz, null);
        }
        System.out.printf(Locale.ROOT, "[pacote] %s: %.1f MB (Java %.1f MB, jars %.1f + %.1f MB, caches AOT %.1f + %.1f "
                        + "MB, descompactados)%n", raiz.relativize(arquivo), mb(Files.size(arquivo)),
                mb(tamanho(pasta.resolve("runtime"))), mb(Files.size(jar)), mb(Files.size(bibliotecas)),
                mb(Files.size(aot)), mb(Files.size(curto)));
    }

    /** O JDK 25 do jlink: o informado, o que roda este programa se for 25 ou mais novo, ou o Temurin 25 padrão. */
    static Path jdk25(String informado) throws IOException {
        List<Path> candidatos = new ArrayList<>();
        if (!informado.isBlank()) {
            candidatos.add(Path.of(informado));
        } else {
            candidatos.add(Path.of(System.getProperty("java.home")));
            String env = System.getenv("JAVA_HOME_25_X64");
            if (env != null && !env.isBlank()) {
                candidatos.add(Path.of(env));
            }
            candidatos.add(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));
        }
        for (Path c : candidatos) {
            if (versao(c) >= 25 && (Files.isRegularFile(c.resolve("bin/jlink"))
                    || Files.isRegularFile(c.resolve("bin/jlink.exe")))) {
                return c;
            }
            if (!informado.isBlank()) {
                throw new IllegalStateException("pacote.jdk=" + informado + " não é um JDK 25 ou mais novo com jlink");
            }
        }
        throw new IllegalStateException("o pacote precisa do JDK 25 (Temurin 25) para o jlink e o cache AOT; "
                + "nenhum encontrado: rode o Maven com ele ou informe -Dpacote.jdk=PASTA_DO_JDK_25");
    }

    /** A versão principal de um JDK pelo arquivo release ("25.0.3" → 25); 0 quando não é um JDK. */
    static int versao(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            p.load(in);
        }
        String v = p.getProperty("JAVA_VERSION", "0").replace("\"", "");
        try {
            return Integer.parseInt(v.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String plataforma(boolean windows) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String sistema = windows ? "windows" : os.contains("mac") ? "macos" : "linux";
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return sistema + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch);
    }

    /**
     * Grava um cache AOT num treino com o Java do pacote e as opções da JVM dos lançadores (o arquivo de argumentos
     * lib/opcoes-jvm.txt, lido pelo próprio java), rodando {@code comando} numa pasta temporária; depois confere que
     * o Java do pacote aceita o cache (-XX:AOTMode=on falha quando não aceita).
     *
     * <p>Dois caches, porque o do JDK 25 carrega e liga na partida todas as classes que guarda: o de {@code gerar}
     * (o exemplo, todos os documentos e formatos) traz as do PDF, do DOCX e do e-mail, que um {@code validar} ou um
     * {@code --version} pagariam sem usar (0,40 s contra 0,30 s num validar, medido em 6/12/2026); o curto, de um
     * {@code validar}, serve aos comandos que não geram documentos. Os lançadores escolhem pelo primeiro argumento.
     */
    static void treinar(Path java, Path opcoes, Path jar, Path aot, Path target, String... comando) throws Exception {
        Path treino = Files.createTempDirectory(target, "treino-pacote");
        try {
            System.out.println("[pacote] cache AOT " + aot.getFileName() + ": treino com " + String.join(" ", comando));
            List<String> cmd = new ArrayList<>(List.of(java.toString(), "@" + opcoes));
            cmd.addAll(List.of("-XX:AOTCacheOutput=" + aot, "-jar", jar.toString()));
            cmd.addAll(List.of(comando));
            rodar(cmd, treino, treino.resolve("treino.log"));
            if (!Files.isRegularFile(aot)) {
                throw new IllegalStateException("o treino não gravou o cache AOT " + aot);
            }
            List<String> conferir = new ArrayList<>(List.of(java.toString(), "@" + opcoes));
            conferir.addAll(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + aot, "-Xlog:aot*=off", "-Xlog:cds*=off",
                    "-jar", jar.toString(), "--version"));
            rodar(conferir, treino, treino.resolve("versao.log"));
        } finally {
            apagar(treino);
        }
    }

    /** Roda um comando; a saída vai para o log (ou para a tela) e, se ele falhar, é mostrada com o erro. */
    static void rodar(List<String> cmd, Path pasta, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(pasta.toFile()).redirectErrorStream(true);
        pb.environment().put("GOVBR_CLIENT_SECRET", "treino");
        if (log != null) {
            pb.redirectOutput(log.toFile());
        } else {
            pb.inheritIO();
        }
        int codigo = pb.start().waitFor();
        if (codigo != 0) {
            if (log != null) {
                System.out.println(Files.readString(log, StandardCharsets.UTF_8));
            }
            throw new IllegalStateException("falhou (código " + codigo + "): " + String.join(" ", cmd));
        }
    }

    /**
     * Copia o jar em dois, com as entradas guardadas sem compressão, na mesma ordem: em {@code programa} as que são do
     * programa ({@code proprias}: o que está em target/classes) e um MANIFEST.MF com o Class-Path para o
     * {@code bibliotecas}, que leva todas as outras. Uma entrada que existe em {@code substitutas} (o mesmo caminho)
     * vai com os bytes de lá.
     */
    static void jarsSemCompressao(Path origem, Path programa, Path bibliotecas, Path substitutas, Set<String> proprias)
            throws IOException {
        try (ZipFile in = new ZipFile(origem.toFile());
                ZipOutputStream doPrograma = new ZipOutputStream(Files.newOutputStream(programa));
                ZipOutputStream dasBibliotecas = new ZipOutputStream(Files.newOutputStream(bibliotecas))) {
            Manifest original;
            try (InputStream s = in.getInputStream(in.getEntry(JarFile.MANIFEST_NAME))) {
                original = new Manifest(s);
            }
            Manifest m = new Manifest();
            m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            m.getMainAttributes().put(Attributes.Name.MAIN_CLASS,
                    original.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS));
            m.getMainAttributes().put(Attributes.Name.CLASS_PATH, BIBLIOTECAS);
            guardar(doPrograma, JarFile.MANIFEST_NAME, bytes(m), 0);
            Manifest b = new Manifest();
            b.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            // As classes de outras versões do Java (META-INF/versions) de algumas bibliotecas.
            b.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
            guardar(dasBibliotecas, JarFile.MANIFEST_NAME, bytes(b), 0);
            Enumeration<? extends ZipEntry> entradas = in.entries();
            while (entradas.hasMoreElements()) {
                ZipEntry e = entradas.nextElement();
                if (e.getName().equals(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                byte[] conteudo;
                Path substituta = substitutas.resolve(e.getName());
                if (!e.isDirectory() && Files.isRegularFile(substituta)) {
                    conteudo = Files.readAllBytes(substituta);
                } else {
                    try (InputStream s = in.getInputStream(e)) {
                        conteudo = s.readAllBytes();
                    }
                }
                guardar(proprias.contains(e.getName()) ? doPrograma : dasBibliotecas, e.getName(), conteudo,
                        e.getTime());
            }
        }
    }

    private static byte[] bytes(Manifest m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    /** Uma entrada guardada sem compressão; a data 0 é a de agora. */
    private static void guardar(ZipOutputStream out, String nome, byte[] conteudo, long data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(conteudo);
        ZipEntry n = new ZipEntry(nome);
        n.setMethod(ZipEntry.STORED);
        n.setSize(conteudo.length);
        n.setCompressedSize(conteudo.length);
        n.setCrc(crc.getValue());
        if (data > 0) {
            n.setTime(data);
        }
        out.putNextEntry(n);
        out.write(conteudo);
        out.closeEntry();
    }

    /** Os caminhos, como no jar, do que está em target/classes: os arquivos e as pastas (estas com / no fim). */
    static Set<String> doPrograma(Path classes) throws IOException {
        Set<String> nomes = new HashSet<>();
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!p.equals(classes)) {
                    String n = classes.relativize(p).toString().replace('\\', '/');
                    nomes.add(Files.isDirectory(p) ? n + "/" : n);
                }
            }
        }
        return nomes;
    }

    /**
     * Os comandos (o primeiro argumento) que os lançadores rodam com o cache AOT curto, o do treino com validar
     * (treinar): os que não geram documentos, da lista do programa ({@value #CLASSE_COMANDOS_CURTOS}).
     */
    @SuppressWarnings("unchecked")
    static List<String> comandosCurtos(Path jar) throws Exception {
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return List.copyOf((List<String>) Class.forName(CLASSE_COMANDOS_CURTOS, true, cl)
                    .getField("FIRST_ARGUMENTS").get(null));
        }
    }

    /**
     * Copia um texto com a versão no lugar de VERSAO, a data fixa do jar (segundos desde 1970) no lugar de
     * HORA_DO_JAR, os comandos curtos no lugar de COMANDOS_CURTOS_SH (separados por |, para o case do sh) e
     * COMANDOS_CURTOS_CMD (por espaço, para o for do cmd) e os fins de linha do sistema dele (o .cmd e o LEIA-ME em
     * CRLF, o lançador do Linux em LF e executável).
     */
    static void texto(Path origem, Path destino, String versao, List<String> curtos, String fimDeLinha,
            boolean executavel) throws IOException {
        String t = Files.readString(origem, StandardCharsets.UTF_8).replace("VERSAO", versao)
                .replace("HORA_DO_JAR", Long.toString(HORA_DO_JAR.getEpochSecond()))
                .replace("COMANDOS_CURTOS_SH", String.join("|", curtos))
                .replace("COMANDOS_CURTOS_CMD", String.join(" ", curtos))
                .replace("\r\n", "\n").replace("\n", fimDeLinha);
        Files.writeString(destino, t, StandardCharsets.UTF_8);
        if (executavel && destino.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(destino, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static void copiarPasta(Path origem, Path destino) throws IOException {
        try (Stream<Path> s = Files.walk(origem)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                Path d = destino.resolve(origem.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * O zip do Windows: a pasta do pacote inteira, com a pasta gerar-oficios-VERSAO/ por fora, cada arquivo com a
     * data dele (o jar, HORA_DO_JAR): na hora local, como todo zip, e em UTC no campo extra de datas, que o 7-Zip e o
     * unzip usam.
     */
    static void zip(Path base, String nome, Path arquivo) throws IOException {
        Files.deleteIfExists(arquivo);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(arquivo));
                Stream<Path> s = Files.walk(base.resolve(nome))) {
            out.setLevel(9);
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                String n = base.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    out.putNextEntry(new ZipEntry(n + "/"));
                } else {
                    ZipEntry e = new ZipEntry(n);
                    e.setLastModifiedTime(Files.getLastModifiedTime(p));
                    out.putNextEntry(e);
                    Files.copy(p, out);
                }
                out.closeEntry();
            }
        }
    }

    static long tamanho(Path pasta) throws IOException {
        try (Stream<Path> s = Files.walk(pasta)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static double mb(long bytes) {
        return bytes / 1e6;
    }

    static void apagar(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(q);
            }
        }
    }
}
