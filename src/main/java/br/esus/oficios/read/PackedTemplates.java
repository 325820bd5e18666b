package br.esus.oficios.read;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.VersaoPec;
import br.esus.oficios.model.VersaoPublicada;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two YAML templates every command reads, {@code checklist.yaml} and {@code versoes-pec.yaml}, as the program ships
 * them, read when the program is built and kept beside this class in a compact form ({@value #RESOURCE}). A command
 * whose templates are the shipped ones takes the catalog and the table from here instead of parsing the YAML: the
 * first YAML of a run is read by the interpreter, and these two were most of a cold {@code validar} or {@code novo}
 * (60 to 80 ms of 0.3 s). The pack holds the bytes it was made from, and is used only for a file equal to them byte
 * for byte: a coordinator's own templates, or any other version, are parsed as before. Without the pack (classes
 * compiled without Maven's process-classes phase) everything is parsed. Made by {@link #main} in that phase.
 */
public final class PackedTemplates {
    /** The pack, beside this class. */
    static final String RESOURCE = "modelos-lidos.bin";
    /** The first thing in the pack: what it is, and the version of its layout. */
    private static final String LAYOUT = "gerar-oficios: checklist.yaml e versoes-pec.yaml lidos, formato 1";

    /** What the pack holds: each file's bytes, and what its reader made of them. */
    record Pack(byte[] checklistYaml, ChecklistCatalog checklist, byte[] versoesYaml, TabelaVersoesPec versoes) {
    }

    private PackedTemplates() {
    }

    /** The catalog of a {@code checklist.yaml} equal to the shipped one, byte for byte; empty for any other. */
    static Optional<ChecklistCatalog> checklist(byte[] yaml) {
        Pack p = Shipped.PACK;
        return p != null && Arrays.equals(p.checklistYaml(), yaml) ? Optional.of(p.checklist()) : Optional.empty();
    }

    /** The table of a {@code versoes-pec.yaml} equal to the shipped one, byte for byte; empty for any other. */
    static Optional<TabelaVersoesPec> versoes(byte[] yaml) {
        Pack p = Shipped.PACK;
        return p != null && Arrays.equals(p.versoesYaml(), yaml) ? Optional.of(p.versoes()) : Optional.empty();
    }

    /** The class that holds the shipped pack: read the first time a template is read. */
    private static final class Shipped {
        static final Pack PACK = load();
    }

    private static Pack load() {
        try (InputStream in = PackedTemplates.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the shipped templates in {@code classes}/templates with their readers and writes the pack beside this
     * class there. Maven runs it after compiling ({@code pom.xml}, process-classes).
     *
     * @param args the folder of the compiled classes and resources ({@code target/classes})
     * @throws IllegalStateException when a shipped template has an error
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path templates = classes.resolve("templates");
        byte[] checklistYaml = Files.readAllBytes(templates.resolve(ChecklistCatalogReader.ARQUIVO));
        byte[] versoesYaml = Files.readAllBytes(templates.resolve(VersoesPecReader.ARQUIVO));
        List<Problem> problems = new ArrayList<>();
        ChecklistCatalog checklist = new ChecklistCatalogReader().parse(templates.resolve(ChecklistCatalogReader.ARQUIVO),
                checklistYaml, problems);
        TabelaVersoesPec versoes = new VersoesPecReader().parse(templates.resolve(VersoesPecReader.ARQUIVO),
                versoesYaml, problems);
        List<Problem> errors = problems.stream().filter(p -> !p.warning()).toList();
        if (!errors.isEmpty() || checklist == null || versoes == null) {
            throw new IllegalStateException("os modelos que vêm com o programa têm erros: " + errors);
        }
        Path out = classes.resolve(PackedTemplates.class.getPackageName().replace('.', '/')).resolve(RESOURCE);
        Files.write(out, write(new Pack(checklistYaml, checklist, versoesYaml, versoes)));
    }

    static byte[] write(Pack p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(LAYOUT);
            writeBytes(out, p.checklistYaml());
            out.writeInt(p.checklist().itens().size());
            for (ChecklistItem i : p.checklist().itens()) {
                out.writeUTF(i.id());
                out.writeUTF(i.titulo());
                out.writeUTF(i.descricao());
                out.writeUTF(i.referencia());
                out.writeUTF(i.grupo());
                // The pack is made by the same build as the enum: its order is the same.
                out.writeInt(i.prioridade().ordinal());
                out.writeInt(i.validadeDias() == null ? -1 : i.validadeDias());
            }
            writeBytes(out, p.versoesYaml());
            out.writeInt(p.versoes().versoes().size());
            for (VersaoPublicada v : p.versoes().versoes()) {
                out.writeUTF(v.versao().texto());
                out.writeLong(v.publicada().toEpochDay());
                out.writeBoolean(v.nota() != null);
                out.writeUTF(v.nota() == null ? "" : v.nota());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not a pack of this layout */
    static Pack read(byte[] pack) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(pack));
        if (!in.readUTF().equals(LAYOUT)) {
            throw new IOException(RESOURCE + ": formato desconhecido");
        }
        byte[] checklistYaml = readBytes(in);
        List<ChecklistItem> itens = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            String id = in.readUTF();
            String titulo = in.readUTF();
            String descricao = in.readUTF();
            String referencia = in.readUTF();
            String grupo = in.readUTF();
            Status prioridade = Status.values()[in.readInt()];
            int validade = in.readInt();
            itens.add(new ChecklistItem(id, titulo, descricao, referencia, grupo, prioridade,
                    validade < 0 ? null : validade));
        }
        byte[] versoesYaml = readBytes(in);
        List<VersaoPublicada> versoes = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            VersaoPec versao = VersaoPec.parse(in.readUTF());
            LocalDate publicada = LocalDate.ofEpochDay(in.readLong());
            boolean temNota = in.readBoolean();
            String nota = in.readUTF();
            versoes.add(new VersaoPublicada(versao, publicada, temNota ? nota : null));
        }
        return new Pack(checklistYaml, new ChecklistCatalog(itens), versoesYaml, new TabelaVersoesPec(versoes));
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }
}
