package br.esus.oficios.send;

import br.esus.oficios.model.Problem;
import br.esus.oficios.read.Suggest;
import br.esus.oficios.read.YamlNode;
import br.esus.oficios.read.YamlNode.Mapping;
import br.esus.oficios.read.YamlNode.Scalar;
import br.esus.oficios.read.YamlNode.Sequence;
import br.esus.oficios.read.YamlTree;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code smtp:} section of {@code gerar-oficios.yaml} and applies the command-line overrides. Strict:
 * an unknown key is an error with a suggestion, and a {@code senha} key is refused (the password only comes from
 * the environment variable {@value MailSettings#SENHA_ENV}).
 */
public final class MailSettingsReader {
    /** The settings file, looked for in the working directory. */
    public static final String ARQUIVO = "gerar-oficios.yaml";
    /** Top-level sections of {@code gerar-oficios.yaml}. Add here when the file grows. */
    static final Set<String> SECOES = Set.of("smtp");
    static final List<String> CHAVES_SMTP = List.of("servidor", "porta", "seguranca", "usuario", "remetente", "copias",
            "suporte", "tempo_limite_segundos", "confirmacao_leitura", "confianca");
    static final List<String> CHAVES_REMETENTE = List.of("email", "nome");

    private final Path file;
    /** The file as the user should see it in messages. */
    private final Path shown;
    private final List<String> problems = new ArrayList<>();
    /** True when the settings are for a real send: addresses at names reserved for examples are refused. */
    private final boolean envio;
    /** Addresses of the file at names reserved for examples, by field, as problem lines. */
    private final Map<String, String> exemplos = new LinkedHashMap<>();

    private MailSettingsReader(Path file, Path shown, boolean envio) {
        this.file = file;
        this.shown = shown;
        this.envio = envio;
    }

    /** Reads {@code gerar-oficios.yaml} from the working directory (it may be missing if the options say enough). */
    public static MailSettings readWorkingDirectory(MailOverrides overrides) throws MailConfigException {
        return read(Path.of(ARQUIVO), overrides);
    }

    /**
     * @param configFile the settings file; when it does not exist, only the overrides count
     * @throws MailConfigException with one line per problem
     */
    public static MailSettings read(Path configFile, MailOverrides overrides) throws MailConfigException {
        return read(configFile, configFile, overrides);
    }

    /**
     * @param shown {@code configFile} as messages name it (e.g. {@code gerar-oficios.yaml}, relative to the working
     *        directory)
     */
    public static MailSettings read(Path configFile, Path shown, MailOverrides overrides) throws MailConfigException {
        return new MailSettingsReader(configFile, shown, false).run(overrides);
    }

    /**
     * Like {@link #read(Path, Path, MailOverrides)}, for a real send: the sender ({@code smtp.remetente.email} or
     * {@code --remetente}), {@code smtp.copias} and {@code smtp.suporte} may not be at a name reserved for examples
     * ({@link EnderecosDeExemplo}), as the example configuration's are. A simulation reads with {@code read}.
     */
    public static MailSettings readForSending(Path configFile, Path shown, MailOverrides overrides)
            throws MailConfigException {
        return new MailSettingsReader(configFile, shown, true).run(overrides);
    }

    private MailSettings run(MailOverrides o) throws MailConfigException {
        Mapping smtp = null;
        int smtpLine = 1;
        int smtpCol = 1;
        boolean exists = Files.isRegularFile(file);
        if (exists) {
            try {
                List<Problem> syntax = new ArrayList<>();
                Mapping rm = new YamlTree().parse(shown, Files.readAllBytes(file), syntax,
                        "smtp: com servidor:, porta:, remetente: ... (veja gerar-oficios.exemplo.yaml)");
                syntax.forEach(p -> problems.add(p.format()));
                if (rm != null) {
                    rm.entries().forEach((key, value) -> {
                        if (!SECOES.contains(key)) {
                            unknown(key, value, "", List.copyOf(SECOES));
                        }
                    });
                    YamlNode se = rm.entries().get("smtp");
                    if (se != null) {
                        smtpLine = se.keyLine();
                        smtpCol = se.keyColumn();
                        if (se instanceof Mapping m) {
                            smtp = m;
                        } else {
                            problem(se, "smtp", "deve ser um mapa (servidor:, porta:, remetente: ...)");
                        }
                    }
                }
            } catch (IOException e) {
                problem(1, 1, "", "não foi possível ler o arquivo: " + e.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new MailConfigException(problems);
            }
        }
        Mapping s = smtp == null ? new Mapping("smtp", smtpLine, smtpCol, smtpLine, smtpCol, java.util.Map.of()) : smtp;
        s.entries().forEach((key, value) -> {
            if (key.equals("senha")) {
                problem(value.keyLine(), value.keyColumn(), "smtp.senha",
                        "a senha nunca vai no arquivo: apague esta linha e defina a variável de ambiente "
                                + MailSettings.SENHA_ENV);
            } else if (!CHAVES_SMTP.contains(key)) {
                unknown(key, value, "smtp.", CHAVES_SMTP);
            }
        });

        String servidor = string(s, "servidor", "smtp.servidor");
        Integer porta = integer(s, "porta", 1, 65535);
        String segText = string(s, "seguranca", "smtp.seguranca");
        Seguranca seguranca = Seguranca.STARTTLS;
        if (segText != null) {
            seguranca = Seguranca.fromYaml(segText);
            if (seguranca == null) {
                problem(s.entries().get("seguranca"), "smtp.seguranca",
                        "valor '" + segText + "' inválido; use starttls, ssl ou nenhuma");
                seguranca = Seguranca.STARTTLS;
            }
        }
        String usuario = string(s, "usuario", "smtp.usuario");
        String remetenteEmail = null;
        String remetenteNome = null;
        YamlNode re = s.entries().get("remetente");
        if (re instanceof Mapping rm) {
            rm.entries().forEach((key, value) -> {
                if (!CHAVES_REMETENTE.contains(key)) {
                    unknown(key, value, "smtp.remetente.", CHAVES_REMETENTE);
                }
            });
            remetenteEmail = email(rm, "email", "smtp.remetente.email");
            remetenteNome = string(rm, "nome", "smtp.remetente.nome");
        } else if (re != null && !isNull(re)) {
            problem(re, "smtp.remetente", "deve ser um mapa: remetente: {email: ..., nome: ...}");
        }
        List<String> copias = emails(s, "copias");
        String suporte = email(s, "suporte", "smtp.suporte");
        Integer segundos = integer(s, "tempo_limite_segundos", 1, 600);
        Boolean confirmacao = bool(s, "confirmacao_leitura");
        Confianca confianca = confianca(s);

        // Command-line options win over the file.
        if (o.servidor() != null) {
            servidor = o.servidor().trim();
            if (servidor.isEmpty() || servidor.matches(".*[\\s/@].*")) {
                option("--servidor", "nome de servidor inválido: '" + o.servidor() + "'");
            }
        }
        if (o.porta() != null) {
            porta = o.porta();
            if (porta < 1 || porta > 65535) {
                option("--porta", porta + " fora de 1–65535");
            }
        }
        if (o.seguranca() != null) {
            Seguranca v = Seguranca.fromYaml(o.seguranca().trim());
            if (v == null) {
                option("--seguranca", "valor '" + o.seguranca() + "' inválido; use starttls, ssl ou nenhuma");
            } else {
                seguranca = v;
            }
        }
        if (o.usuario() != null) {
            usuario = o.usuario().isBlank() ? null : o.usuario().trim();
        }
        if (o.remetente() != null) {
            try {
                InternetAddress a = new InternetAddress(o.remetente().trim(), true);
                String err = Emails.problem(a.getAddress());
                exemplos.remove("smtp.remetente.email"); // the option replaces the file's sender
                if (err != null) {
                    option("--remetente", err);
                } else {
                    remetenteEmail = a.getAddress();
                    if (a.getPersonal() != null) {
                        remetenteNome = a.getPersonal();
                    }
                    String exemplo = EnderecosDeExemplo.problema(remetenteEmail);
                    if (envio && exemplo != null) {
                        option("--remetente", exemplo);
                    }
                }
            } catch (AddressException e) {
                option("--remetente", "endereço inválido: '" + o.remetente() + "'");
            }
        }

        if (!exists) {
            // No file to point into: one line that says what to do, without a line and column of a missing file.
            List<String> faltam = new ArrayList<>();
            if (servidor == null) {
                faltam.add("--servidor");
            }
            if (remetenteEmail == null && o.remetente() == null) {
                faltam.add("--remetente");
            }
            if (!faltam.isEmpty()) {
                problems.add(0, shown + ": arquivo de configuração não encontrado; copie gerar-oficios.exemplo.yaml "
                        + "para " + ARQUIVO + " (na pasta onde você roda o gerar-oficios) e ajuste a seção smtp:, "
                        + "indique outro arquivo com --config ARQ, ou informe " + String.join(" e ", faltam));
            }
        } else {
            if (servidor == null) {
                problem(smtpLine, smtpCol, "smtp.servidor", "obrigatório: o endereço do servidor SMTP; acrescente "
                        + "`servidor: ` em `smtp:` (veja gerar-oficios.exemplo.yaml) ou use --servidor");
            }
            if (remetenteEmail == null && o.remetente() == null && !hasProblemFor("smtp.remetente")) {
                problem(smtpLine, smtpCol, "smtp.remetente.email", "obrigatório: o e-mail de quem envia; acrescente "
                        + "`remetente: {email: ..., nome: ...}` em `smtp:` (veja gerar-oficios.exemplo.yaml) ou use "
                        + "--remetente");
            }
        }
        if (envio) {
            problems.addAll(exemplos.values());
        }
        if (servidor != null && seguranca == Seguranca.NENHUMA && !o.inseguro() && !MailSettings.isLoopback(servidor)) {
            YamlNode se = s.entries().get("seguranca");
            String msg = "sem criptografia só para um servidor nesta máquina (localhost, 127.0.0.1, ::1); "
                    + servidor + " receberia a senha e os ofícios em texto aberto. Use starttls ou ssl, "
                    + "ou --inseguro se for mesmo necessário";
            if (o.seguranca() != null || se == null) {
                option("--seguranca", "nenhuma: " + msg);
            } else {
                problem(se, "smtp.seguranca", msg);
            }
        }
        if (!problems.isEmpty()) {
            throw new MailConfigException(problems);
        }
        return new MailSettings(servidor, porta == null ? seguranca.portaPadrao() : porta, seguranca, usuario,
                remetenteEmail, remetenteNome, copias, suporte,
                segundos == null ? MailSettings.TEMPO_LIMITE_PADRAO : Duration.ofSeconds(segundos),
                Boolean.TRUE.equals(confirmacao), o.inseguro(), false, confianca);
    }

    /**
     * {@code smtp.confianca}: a certificate file (PEM or DER) or a folder of them, relative to the configuration
     * file's folder; null when absent or unusable (reported).
     */
    private Confianca confianca(Mapping m) {
        String v = string(m, "confianca", "smtp.confianca");
        if (v == null) {
            return null;
        }
        Path real;
        Path mostrado;
        try {
            Path base = file.toAbsolutePath().getParent();
            real = base.resolve(v).normalize();
            Path shownBase = shown.getParent();
            mostrado = shownBase == null ? Path.of(v).normalize() : shownBase.resolve(v).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problem(m.entries().get("confianca"), "smtp.confianca", "caminho inválido '" + v + "'; escreva o "
                    + "caminho do certificado (.pem, .crt, .cer ou .der) ou da pasta com eles, relativo à pasta deste "
                    + "arquivo");
            return null;
        }
        try {
            return Confianca.ler(real, mostrado, Instant.now());
        } catch (Confianca.Problema e) {
            problem(m.entries().get("confianca"), "smtp.confianca", e.getMessage());
            return null;
        }
    }

    private boolean hasProblemFor(String campo) {
        return problems.stream().anyMatch(p -> p.contains(": " + campo));
    }

    private static boolean isNull(YamlNode n) {
        return n instanceof Scalar sc && sc.type() == Scalar.Type.NULL;
    }

    /** A scalar's text, or null when absent or null; a problem when it is a map or a list. */
    private String string(Mapping m, String key, String campo) {
        YamlNode e = m.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e instanceof Scalar sc) {
            if (sc.blank()) {
                return null;
            }
            if (sc.text().indexOf('\r') >= 0 || sc.text().indexOf('\n') >= 0) {
                problem(sc, campo, "deve ter uma linha só");
                return null;
            }
            return sc.text().trim();
        }
        problem(e, campo, "deve ser um texto, não um mapa ou uma lista");
        return null;
    }

    private String email(Mapping m, String key, String campo) {
        String v = string(m, key, campo);
        if (v == null) {
            return null;
        }
        String err = Emails.problem(v);
        if (err != null) {
            problem(m.entries().get(key), campo, err);
            return null;
        }
        exemplo(m.entries().get(key), campo, v);
        return v;
    }

    /** Keeps the problem of an address at a name reserved for examples, for a real send. */
    private void exemplo(YamlNode n, String campo, String email) {
        String p = EnderecosDeExemplo.problema(email);
        if (p != null) {
            exemplos.put(campo, Problem.error(shown, n.line(), n.column(), campo, p).format());
        }
    }

    private List<String> emails(Mapping m, String key) {
        YamlNode e = m.entries().get(key);
        List<String> out = new ArrayList<>();
        if (e == null || isNull(e)) {
            return out;
        }
        if (!(e instanceof Sequence seq)) {
            problem(e, "smtp." + key, "deve ser uma lista: " + key + ": [a@x.gov.br, b@y.gov.br]");
            return out;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode n = seq.items().get(i);
            String campo = "smtp." + key + "[" + i + "]";
            if (n instanceof Scalar sc && !sc.blank()) {
                String err = Emails.problem(sc.text().trim());
                if (err != null) {
                    problem(n, campo, err);
                } else {
                    out.add(sc.text().trim());
                    exemplo(n, campo, sc.text().trim());
                }
            } else {
                problem(n, campo, "deve ser um e-mail");
            }
        }
        return out;
    }

    private Integer integer(Mapping m, String key, int min, int max) {
        YamlNode e = m.entries().get(key);
        if (e == null || isNull(e)) {
            return null;
        }
        if (e instanceof Scalar sc && sc.type() == Scalar.Type.INTEGER) {
            try {
                int v = Integer.parseInt(sc.text());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException ignored) {
                // falls through to the problem below
            }
        }
        problem(e, "smtp." + key, "deve ser um número inteiro de " + min + " a " + max);
        return null;
    }

    private Boolean bool(Mapping m, String key) {
        YamlNode e = m.entries().get(key);
        if (e == null || isNull(e)) {
            return null;
        }
        if (e instanceof Scalar sc && sc.type() == Scalar.Type.BOOLEAN
                && (sc.text().equals("true") || sc.text().equals("false"))) {
            return sc.text().equals("true");
        }
        problem(e, "smtp." + key, "deve ser true ou false");
        return null;
    }

    private void unknown(String key, YamlNode value, String prefix, List<String> known) {
        String hint = Suggest.closest(key, known).map(best -> "você quis dizer '" + best + "'?")
                .orElse("as chaves aceitas são: " + String.join(", ", known));
        problem(value.keyLine(), value.keyColumn(), prefix + key, "chave desconhecida (" + hint + ")");
    }

    private void problem(YamlNode n, String campo, String msg) {
        problem(n.line(), n.column(), campo, msg);
    }

    private void problem(int line, int col, String campo, String msg) {
        problems.add(Problem.error(shown, line, col, campo, msg).format());
    }

    private void option(String name, String msg) {
        problems.add("opção " + name + ": " + msg);
    }
}
