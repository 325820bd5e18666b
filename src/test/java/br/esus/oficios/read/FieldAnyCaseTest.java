package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pattern of a choice the reader takes in any case (the UF) names every character {@link String#equalsIgnoreCase}
 * takes for each letter, found without going through all 65,536 characters for ASCII words.
 */
class FieldAnyCaseTest {

    @Test
    void theCandidatesAreEveryCharacterThatFoldsToAnAsciiLetter() {
        for (char l = 'a'; l <= 'z'; l++) {
            String letter = String.valueOf(l);
            StringBuilder everywhere = new StringBuilder();
            for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
                if (String.valueOf((char) c).equalsIgnoreCase(letter)) {
                    everywhere.append((char) c);
                }
            }
            StringBuilder candidates = new StringBuilder();
            Field.ASCII_FOLD_CANDIDATES.chars().sorted()
                    .filter(c -> String.valueOf((char) c).equalsIgnoreCase(letter))
                    .forEach(c -> candidates.append((char) c));
            assertEquals(everywhere.toString(), candidates.toString(), "letra " + letter);
        }
    }

    @Test
    void theUfPatternTakesWhatTheReaderTakes() {
        Pattern p = Pattern.compile(Field.anyCasePattern(List.of("BA", "SE", "PI")));
        assertEquals("^\\s*([Bb][Aa]|[Ss\u017f][Ee]|[Pp][Ii\u0130\u0131])\\s*$", p.pattern());
        for (String ok : List.of("BA", "ba", " Se ", "\u017fe", "p\u0131", "PI")) {
            assertTrue(p.matcher(ok).matches(), ok);
        }
        assertTrue(!p.matcher("BAS").matches());
    }
}
