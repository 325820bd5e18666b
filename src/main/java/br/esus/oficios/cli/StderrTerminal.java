package br.esus.oficios.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Wincon;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether standard error is a terminal, asked of the system itself: {@link System#console()} only looks at standard
 * input and output, so with {@code 2> arquivo} a progress bar would fill the file. On Windows, the console mode of
 * the standard error handle (a file or a pipe has none); on Linux, where {@code /proc/self/fd/2} points; elsewhere
 * (macOS), {@code isatty(2)} from the C library. JNA is
 * already in the program (directory-watcher, and the DNS lookup of {@code conferir} on Windows), and this runs only
 * before a batch's bar, never in a short command. When the system cannot be asked, the answer is yes, as stdout's.
 */
final class StderrTerminal {
    private StderrTerminal() {
    }

    /** The C library's {@code isatty}. */
    interface CLibrary extends Library {
        int isatty(int fd);
    }

    static boolean check() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            // Linux says it without loading JNA: where the descriptor points.
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
                        || target.startsWith("/dev/console");
            } catch (IOException | SecurityException e) {
                return true;
            }
        }
        try {
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
                WinNT.HANDLE err = Kernel32.INSTANCE.GetStdHandle(Wincon.STD_ERROR_HANDLE);
                return Kernel32.INSTANCE.GetConsoleMode(err, new IntByReference());
            }
            return isatty();
        } catch (LinkageError | RuntimeException e) {
            return true;
        }
    }

    /** {@code isatty(2)} of the C library (macOS; Linux answers through /proc above). */
    static boolean isatty() {
        return Native.load("c", CLibrary.class).isatty(2) == 1;
    }
}
