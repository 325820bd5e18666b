package br.esus.oficios.send;

import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.NumeroOficio;
import java.nio.file.Path;

/**
 * The names recipients see on attachments. The ofício follows the Manual de Redação's file-name rule (5.2: type,
 * number, four-digit year and keywords, e.g. "Ofício 12_2026_subdomínio gov.br.pdf"); the ticket says what it is.
 */
public final class AttachmentNames {
    private AttachmentNames() {
    }

    public static String of(Municipio m, String documento, Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot);
        if (Outgoing.OFICIO_DOMINIO.equals(documento) && m.oficios() != null && m.oficios().oficioDominio() != null) {
            NumeroOficio n = m.oficios().oficioDominio();
            return "Ofício " + n.numero() + "_" + n.data().getYear() + "_subdomínio gov.br" + ext;
        }
        if (Outgoing.TICKET_PRESCRICAO.equals(documento)) {
            String nome = m.municipio().nome().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
            return "Ticket prescrição digital_" + nome + "-" + m.municipio().uf().name() + ext;
        }
        return fileName;
    }
}
