package br.esus.oficios.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file, in Portuguese: the JDK's messages ("Not a directory") are English. */
public final class IoMessages {
    private IoMessages() {
    }

    public static String of(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        return (file == null ? "" : file + ": ") + reason(e);
    }

    /** What went wrong, without the path (for a message that already names the file). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "sem permissão de escrita; escolha outra pasta com -o ou confira as permissões";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || String.valueOf(e.getMessage()).contains("Not a directory")) {
            return "no caminho há um arquivo onde deveria haver uma pasta; escolha outra pasta com -o";
        }
        if (e instanceof NoSuchFileException) {
            return "pasta ou arquivo não encontrado";
        }
        if (e instanceof DirectoryNotEmptyException || String.valueOf(e.getMessage()).contains("Is a directory")) {
            return "há uma pasta com esse nome; apague-a ou escolha outra pasta com -o";
        }
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left")) {
            return "disco cheio; libere espaço e gere de novo";
        }
        if (msg.contains("Read-only file system")) {
            return "o disco está somente para leitura; escolha outra pasta com -o";
        }
        return "erro de gravação (" + msg + ")";
    }
}
