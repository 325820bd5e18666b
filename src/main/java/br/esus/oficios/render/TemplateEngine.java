package br.esus.oficios.render;

import br.esus.oficios.read.TemplateFiles;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.TemplateClassResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the document templates with FreeMarker, configured for templates that users edit (the library notes, §5):
 * no class instantiation ({@code ?new}), no {@code ?api}, a data model of maps, lists, texts, numbers and booleans
 * only, errors rethrown as one Portuguese line, a time limit and an output size cap.
 *
 * <p>{@code *.md.ftl} templates use {@link MarkdownOutputFormat}: every {@code ${...}} is escaped so the YAML's text
 * prints as written. {@code *.properties.ftl} templates are plain text; they escape values explicitly with
 * {@code valor_propriedade(...)}; the scripts ({@code *.sh.ftl}, {@code *.ps1.ftl}) are plain text too, and quote values
 * for their shell with {@code aspas_sh(...)} and {@code aspas_ps(...)}; since both shells write {@code ${...}}
 * themselves, their templates interpolate with {@code [=...]}. Inside Markdown code blocks and code spans, where backslashes are not
 * escapes, templates write values with {@code ?no_esc}.
 *
 * <p>Thread-safe: one engine renders many municipalities in parallel. Templates are parsed once per engine.
 */
public final class TemplateEngine implements AutoCloseable {

    /** Longest a template may run. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** Most characters a template may produce. */
    public static final int MAX_CHARS = 2 * 1024 * 1024;

    private final TemplateFiles files;
    private final Configuration cfg;
    private final Duration timeLimit;
    private final int maxChars;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    public TemplateEngine(TemplateFiles files) {
        this(files, TIME_LIMIT, MAX_CHARS);
    }

    /** With other limits; for tests. */
    TemplateEngine(TemplateFiles files, Duration timeLimit, int maxChars) {
        this.files = files;
        this.timeLimit = timeLimit;
        this.maxChars = maxChars;
        this.cfg = configuration(files);
        this.workers = Executors.newCachedThreadPool(daemonThreads());
    }

    /**
     * Renders a document from {@link DocumentId#template()}: a Markdown document, or the properties file.
     *
     * @param model the data model from {@link TemplateModel#of}
     */
    public RenderedText render(DocumentId id, Map<String, Object> model) throws RenderException {
        return render(id, id.template(), model);
    }

    /** Renders one plain file of a document that is not Markdown (see {@link DocumentId#plainFiles}). */
    public RenderedText render(DocumentId id, DocumentId.PlainFile file, Map<String, Object> model)
            throws RenderException {
        return render(id, file.template(), model);
    }

    /** Only the documents that must carry it ({@link DocumentId#seesSecret}) see {@code govbr.client_secret}. */
    private RenderedText render(DocumentId id, String name, Map<String, Object> model) throws RenderException {
        Template template = template(name);
        Map<String, Object> visible = id.seesSecret() ? model : TemplateModel.withoutSecret(model);
        LimitedWriter out = new LimitedWriter(maxChars);
        Future<?> job = workers.submit(() -> {
            template.process(visible, out);
            return null;
        });
        try {
            job.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new RenderException(describe(name) + ": o modelo passou de " + timeLimit.toSeconds()
                    + " s sem terminar (laço sem fim?)");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new RenderException(describe(name) + ": geração interrompida", e);
        } catch (ExecutionException e) {
            throw translate(name, e.getCause());
        }
        return new RenderedText(out.toString(), TemplateModel.warnings(id, model));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private Template template(String name) throws RenderException {
        try {
            return templates.computeIfAbsent(name, n -> {
                try {
                    Template t = cfg.getTemplate(n);
                    _CoreAPI.addThreadInterruptedChecks(t);
                    return t;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw translate(name, e.getCause());
        }
    }

    private RenderException translate(String name, Throwable t) {
        if (t instanceof TemplateNotFoundException) {
            return new RenderException(describe(name) + ": modelo não encontrado (nem na pasta --modelos, nem em"
                    + " ./templates, nem no programa)", t);
        }
        if (t instanceof ParseException p) {
            String where = location(p.getTemplateName(), name, p.getLineNumber(), p.getColumnNumber());
            return new RenderException(where + ": erro de sintaxe no modelo: " + syntax(oneLine(p.getEditorMessage())), t);
        }
        if (t instanceof LimitedWriter.TooLarge) {
            return new RenderException(describe(name) + ": o texto gerado passou de " + (maxChars / 1024)
                    + " KiB (laço sem fim?)", t);
        }
        if (t instanceof TemplateException te) {
            if (te.getCause() instanceof LimitedWriter.TooLarge tl) {
                return translate(name, tl);
            }
            String where = location(te.getTemplateSourceName(), name, te.getLineNumber(), te.getColumnNumber());
            return new RenderException(where + ": " + problem(te), t);
        }
        if (t instanceof IOException e) {
            return new RenderException(describe(name) + ": não foi possível ler o modelo: " + oneLine(e.getMessage()),
                    t);
        }
        return new RenderException(describe(name) + ": erro ao gerar o documento: " + oneLine(String.valueOf(t)), t);
    }

    private String location(String sourceName, String fallback, Integer line, Integer column) {
        String file = describe(sourceName == null ? fallback : sourceName);
        return file + ":" + (line == null ? 1 : Math.max(line, 1)) + ":" + (column == null ? 1 : Math.max(column, 1));
    }

    private String describe(String name) {
        return files.describe(name);
    }

    private static String problem(TemplateException te) {
        String msg = te.getMessageWithoutStackTop();
        msg = msg == null ? "" : msg;
        if (te instanceof InvalidReferenceException) {
            String expr = blamed(msg);
            return "valor inexistente no modelo de dados" + (expr.isEmpty() ? "" : ": " + expr)
                    + " (confira o nome; para um valor opcional use ?has_content ou !\"\")";
        }
        if (msg.contains("?api") || msg.contains("api_builtin_enabled")) {
            return "?api não é permitido nos modelos";
        }
        if (msg.contains("?new") || msg.contains("Instantiating ")) {
            return "?new não é permitido nos modelos";
        }
        if (te.getClass().getSimpleName().contains("Interrupted")) {
            return "geração interrompida (tempo limite)";
        }
        if (te.getClass().getSimpleName().startsWith("Non")) {
            String expr = blamed(msg);
            return "tipo de valor inesperado" + (expr.isEmpty() ? "" : " em " + expr) + ": " + firstLine(msg);
        }
        if (msg.contains("Template inclusion failed") || msg.contains("Template importing failed")) {
            return "não foi possível incluir o modelo pedido em <#include>/<#import> (confira o nome; só valem"
                    + " arquivos da pasta de modelos)";
        }
        if (msg.contains("Arithmetic") || msg.contains("by zero")) {
            return "conta impossível no modelo (divisão por zero?)";
        }
        return "erro no modelo (detalhe do FreeMarker, em inglês: " + firstLine(msg) + ")";
    }

    /** FreeMarker's syntax messages are English: the common ones in Portuguese, the rest quoted as details. */
    static String syntax(String msg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#(\\w+) is an existing directive, but the tag is"
                + " malformed").matcher(msg);
        if (m.find()) {
            return "a diretiva <#" + m.group(1) + "> está malformada (confira a sintaxe e o > no fim)";
        }
        if (msg.contains("Unclosed") || msg.contains("Unexpected end of file")) {
            return "o arquivo acabou antes de fechar uma diretiva (falta um </#if>, </#list> ou }?)";
        }
        java.util.regex.Matcher enc = java.util.regex.Pattern.compile("^Encountered \"(.*?)\", but").matcher(msg);
        if (enc.find()) {
            return "trecho inesperado \"" + enc.group(1) + "\" (faltou fechar algo antes, como o > de uma diretiva?)";
        }
        if (msg.startsWith("Unknown directive")) {
            return "diretiva desconhecida (" + msg + ")";
        }
        return "detalhe do FreeMarker, em inglês: " + msg;
    }

    /** The expression FreeMarker blames, from its "==> expr  [in template ...]" line. */
    private static String blamed(String msg) {
        for (String line : msg.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("==>")) {
                l = l.substring(3).strip();
                int in = l.indexOf("  [in template");
                return in >= 0 ? l.substring(0, in).strip() : l;
            }
        }
        return "";
    }

    private static String firstLine(String msg) {
        for (String line : msg.split("\\R")) {
            if (!line.isBlank()) {
                return oneLine(line);
            }
        }
        return "";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static Configuration configuration(TemplateFiles files) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setDefaultEncoding("UTF-8");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((te, env) -> { });
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        c.setLocale(Locale.forLanguageTag("pt-BR"));
        c.setTimeZone(TimeZone.getTimeZone("America/Sao_Paulo"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("sim,não");
        c.setLocalizedLookup(false);
        c.setRecognizeStandardFileExtensions(false);
        c.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        c.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        TemplateConfiguration md = new TemplateConfiguration();
        md.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        TemplateConfiguration plain = new TemplateConfiguration();
        plain.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        // Scripts use ${...} themselves (bash, PowerShell): their templates interpolate with [=...] instead.
        TemplateConfiguration script = new TemplateConfiguration();
        script.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        script.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        c.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), md),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.properties.ftl"), plain),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.sh.ftl"), script),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.ps1.ftl"), script))
                .allowNoMatch(true));
        c.setSharedVariable(PropertiesValue.NAME, new PropertiesValue(false));
        c.setSharedVariable(PropertiesValue.COMMENT_NAME, new PropertiesValue(true));
        c.setSharedVariable(ShellQuoteMethod.BASH, new ShellQuoteMethod(false));
        c.setSharedVariable(ShellQuoteMethod.POWERSHELL, new ShellQuoteMethod(true));
        c.setTemplateLoader(loader(files));
        return c;
    }

    private static TemplateLoader loader(TemplateFiles files) {
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path dir : files.dirs()) {
            if (Files.isDirectory(dir)) {
                try {
                    loaders.add(new FileTemplateLoader(dir.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateFiles.class, TemplateFiles.CLASSPATH_DIR));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "modelo-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
