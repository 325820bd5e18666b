package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void emojiMarksTakeTwoColumns() {
        assertEquals(2, DisplayWidth.of("✅"));
        assertEquals(2, DisplayWidth.of("⏸️"), "U+23F8 + VS16: emoji presentation");
        assertEquals(2, DisplayWidth.of("🚩"));
        assertEquals(2, DisplayWidth.of("➖"));
        assertEquals(2, DisplayWidth.of("⚠️"));
    }

    @Test
    void accentsTakeOneColumnComposedOrNot() {
        assertEquals(13, DisplayWidth.of("São Cristóvão"));
        assertEquals(3, DisplayWidth.of("Sa\u0303o"));
        assertEquals(1, DisplayWidth.of("—"));
    }

    @Test
    void paddingUsesColumnsNotChars() {
        assertEquals("⏸️  ", DisplayWidth.padRight("⏸️", 4));
        assertEquals("  🚩", DisplayWidth.padLeft("🚩", 4));
    }
}
