package br.esus.oficios.render;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.read.TemplateFiles;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.TemplateClassResolver;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Renders the document templates with FreeMarker, configured for templates that users edit (the library notes, §5):
 * no class instantiation ({@code ?new}), no {@code ?api}, a data model of maps, lists, texts, numbers and booleans
 * only, errors rethrown as one Portuguese line, a time limit, an output size cap, a memory limit and a bounded stack
 * ({@link TemplateWatch}).
 *
 * <p>{@code *.md.ftl} templates use {@link MarkdownOutputFormat}: every {@code ${...}} is escaped so the YAML's text
 * prints as written. {@code *.properties.ftl} templates are plain text; they escape values explicitly with
 * {@code valor_propriedade(...)}; the scripts ({@code *.sh.ftl}, {@code *.ps1.ftl}) are plain text too, and quote values
 * for their shell with {@code aspas_sh(...)} and {@code aspas_ps(...)}; since both shells write {@code ${...}}
 * themselves, their templates interpolate with {@code [=...]}. Inside Markdown code blocks and code spans, where backslashes are not
 * escapes, templates write values with {@code ?no_esc}.
 *
 * <p>Thread-safe: one engine renders many municipalities in parallel. Templates are parsed once per engine. Nothing to
 * close: templates run on daemon threads of a cached pool, which end by themselves once idle.
 */
public final class TemplateEngine {

    /** Longest a template may run. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** Most characters a template may produce. */
    public static final int MAX_CHARS = 2 * 1024 * 1024;
    /**
     * Most bytes a template may allocate while it runs, garbage included: our templates allocate under 1 MiB (7 MiB
     * the first time, in a cold JVM), so a template past this is building something huge (a text doubled in a loop)
     * or looping without end. A batch renders one template per thread, so this bounds their memory with any number of
     * municipalities.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final TemplateFiles files;
    private final Configuration cfg;
    private final Duration timeLimit;
    private final int maxChars;
    private final long maxBytes;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    public TemplateEngine(TemplateFiles files) {
        this(files, TIME_LIMIT, MAX_CHARS, MAX_BYTES);
    }

    /** With other limits: the tests of the limits run in a second, not in the real ones. */
    TemplateEngine(TemplateFiles files, Duration timeLimit, int maxChars, long maxBytes) {
        TemplateWatch.prepare();
        this.files = files;
        this.timeLimit = timeLimit;
        this.maxChars = maxChars;
        this.maxBytes = maxBytes;
        this.cfg = configuration(files);
        this.workers = Executors.newCachedThreadPool(TemplateWatch.threads());
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
        Map<String, Object> visible = id.seesSecret() ? model : GovBrData.withoutSecret(model);
        LimitedWriter out = new LimitedWriter(maxChars);
        try {
            TemplateWatch.run(workers, () -> template.process(visible, out), timeLimit, maxBytes);
        } catch (TemplateWatch.Stopped e) {
            throw new RenderException(describe(name) + ": " + switch (e.why()) {
                case TIME -> "o modelo passou de " + seconds(timeLimit) + " sem terminar (laço sem fim?)";
                case MEMORY -> "o modelo passou do limite de " + (maxBytes / (1024 * 1024)) + " MiB de memória (um laço"
                        + " sem fim, ou um texto que cresce sem parar, como <#assign s = s + s> num laço?)";
                case RECURSION -> "o modelo chamou a si mesmo sem parar (uma macro ou função que se chama sem"
                        + " condição de parada?)";
            }, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException(describe(name) + ": geração interrompida", e);
        } catch (ExecutionException e) {
            throw translate(name, e.getCause());
        }
        return new RenderedText(out.toString(), TemplateModel.warnings(id, model));
    }

    private Template template(String name) throws RenderException {
        try {
            return templates.computeIfAbsent(name, n -> {
                try {
                    Template t = cfg.getTemplate(n);
                    FreemarkerInterrupts.enable(t);
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
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TemplateFiles.NotUtf8Exception e) {
                return new RenderException(e.getMessage(), t);
            }
        }
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
        c.setTimeZone(TimeZone.getTimeZone(DocMeta.ZONE));
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

    /**
     * Templates come from {@link TemplateFiles} (the {@code --modelos} folder, ./templates, the jar), strictly in UTF-8
     * like the municipality files: FreeMarker's own loaders read a template saved as Windows-1252 with U+FFFD in
     * place of its accents, and the PDF printed "Of#cio" with only a warning about the font.
     */
    private static TemplateLoader loader(TemplateFiles files) {
        return new TemplateLoader() {
            @Override
            public Object findTemplateSource(String name) {
                return files.has(name) ? name : null;
            }

            @Override
            public long getLastModified(Object source) {
                return -1;
            }

            @Override
            public Reader getReader(Object source, String encoding) throws IOException {
                String name = (String) source;
                return new StringReader(files.readText(name)
                        .orElseThrow(() -> new FileNotFoundException(files.describe(name))));
            }

            @Override
            public void closeTemplateSource(Object source) {
                // nothing open: the text is read whole
            }
        };
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
