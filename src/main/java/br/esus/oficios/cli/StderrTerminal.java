package br.esus.oficios.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Wincon;
import com.sun.jna.ptr.IntByReference;
import java.util.Locale;

/**
 * Whether standard error is a terminal, asked of the system itself: {@link System#console()} only looks at standard
 * input and output, so with {@code 2> arquivo} a progress bar would fill the file. On Windows, the console mode of
 * the standard error handle (a file or a pipe has none); elsewhere, {@code isatty(2)} from the C library. JNA is
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
        try {
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
                WinNT.HANDLE err = Kernel32.INSTANCE.GetStdHandle(Wincon.STD_ERROR_HANDLE);
                return Kernel32.INSTANCE.GetConsoleMode(err, new IntByReference());
            }
            return Native.load("c", CLibrary.class).isatty(2) == 1;
        } catch (LinkageError | RuntimeException e) {
            return true;
        }
    }
}
