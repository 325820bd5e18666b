package br.esus.oficios.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong with a file, in Portuguese: the JDK's messages ("Not a directory") are English, name its exception
 * classes, and for a file written through a temporary one ({@link AtomicFiles}) name the temporary file too.
 * The system's own text ({@code strerror}) may come in English or, on a system in Portuguese, translated: both are
 * recognised.
 */
public final class IoMessages {
    /** The remedy for {@code gerar}, whose output folder is {@code -o}. */
    private static final String OTHER_FOLDER = "escolha outra pasta com -o";

    private IoMessages() {
    }

    /** The file the exception names, if any, then what went wrong. */
    public static String of(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        return (file == null ? "" : file + ": ") + reason(e);
    }

    /** What went wrong reading a file, without the path, in Portuguese whatever the system's language. */
    public static String readReason(IOException e) {
        String msg = systemText(e);
        if (e instanceof AccessDeniedException || has(msg, "Permission denied", "Operation not permitted",
                "Permissão negada", "Operação não permitida", "Access is denied")) {
            return "sem permissão de leitura; confira as permissões";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "o arquivo não existe";
        }
        if (has(msg, "Is a directory", "É um diretório", "É um directório")) {
            return "é uma pasta, não um arquivo";
        }
        return "erro de leitura do disco; confira o arquivo e as permissões";
    }

    /** What went wrong, without the path (for a message that already names the file), for {@code gerar}. */
    public static String reason(IOException e) {
        return reason(e, OTHER_FOLDER);
    }

    /**
     * What went wrong, without the path.
     *
     * @param elsewhere how to write somewhere else instead, as the command says it (e.g. "escolha outro arquivo com
     *        --saida")
     */
    public static String reason(IOException e, String elsewhere) {
        String msg = systemText(e);
        if (e instanceof AccessDeniedException || has(msg, "Permission denied", "Operation not permitted",
                "Permissão negada", "Operação não permitida", "Access is denied")) {
            return "sem permissão de escrita; " + elsewhere + " ou confira as permissões";
        }
        if (diskFull(e)) {
            return "disco cheio; libere espaço e rode de novo";
        }
        if (readOnlyDisk(e)) {
            return "o disco está somente para leitura; " + elsewhere;
        }
        if (e instanceof AtomicFiles.IsDirectoryException || e instanceof DirectoryNotEmptyException
                || has(msg, "Is a directory", "É um diretório", "É um directório")) {
            return "há uma pasta com esse nome; apague-a ou " + elsewhere;
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || has(msg, "Not a directory", "Não é um diretório", "Não é um directório")) {
            return "no caminho há um arquivo onde deveria haver uma pasta; " + elsewhere;
        }
        if (e instanceof NoSuchFileException || has(msg, "No such file or directory",
                "Arquivo ou diretório inexistente", "Ficheiro ou pasta inexistente")) {
            return "pasta ou arquivo não encontrado";
        }
        if (has(msg, "File name too long", "Nome de arquivo muito longo")) {
            return "nome de arquivo longo demais para o sistema; " + elsewhere;
        }
        if (has(msg, "Too many open files", "Muitos arquivos abertos")) {
            return "arquivos abertos demais ao mesmo tempo; rode de novo";
        }
        if (has(msg, "Input/output error", "Erro de entrada/saída")) {
            return "erro do disco ao gravar (o disco ou o pendrive pode ter sido removido ou estar com defeito)";
        }
        return msg == null || msg.isBlank() ? "erro de gravação" : "erro de gravação (" + msg + ")";
    }

    /** No space left on the disk (or the user's quota is used up): no other file of the run will fit either. */
    public static boolean diskFull(IOException e) {
        return has(systemText(e), "No space left on device", "Disk quota exceeded",
                "There is not enough space on the disk", "Não há espaço disponível no dispositivo",
                "Não há espaço livre no dispositivo", "Quota de disco excedida", "Cota de disco excedida");
    }

    /** The file system is mounted read-only: no other file of the run can be written either. */
    public static boolean readOnlyDisk(IOException e) {
        return has(systemText(e), "Read-only file system", "Sistema de arquivos somente para leitura",
                "Sistema de ficheiros só de leitura");
    }

    /**
     * The system's text without the file names that {@link FileSystemException#getMessage()} puts before it (for a
     * rename, the temporary file's name too).
     */
    private static String systemText(IOException e) {
        if (e instanceof FileSystemException f) {
            return f.getReason();
        }
        return e.getMessage();
    }

    private static boolean has(String msg, String... texts) {
        if (msg == null) {
            return false;
        }
        String lower = msg.toLowerCase(Locale.ROOT);
        for (String t : texts) {
            if (lower.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
