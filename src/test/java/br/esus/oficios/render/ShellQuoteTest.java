package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShellQuoteTest {

    @Test
    void safeValuesStayBareTheOthersAreQuotedForTheirShell() {
        assertEquals("/opt/e-SUS", ShellQuote.bash("/opt/e-SUS"));
        assertEquals("'esus prod'", ShellQuote.bash("esus prod"));
        assertEquals("'d'\\''Oeste'", ShellQuote.bash("d'Oeste"));
        assertEquals("C:\\e-SUS", ShellQuote.powershell("C:\\e-SUS"));
        assertEquals("'C:\\Program Files\\e-SUS'", ShellQuote.powershell("C:\\Program Files\\e-SUS"));
    }

    @Test
    void powershellDoublesTheTypographicSingleQuotesItAlsoReadsAsQuotes() {
        assertEquals("'Olho d’’Água d''Oeste'", ShellQuote.powershell("Olho d’Água d'Oeste"));
        assertEquals("'a‘‘b‚‚c‛‛'", ShellQuote.powershell("a‘b‚c‛"));
    }
}
