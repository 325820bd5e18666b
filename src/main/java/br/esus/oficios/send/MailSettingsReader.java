package br.esus.oficios.send;

import br.esus.oficios.model.Problem;
import br.esus.oficios.read.FieldCatalog;
import br.esus.oficios.read.FieldReader;
import br.esus.oficios.read.YamlNode;
import br.esus.oficios.read.YamlNode.Mapping;
import br.esus.oficios.read.YamlNode.Scalar;
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

/**
 * Reads the {@code smtp:} section of {@code gerar-oficios.yaml} and applies the command-line overrides. Strict:
 * the keys are those of {@link MailSettingsFields}, checked by {@link FieldReader} as a municipality file's are (an
 * unknown key is an error with a suggestion), and a {@code senha} key is refused (the password only comes from the
 * environment variable {@value MailSettings#SENHA_ENV}).
 */
public final class MailSettingsReader {
    /** The settings file, looked for in the working directory. */
    public static final String ARQUIVO = "gerar-oficios.yaml";
    /** The example file named in messages. */
    private static final String EXEMPLO = "gerar-oficios.exemplo.yaml";
    private static final FieldCatalog FIELDS = MailSettingsFields.CATALOG;

    private final Path file;
    /** The file as the user should see it in messages. */
    private final Path shown;
    private final List<String> problems = new ArrayList<>();
    /** True when the settings are for a real send: addresses at names reserved for examples are refused. */
    private final boolean envio;
    /** Addresses of the file at names reserved for examples, by field, as problem lines. */
    private final Map<String, String> exemplos = new LinkedHashMap<>();
    private final FieldReader f;

    private MailSettingsReader(Path file, Path shown, boolean envio) {
        this.file = file;
        this.shown = shown;
        this.envio = envio;
        this.f = new FieldReader(shown, p -> problems.add(p.format()), FIELDS, EXEMPLO);
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
                        "smtp: com servidor:, porta:, remetente: ... (veja " + EXEMPLO + ")");
                syntax.forEach(p -> problems.add(p.format()));
                if (rm != null) {
                    f.keys(rm, FIELDS.keys(""));
                    YamlNode se = rm.entries().get("smtp");
                    if (se != null) {
                        smtpLine = se.keyLine();
                        smtpCol = se.keyColumn();
                    }
                    smtp = f.block(rm, "smtp");
                }
            } catch (IOException e) {
                problem(1, 1, "", "não foi possível ler o arquivo: " + br.esus.oficios.output.IoMessages.readReason(e));
            }
            if (!problems.isEmpty()) {
                throw new MailConfigException(problems);
            }
        }
        Mapping s = smtp == null ? new Mapping("smtp", smtpLine, smtpCol, smtpLine, smtpCol, Map.of()) : smtp;
        List<String> keys = new ArrayList<>(FIELDS.keys("smtp"));
        keys.add("senha"); // gets its own message below, not "chave desconhecida"
        f.keys(s, keys);
        YamlNode senha = s.entries().get("senha");
        if (senha != null) {
            f.errorAtKey(senha, "a senha nunca vai no arquivo: apague esta linha e defina a variável de ambiente "
                    + MailSettings.SENHA_ENV);
        }

        String servidor = f.text(s, "servidor");
        Integer porta = f.integer(s, "porta");
        Seguranca seguranca = f.choice(s, "seguranca", Seguranca.class);
        if (seguranca == null) {
            seguranca = Seguranca.STARTTLS;
        }
        String usuario = f.text(s, "usuario");
        String remetenteEmail = null;
        String remetenteNome = null;
        Mapping rm = f.block(s, "remetente");
        if (rm != null) {
            f.keys(rm, FIELDS.keys("smtp.remetente"));
            remetenteEmail = email(f.scalar(rm, "email"));
            remetenteNome = f.text(rm, "nome");
        }
        List<String> copias = new ArrayList<>();
        for (Scalar c : f.scalars(s, "copias")) {
            String email = email(c);
            if (email != null) {
                copias.add(email);
            }
        }
        String suporte = email(f.scalar(s, "suporte"));
        Integer segundos = f.integer(s, "tempo_limite_segundos");
        Boolean confirmacao = f.bool(s, "confirmacao_leitura");
        Boolean exigirAssinatura = f.bool(s, "exigir_assinatura");
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
                        + "`servidor: ` em `smtp:` (veja " + EXEMPLO + ") ou use --servidor");
            }
            if (remetenteEmail == null && o.remetente() == null && !hasProblemFor("smtp.remetente")) {
                problem(smtpLine, smtpCol, "smtp.remetente.email", "obrigatório: o e-mail de quem envia; acrescente "
                        + "`remetente: {email: ..., nome: ...}` em `smtp:` (veja " + EXEMPLO + ") ou use "
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
                f.error(se, msg);
            }
        }
        if (!problems.isEmpty()) {
            throw new MailConfigException(problems);
        }
        return new MailSettings(servidor, porta == null ? seguranca.portaPadrao() : porta, seguranca, usuario,
                remetenteEmail, remetenteNome, copias, suporte,
                segundos == null ? MailSettings.TEMPO_LIMITE_PADRAO : Duration.ofSeconds(segundos),
                Boolean.TRUE.equals(confirmacao), o.inseguro(), false, confianca,
                Boolean.TRUE.equals(exigirAssinatura));
    }

    /**
     * {@code smtp.confianca}: a certificate file (PEM or DER) or a folder of them, relative to the configuration
     * file's folder; null when absent or unusable (reported).
     */
    private Confianca confianca(Mapping m) {
        YamlNode node = m.entries().get("confianca");
        String v = f.text(m, "confianca");
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
            f.error(node, "caminho inválido '" + v + "'; escreva o caminho do certificado (.pem, .crt, .cer ou "
                    + ".der) ou da pasta com eles, relativo à pasta deste arquivo");
            return null;
        }
        try {
            return Confianca.ler(real, mostrado, Instant.now());
        } catch (Confianca.Problema e) {
            f.error(node, e.getMessage());
            return null;
        }
    }

    private boolean hasProblemFor(String campo) {
        return problems.stream().anyMatch(p -> p.contains(": " + campo));
    }

    /** The address of {@code s} when it is a valid one (otherwise reported); null when absent. */
    private String email(Scalar s) {
        if (s == null) {
            return null;
        }
        String err = Emails.problem(s.text());
        if (err != null) {
            f.error(s, err);
            return null;
        }
        String exemplo = EnderecosDeExemplo.problema(s.text());
        if (exemplo != null) {
            // kept for a real send: problem lines only then
            exemplos.put(s.path(), Problem.error(shown, s.line(), s.column(), s.path(), exemplo).format());
        }
        return s.text();
    }

    private void problem(int line, int col, String campo, String msg) {
        problems.add(Problem.error(shown, line, col, campo, msg).format());
    }

    private void option(String name, String msg) {
        problems.add("opção " + name + ": " + msg);
    }
}
