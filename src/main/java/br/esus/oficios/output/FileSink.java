package br.esus.oficios.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the batch writes each file: {@link #ATOMIC} in the program; a test puts in its place a disk that fills up.
 */
@FunctionalInterface
public interface FileSink {
    /** {@link AtomicFiles#write(Path, byte[], boolean)}: the whole file or nothing. */
    FileSink ATOMIC = AtomicFiles::write;

    /**
     * @param ownerOnly the file holds a secret: on POSIX systems it gets mode 0600
     */
    void write(Path target, byte[] data, boolean ownerOnly) throws IOException;
}
