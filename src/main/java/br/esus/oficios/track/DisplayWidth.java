package br.esus.oficios.track;

/**
 * How many terminal columns a string takes: emoji and East Asian wide characters take two, combining marks,
 * variation selectors and joiners none, and a character followed by U+FE0F (emoji presentation, as in ⏸️) two.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String s) {
        int width = 0;
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (zero(cp)) {
                continue;
            }
            if (i > 0 && cps[i - 1] == 0x200D) {
                continue; // joined to the previous emoji (ZWJ sequence)
            }
            boolean emojiPresentation = i + 1 < cps.length && cps[i + 1] == 0xFE0F;
            width += wide(cp) || emojiPresentation ? 2 : 1;
        }
        return width;
    }

    /** {@code s} followed by spaces up to {@code width} columns. */
    static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }

    /** Spaces, then {@code s}, up to {@code width} columns. */
    static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - of(s))) + s;
    }

    private static boolean zero(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D
                || (cp >= 0x1F3FB && cp <= 0x1F3FF); // skin tones modify the previous emoji
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F680 && cp <= 0x1F6FF)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x1F1E6 && cp <= 0x1F1FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD)
                || emojiPresentationBmp(cp);
    }

    /** BMP characters whose default presentation is emoji (Unicode Emoji_Presentation=Yes). */
    private static boolean emojiPresentationBmp(int cp) {
        return cp == 0x231A || cp == 0x231B || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3
                || cp == 0x25FD || cp == 0x25FE || cp == 0x2614 || cp == 0x2615 || (cp >= 0x2648 && cp <= 0x2653)
                || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || cp == 0x26AA || cp == 0x26AB || cp == 0x26BD
                || cp == 0x26BE || cp == 0x26C4 || cp == 0x26C5 || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA
                || cp == 0x26F2 || cp == 0x26F3 || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD || cp == 0x2705
                || cp == 0x270A || cp == 0x270B || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0
                || cp == 0x27BF || cp == 0x2B1B || cp == 0x2B1C || cp == 0x2B50 || cp == 0x2B55;
    }
}
