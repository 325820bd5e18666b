package br.esus.oficios.render;

import java.util.regex.Pattern;

/**
 * Quoting a value for a command line: left bare when it has only characters no shell reads specially, otherwise in
 * single quotes (bash: {@code '} written as {@code '\''}; PowerShell: doubled).
 */
final class ShellQuote {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.@%+=:,/-]+");
    private static final Pattern SAFE_PS = Pattern.compile("[A-Za-z0-9_.%+=:\\\\/-]+");

    private ShellQuote() {
    }

    static String bash(String s) {
        return SAFE.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    static String powershell(String s) {
        return SAFE_PS.matcher(s).matches() ? s : "'" + s.replace("'", "''") + "'";
    }

    static String of(String s, boolean windows) {
        return windows ? powershell(s) : bash(s);
    }
}
