package br.esus.oficios.render;

import java.util.regex.Pattern;

/**
 * Quoting a value for a command line: left bare when it has only characters no shell reads specially, otherwise in
 * single quotes (bash: {@code '} written as {@code '\''}; PowerShell: doubled, the typographic ones too).
 */
final class ShellQuote {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.@%+=:,/-]+");
    private static final Pattern SAFE_PS = Pattern.compile("[A-Za-z0-9_.%+=:\\\\/-]+");

    private ShellQuote() {
    }

    static String bash(String s) {
        return SAFE.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** PowerShell takes the typographic single quotes (‘ ’ ‚ ‛) for quotes too: each is doubled like {@code '}. */
    static String powershell(String s) {
        if (SAFE_PS.matcher(s).matches()) {
            return s;
        }
        return "'" + s.replaceAll("(['\u2018\u2019\u201A\u201B])", "$1$1") + "'";
    }

    static String of(String s, boolean windows) {
        return windows ? powershell(s) : bash(s);
    }
}
