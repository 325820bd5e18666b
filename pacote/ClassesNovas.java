import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Roda no JDK 25 (a API java.lang.classfile), chamado por pacote/Montar.java: grava numa pasta as classes de um
 * pacote do jar (o picocli) compiladas para o Java 5 ou mais velho, iguais instrução por instrução, só com a versão
 * do Java 8 e as tabelas de tipos (StackMapTable) que essa versão pede; o Montar as põe no jar do pacote no lugar
 * das antigas. Só as do pacote pedido: o jar tem outras do Java 5 (o commons-math3 que o POI traz), que nenhum
 * comando carrega.
 *
 * <p>Por quê: o cache AOT (e o AppCDS) não guarda classes de antes do Java 6 ("Old class has been linked"), e cada
 * comando verificava e interpretava as do picocli direto do jar; guardadas no cache, um {@code validar} do pacote
 * passou de 0,30 para 0,26 s (README, "Desempenho"). Depois de gravá-las, carrega e inicializa cada uma num carregador
 * com elas na frente do jar: uma tabela de tipos errada é um VerifyError aqui, na montagem, e não no computador de
 * quem usa.
 *
 * <p>Uso: {@code java pacote/ClassesNovas.java JAR PASTA PACOTE} (PACOTE como no jar: {@code picocli/})
 */
public final class ClassesNovas {
    /** Abaixo disto (Java 6), nenhum cache de classes guarda a classe. */
    static final int JAVA_6 = 50;
    static final int JAVA_8 = 52;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path pasta = Path.of(args[1]);
        String pacote = args[2];
        List<String> novas = new ArrayList<>();
        try (URLClassLoader doJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipFile zip = new ZipFile(jar.toFile())) {
            // As tabelas de tipos pedem a hierarquia das classes: as do Java e, depois, as do próprio jar.
            ClassFile cf = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(doJar))));
            Enumeration<? extends ZipEntry> entradas = zip.entries();
            while (entradas.hasMoreElements()) {
                ZipEntry e = entradas.nextElement();
                if (!e.getName().startsWith(pacote) || !e.getName().endsWith(".class")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream s = zip.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                ClassModel classe = cf.parse(bytes);
                if (classe.majorVersion() >= JAVA_6) {
                    continue;
                }
                byte[] nova = cf.transformClass(classe, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                        .andThen(ClassTransform.endHandler(b -> b.withVersion(JAVA_8, 0))));
                Path destino = pasta.resolve(e.getName());
                Files.createDirectories(destino.getParent());
                Files.write(destino, nova);
                novas.add(e.getName());
            }
        }
        conferir(jar, pasta, novas);
        if (novas.isEmpty()) {
            throw new IllegalStateException("nenhuma classe de antes do Java 6 em " + pacote + " no jar: se o "
                    + "picocli já vem para um Java mais novo, tire ClassesNovas do pacote/Montar.java");
        }
        System.out.println("[pacote] " + novas.size() + " classes de " + pacote + " passadas do Java 5 para o Java 8, "
                + "todas carregadas e verificadas");
    }

    /** Carrega, verifica e inicializa cada classe nova, com a pasta na frente do jar. */
    static void conferir(Path jar, Path pasta, List<String> novas) throws IOException {
        try (URLClassLoader carregador = new URLClassLoader(
                new URL[] {pasta.toUri().toURL(), jar.toUri().toURL()}, null)) {
            for (String nome : novas) {
                String classe = nome.substring(0, nome.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> c = Class.forName(classe, true, carregador);
                    if (c.getClassLoader() != carregador || !Files.isRegularFile(pasta.resolve(nome))) {
                        throw new IllegalStateException("a classe nova não foi a carregada: " + classe);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("a classe nova não carregou: " + classe, e);
                }
            }
        }
    }
}
