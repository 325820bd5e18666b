package br.esus.oficios.send;

import br.esus.oficios.read.Field;
import br.esus.oficios.read.FieldCatalog;
import br.esus.oficios.read.JsonSchema;
import java.util.List;

/**
 * The keys of {@code gerar-oficios.yaml}, in file order, declared once ({@link Field}): {@link MailSettingsReader}
 * reads from here and the JSON Schema {@code schema/gerar-oficios.schema.json} is made from here. Every key is
 * optional in the file: {@code servidor} and {@code remetente} may come from the command line.
 */
public final class MailSettingsFields {
    public static final FieldCatalog CATALOG = new FieldCatalog(List.of(
            Field.block("smtp", "O servidor de e-mail que envia os ofícios e os tickets "
                    + "(`gerar-oficios enviar`). A senha nunca vai aqui: fica na variável de ambiente "
                    + MailSettings.SENHA_ENV + "."),
            Field.text("smtp.servidor", "Endereço do servidor SMTP (ou a opção --servidor).",
                    "smtp.saude.municipio.gov.br"),
            Field.integer("smtp.porta", "Porta do servidor, de 1 a 65535. Padrão: 587 com starttls, 465 com ssl, "
                    + "25 com nenhuma.", "587", 1, 65535)
                    .defaultDescribed(Seguranca.STARTTLS.portaPadrao() + " com starttls, "
                            + Seguranca.SSL.portaPadrao() + " com ssl, " + Seguranca.NENHUMA.portaPadrao()
                            + " com nenhuma"),
            Field.choice("smtp.seguranca", "Proteção da conexão: starttls (obrigatório, porta 587), ssl (porta "
                    + "465) ou nenhuma (só para um servidor nesta máquina). Padrão: starttls.", "starttls",
                    Seguranca.values(), Seguranca::yaml).defaultValue(Seguranca.STARTTLS.yaml()),
            Field.text("smtp.usuario", "Usuário do servidor; sem ele, o envio é sem "
                    + "autenticação.", "coordenacao.aps@saude.municipio.gov.br"),
            Field.block("smtp.remetente", "Quem envia (ou a opção --remetente)."),
            Field.text("smtp.remetente.email", "E-mail de quem envia.",
                    "coordenacao.aps@saude.municipio.gov.br").limit(FieldCatalog.MAX_EMAIL),
            Field.text("smtp.remetente.nome", "Nome de quem envia, como aparece para quem "
                    + "recebe.", "Coordenação da Atenção Primária à Saúde").limit(FieldCatalog.MAX_NOME),
            Field.texts("smtp.copias", "E-mails que recebem cópia de toda mensagem, uma "
                    + "lista.", "[arquivo@saude.municipio.gov.br]").limit(FieldCatalog.MAX_EMAIL),
            Field.text("smtp.suporte", "E-mail do suporte do e-SUS APS, para onde vai o ticket "
                    + "de prescrição digital; sem ele o ticket não é enviado.", "suporte@esus.example")
                    .limit(FieldCatalog.MAX_EMAIL),
            Field.integer("smtp.tempo_limite_segundos", "Quanto esperar pelo servidor, em segundos, de 1 a 600. "
                    + "Padrão: " + MailSettings.TEMPO_LIMITE_PADRAO.toSeconds() + ".", "30", 1, 600)
                    .defaultValue(MailSettings.TEMPO_LIMITE_PADRAO.toSeconds()),
            Field.bool("smtp.confirmacao_leitura", "true para pedir confirmação de leitura. "
                    + "Padrão: false.", "false").defaultValue(false),
            Field.bool("smtp.exigir_assinatura", "true para que `enviar` só envie o ofício assinado digitalmente "
                    + "(uma cópia assinada do ofício atual na pasta do município); sem ela, recusa. Com false, envia "
                    + "o PDF sem assinatura, com um aviso. Padrão: false; recomendado: true.", "true")
                    .defaultValue(false),
            Field.text("smtp.confianca", "Certificado (PEM ou DER) da autoridade que emitiu o "
                    + "certificado do servidor, ou uma pasta com eles, relativo à pasta deste arquivo; só para "
                    + "servidor com certificado de autoridade interna.",
                    "certificados/autoridade-da-prefeitura.pem")));

    /** The schema's file name, in {@code schema/} of the repository and of the jar. */
    public static final String SCHEMA = "gerar-oficios.schema.json";

    private MailSettingsFields() {
    }

    /** The JSON Schema of {@code gerar-oficios.yaml}. */
    public static String schema() {
        return JsonSchema.of(CATALOG, "Configuração do gerar-oficios (gerar-oficios.yaml)", "O servidor de e-mail "
                + "do `gerar-oficios enviar`. Copie gerar-oficios.exemplo.yaml para gerar-oficios.yaml e ajuste; a "
                + "senha fica na variável de ambiente " + MailSettings.SENHA_ENV + ", nunca no arquivo.", List.of());
    }
}
