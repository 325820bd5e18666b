package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Cidade;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.Uf;
import br.esus.oficios.model.VersaoPec;
import br.esus.oficios.model.VersaoPublicada;
import br.esus.oficios.read.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built municipalities for the tracker tests: five valid ones in BA, SE and PE with various statuses and dates,
 * and one invalid file. Expected figures (11 catalog items):
 * <pre>
 *   município          ✅ ⏸️ 🚩 ➖   %   oldest pendente-alta
 *   BA Cachoeira        0  5  6  0   0   instalacao_pec (no date; catalog order)
 *   SE São Cristóvão    5  3  3  0  45   dns_govbr 01/10/2026 (dated before the undated backup_diario)
 *   PE Olinda           8  0  3  0  72   dump_banco 01/07/2026 (ties prescricao_digital; catalog order)
 *   BA Santo Amaro      5  2  2  2  55   backup_diario 20/08/2026
 *   SE Aracaju         10  0  0  1 100   —
 * </pre>
 */
final class TrackFixture {
    static final Path DIR = Path.of("municipios");

    private TrackFixture() {
    }

    static ChecklistCatalog catalog() {
        return new ChecklistCatalog(List.of(
                item("instalacao_pec", "Instalação do PEC no servidor", "implantação", Status.PENDENTE_ALTA),
                item("https", "HTTPS com certificado válido", "implantação", Status.PENDENTE_ALTA),
                item("dns_govbr", "Subdomínio gov.br (registro A)", "implantação", Status.PENDENTE_ALTA),
                item("contra_chave", "Contra-chave gerada", "implantação", Status.PENDENTE_BAIXA),
                item("dump_banco", "Dump do banco (porta 5433)", "migração", Status.PENDENTE_ALTA),
                item("transferencia_servidor", "Transferência para o novo servidor", "migração",
                        Status.PENDENTE_BAIXA),
                item("login_govbr", "Login GOV.BR", "integrações", Status.PENDENTE_BAIXA),
                item("prescricao_digital", "Prescrição digital", "integrações", Status.PENDENTE_ALTA),
                item("rnds", "Certificado RNDS", "integrações", Status.PENDENTE_BAIXA),
                item("backup_diario", "Backup diário", "segurança e backup", Status.PENDENTE_ALTA),
                item("firewall", "Firewall e portas", "segurança e backup", Status.PENDENTE_BAIXA)));
    }

    /** The PEC version every hand-built municipality runs unless a test says otherwise. */
    static final String VERSAO = "9.1.3";

    /**
     * An invented versions table: {@link #VERSAO} published on 01/11/2026, "em dia" from then until 01/05/2027, so
     * that the tests of the items see no alert about the version.
     */
    static TabelaVersoesPec versoes() {
        return new TabelaVersoesPec(List.of(new VersaoPublicada(VersaoPec.parse(VERSAO), d(2026, 11, 1), null)));
    }

    static ChecklistItem item(String id, String titulo, String grupo, Status prioridade) {
        return new ChecklistItem(id, titulo, "Descrição de " + titulo, "Manual do PEC", grupo, prioridade);
    }

    static ReadResult santoAmaro() {
        Map<String, ChecklistEntry> c = new HashMap<>();
        c.put("instalacao_pec", e(Status.CONCLUIDO, d(2026, 9, 10), "Ana Lima", null));
        c.put("https", e(Status.CONCLUIDO, null, null, null));
        c.put("dns_govbr", e(Status.PENDENTE_BAIXA, null, null, "mantido domínio atual; aguardando ofício"));
        c.put("contra_chave", e(Status.CONCLUIDO, d(2026, 11, 1), null, null));
        c.put("dump_banco", e(Status.NAO_SE_APLICA, null, null, "instalação nova"));
        c.put("transferencia_servidor", e(Status.NAO_SE_APLICA, null, null, null));
        c.put("login_govbr", e(Status.CONCLUIDO, null, null, null));
        c.put("prescricao_digital", e(Status.PENDENTE_ALTA, d(2026, 10, 5), null, null));
        c.put("rnds", e(Status.PENDENTE_BAIXA, null, null, null));
        c.put("backup_diario", e(Status.PENDENTE_ALTA, d(2026, 8, 20), null, "sem <disco> externo & sem nuvem"));
        c.put("firewall", e(Status.CONCLUIDO, null, "Carlos \"Cacá\" Souza", null));
        return valid("Santo Amaro", Uf.BA, c);
    }

    static ReadResult cachoeira() {
        return valid("Cachoeira", Uf.BA, Map.of());
    }

    static ReadResult aracaju() {
        Map<String, ChecklistEntry> c = new HashMap<>();
        for (ChecklistItem i : catalog().itens()) {
            c.put(i.id(), e(Status.CONCLUIDO, d(2026, 6, 1), null, null));
        }
        c.put("firewall", e(Status.NAO_SE_APLICA, null, null, "firewall da prefeitura"));
        return valid("Aracaju", Uf.SE, c);
    }

    static ReadResult saoCristovao() {
        Map<String, ChecklistEntry> c = new HashMap<>();
        c.put("instalacao_pec", e(Status.CONCLUIDO, null, null, null));
        c.put("https", e(Status.PENDENTE_ALTA, d(2026, 11, 10), null, null));
        c.put("dns_govbr", e(Status.PENDENTE_ALTA, d(2026, 10, 1), null, "aguardando resposta da SEDETEC"));
        c.put("contra_chave", e(Status.CONCLUIDO, null, null, null));
        c.put("dump_banco", e(Status.CONCLUIDO, null, null, null));
        c.put("transferencia_servidor", e(Status.CONCLUIDO, null, null, null));
        c.put("login_govbr", e(Status.PENDENTE_BAIXA, null, null, null));
        c.put("prescricao_digital", e(Status.CONCLUIDO, d(2026, 9, 15), null, null));
        return valid("São Cristóvão", Uf.SE, c);
    }

    static ReadResult olinda() {
        Map<String, ChecklistEntry> c = new HashMap<>();
        for (String id : List.of("instalacao_pec", "https", "dns_govbr", "contra_chave", "login_govbr", "rnds",
                "backup_diario", "firewall")) {
            c.put(id, e(Status.CONCLUIDO, null, null, null));
        }
        c.put("dump_banco", e(Status.PENDENTE_ALTA, d(2026, 7, 1), null, null));
        c.put("transferencia_servidor", e(Status.PENDENTE_ALTA, null, null, null));
        c.put("prescricao_digital", e(Status.PENDENTE_ALTA, d(2026, 7, 1), null, null));
        return valid("Olinda", Uf.PE, c);
    }

    /** A file with two errors and a warning: it must be listed apart and left out of every total. */
    static ReadResult invalidFile() {
        Path f = DIR.resolve("feira-de-santana.yaml");
        return new ReadResult(f, null, List.of(
                Problem.error(f, 3, 8, "municipio.uf", "\"XX\" não é uma UF; use a sigla, ex.: BA"),
                Problem.error(f, 12, 3, "checklist.https", "status \"feito\" desconhecido; use concluido, "
                        + "pendente-baixa, pendente-alta ou nao-se-aplica"),
                Problem.warning(f, 20, 1, "contato.telefone", "sem DDD")));
    }

    static List<ReadResult> validFiles() {
        return List.of(santoAmaro(), cachoeira(), aracaju(), saoCristovao(), olinda());
    }

    static List<ReadResult> allFiles() {
        return List.of(santoAmaro(), invalidFile(), cachoeira(), aracaju(), saoCristovao(), olinda());
    }

    /**
     * Sends logs: Santo Amaro sent the ofício on 23/11/2026 while its YAML still says dns_govbr pendente-baixa without
     * date (flag); São Cristóvão sent the ofício on 20/09 and recorded dns_govbr pendente-alta on 01/10 (no flag),
     * sent the ticket on 01/09 and concluded prescrição (no flag), and has one broken line.
     */
    static void writeSentLogs(Path outputDir) throws IOException {
        write(outputDir.resolve("ba-santo-amaro").resolve("envios.jsonl"),
                "{\"quando\":\"2026-11-23T18:30:00-03:00\",\"documento\":\"oficio-dominio\","
                        + "\"para\":[\"dominios@prodeb.ba.gov.br\"],\"cc\":[],\"assunto\":\"Ofício nº 12/2026\","
                        + "\"message_id\":\"<a@b>\",\"anexos\":[{\"arquivo\":\"oficio-dominio.pdf\",\"sha256\":\"ab\"}],"
                        + "\"campo_novo\":{\"x\":1}}\n");
        write(outputDir.resolve("se-sao-cristovao").resolve("envios.jsonl"),
                "{\"quando\":\"2026-09-01T09:00:00-03:00\",\"documento\":\"ticket-prescricao\",\"para\":[\"s@x\"]}\n"
                        + "{\"quando\":\"2026-09-20T10:00:00-03:00\",\"documento\":\"oficio-dominio\",\"para\":[]}\n"
                        + "{\"quando\":\"2026-09-21T10:00:00-03:00\",\"documento\":\n"
                        + "\n"
                        + "{\"quando\":\"2026-09-22T10:00:00-03:00\",\"documento\":\"pop\"}\n");
    }

    /** The matrix of {@code results} as the tracker builds it, on {@code today}. */
    static ChecklistMatrix matrix(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir,
            LocalDate today) {
        return ChecklistTracker.track(results, catalog, versoes(), outputDir, today).matrix();
    }

    /** {@link #matrix(List, ChecklistCatalog, Path, LocalDate)} today. */
    static ChecklistMatrix matrix(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir) {
        return matrix(results, catalog, outputDir, LocalDate.now());
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static ReadResult valid(String nome, Uf uf, Map<String, ChecklistEntry> checklist) {
        Path f = DIR.resolve(br.esus.oficios.model.Slug.of(nome) + ".yaml");
        // A code of its own per name: two files with the same code are the same municipality.
        String ibge = String.format("%07d", Math.floorMod((uf + nome).hashCode(), 10_000_000));
        return valid(nome, uf, VERSAO, checklist);
    }

    /** A valid municipality running PEC {@code versao}. */
    static ReadResult valid(String nome, Uf uf, String versao, Map<String, ChecklistEntry> checklist) {
        Path f = DIR.resolve(br.esus.oficios.model.Slug.of(nome) + ".yaml");
        String ibge = String.format("%07d", Math.floorMod((uf + nome).hashCode(), 10_000_000));
        Instalacao i = new Instalacao(null, null, null, SistemaOperacional.LINUX, VersaoPec.parse(versao), null, false);
        Municipio m = new Municipio(f, new Cidade(nome, uf, ibge), null, null, null, null, i, null, null,
                null, checklist);
        return new ReadResult(f, m, List.of());
    }

    static ChecklistEntry e(Status s, LocalDate data, String responsavel, String observacao) {
        return new ChecklistEntry(s, data, responsavel, observacao);
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
