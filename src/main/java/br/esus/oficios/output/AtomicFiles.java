package br.esus.oficios.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a half-written file: the
 * bytes go to a temporary file in the same folder, which is then renamed over the target.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /** The target is a folder: nothing is written (renaming a file over a folder would fail anyway). */
    public static final class IsDirectoryException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        IsDirectoryException(Path target) {
            super(target.toString(), null, "Is a directory");
        }
    }

    /** What to write, streamed (a large spreadsheet, say). */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * @param ownerOnly on POSIX systems the file gets mode 0600 (for files holding secrets) before any byte is written
     */
    public static void write(Path target, byte[] data, boolean ownerOnly) throws IOException {
        write(target, out -> out.write(data), ownerOnly);
    }

    /** Like {@link #write(Path, byte[], boolean)}, with the content streamed by {@code body}. */
    public static void write(Path target, Body body, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IsDirectoryException(target);
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            if (ownerOnly && isPosix(dir)) {
                Files.setPosixFilePermissions(tmp, OWNER_ONLY);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch))) {
                body.write(out);
                out.flush();
                ch.force(true);
            }
            if (!ownerOnly && isPosix(dir)) {
                // createTempFile makes 0600 files; ordinary documents get the usual rw-r--r--.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean isPosix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
