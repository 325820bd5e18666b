package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.Shell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long command lines broken with the shell's own continuation, so that a copied line is a whole command line. */
class ShellLinesTest {

    private static String bash(int columns, String code) {
        return new ShellLines(Shell.BASH, columns).wrap(code);
    }

    private static String powershell(int columns, String code) {
        return new ShellLines(Shell.POWERSHELL, columns).wrap(code);
    }

    @Test
    void aBashCommandBreaksBeforeAnOptionWithABackslashAndGoesOnTwoSpacesIn() {
        assertEquals("""
                pg_restore -h localhost -p 5433 -U postgres -d esus --clean \\
                  --if-exists -v esus-ba-santo-amaro-2026-12-06.backup""",
                bash(72, "pg_restore -h localhost -p 5433 -U postgres -d esus --clean --if-exists -v "
                        + "esus-ba-santo-amaro-2026-12-06.backup"));
    }

    @Test
    void aPipeOrAnAndStartsTheContinuationLine() {
        assertEquals("""
                gunzip -c esus-ba-santo-amaro-2026-12-06.sql.gz \\
                  | psql -h localhost -p 5433 -U postgres -d esus""",
                bash(60, "gunzip -c esus-ba-santo-amaro-2026-12-06.sql.gz | psql -h localhost -p 5433 -U postgres -d esus"));
        assertEquals("""
                mkdir -p backup-esus-ba-santo-amaro \\
                  && cd backup-esus-ba-santo-amaro""",
                bash(50, "mkdir -p backup-esus-ba-santo-amaro && cd backup-esus-ba-santo-amaro"));
    }

    @Test
    void anOptionStaysWithItsValueAndARedirectionWithItsFile() {
        String out = bash(40, "pg_dump -h localhost -p 5433 -U postgres -F p -f esus-2026-12-06.sql esus > log.txt");
        assertEquals("""
                pg_dump -h localhost -p 5433 \\
                  -U postgres -F p \\
                  -f esus-2026-12-06.sql esus > log.txt""", out);
    }

    @Test
    void linesThatFitBlankLinesAndContinuedLinesAreKept() {
        String code = "sudo systemctl stop e-SUS-PEC\n\n" + "x".repeat(30) + " \\\n  " + "y ".repeat(40).strip()
                + "\n";
        String wrapped = bash(40, code);
        String[] lines = wrapped.split("\n", -1);
        assertEquals("sudo systemctl stop e-SUS-PEC", lines[0]);
        assertEquals("", lines[1]);
        assertEquals("x".repeat(30) + " \\", lines[2]);
        assertTrue(lines[3].startsWith("  y y"), wrapped); // a continuation line that is too long is broken too
        assertTrue(lines[3].endsWith(" \\"), wrapped);
        assertEquals("", lines[lines.length - 1]);
        String fits = "echo " + "a".repeat(67);
        assertEquals(fits, bash(72, fits));
    }

    @Test
    void aLongCommentBecomesSeveralCommentLinesAndNeverAContinuation() {
        assertEquals("  # Pare o serviço antes da cópia, para\n  # que ninguém grave dados no banco\n"
                + "  # enquanto ela é feita.",
                bash(42, "  # Pare o serviço antes da cópia, para que ninguém grave dados no banco enquanto ela é feita."));
    }

    @Test
    void aCommentAfterACommandGoesBelowItWhenTheLineIsTooLong() {
        assertEquals("""
                $pg = "C:\\CAMINHO\\DO\\POSTGRESQL\\bin"
                # troque pela pasta bin do PostgreSQL do PEC""",
                powershell(72, "$pg = \"C:\\CAMINHO\\DO\\POSTGRESQL\\bin\"   # troque pela pasta bin do PostgreSQL do PEC"));
        assertEquals("""
                mkdir -p backup-esus && cd backup-esus
                # cria a pasta de trabalho""",
                bash(50, "mkdir -p backup-esus && cd backup-esus   # cria a pasta de trabalho"));
    }

    @Test
    void aBashWordLongerThanALineIsCutWithABackslashAndGoesOnAtColumnZero() {
        String path = "/opt/e-SUS/webserver/standalone/configuration/application.properties";
        assertEquals("cp \\\n  /opt/e-SUS/webserver/standalone/configu\\\nration/application.properties /tmp/x",
                bash(42, "cp " + path + " /tmp/x"));
        // inside double quotes the backslash-newline goes away as well; inside single quotes the quote is closed
        assertEquals("echo \\\n  \"uma frase longa demais para uma \\\nlinha só\"", bash(36, "echo \"uma frase longa demais para uma linha só\""));
        assertEquals("echo \\\n  'uma frase longa demais para uma'\\\n' linha só'", bash(36, "echo 'uma frase longa demais para uma linha só'"));
    }

    @Test
    void aPowerShellCommandBreaksWithABacktickAsTheLastCharacterAndGoesOnFourSpacesIn() {
        String out = powershell(72, "& \"$pg\\pg_restore.exe\" -h localhost -p 5433 -U postgres -d esus --clean "
                + "--if-exists -v esus-se-itabaiana-2026-12-06.backup");
        assertEquals("""
                & "$pg\\pg_restore.exe" -h localhost -p 5433 -U postgres -d esus `
                    --clean --if-exists -v esus-se-itabaiana-2026-12-06.backup""", out);
    }

    @Test
    void powerShellNeverBreaksInsideQuotesOrBracketsAndLeavesALongWordWhole() {
        String quoted = "Write-Output \"texto com muitos espaços que não pode ser quebrado\" (Get-Date -Format yyyy-MM-dd)";
        assertEquals("""
                Write-Output "texto com muitos espaços que não pode ser quebrado" `
                    (Get-Date -Format yyyy-MM-dd)""", powershell(72, quoted));
        String word = "C:\\" + "pasta\\".repeat(15) + "arquivo.txt";
        assertEquals("Copy-Item `\n    " + word + " `\n    D:\\", powershell(40, "Copy-Item " + word + " D:\\"));
    }

    @Test
    void hereDocumentsHereStringsAndOpenQuotesAreText() {
        String long1 = "uma linha de dados longa demais que não é um comando e não pode ganhar barra";
        String heredoc = "cat <<-'FIM' > nota.txt\n" + long1 + "\n\tFIM\necho " + "a ".repeat(30).strip();
        String wrapped = bash(40, heredoc);
        assertTrue(wrapped.startsWith("cat <<-'FIM' > nota.txt\n" + long1 + "\n\tFIM\necho a a"), wrapped);
        assertTrue(wrapped.split("\n")[3].endsWith(" \\"), wrapped); // the command after it is broken again
        String multiline = "echo \"começa aqui\n" + long1 + "\nacaba\"";
        assertEquals(multiline, bash(40, multiline));
        String hereString = "$texto = @\"\n" + long1 + "\n\"@\nWrite-Output $texto";
        assertEquals(hereString, powershell(40, hereString));
        String ps = "Copy-Item " + long1.replace(' ', '-') + " `\n    -Force";
        assertEquals(ps, powershell(72, ps));
    }

    @Test
    void otherLanguagesAreLeftAsTheyAre() {
        assertTrue(ShellLines.forLanguage("properties", 40).isEmpty());
        assertTrue(ShellLines.forLanguage("", 40).isEmpty());
        assertTrue(ShellLines.forLanguage("Bash", 40).isPresent());
        assertTrue(ShellLines.forLanguage("sh", 40).isPresent());
        assertTrue(ShellLines.forLanguage("ps1", 40).isPresent());
        assertTrue(ShellLines.forLanguage("pwsh", 40).isPresent());
    }

    @Test
    void theTreeGetsTheBrokenLinesNarrowerInsideLists() throws Exception {
        String cmd = "pg_restore -h localhost -p 5433 -U postgres -d esus --clean --if-exists -v "
                + "esus-ba-santo-amaro-2026-12-06.backup";
        String md = "```bash\n" + cmd + "\n```\n\n1. Restaure:\n\n   ```bash\n   " + cmd + "\n   ```\n\n"
                + "   1. Dentro:\n\n      ```bash\n      " + cmd + "\n      ```\n\n```text\n" + cmd + "\n```\n";
        Doc doc = new MarkdownToDoc().parse(md, MarkdownToDocTest.META);
        Block.CodeBlock top = (Block.CodeBlock) doc.blocks().get(0);
        Block.ListBlock list = (Block.ListBlock) doc.blocks().get(1);
        Block.CodeBlock one = (Block.CodeBlock) list.items().get(0).blocks().get(1);
        Block.ListBlock inner = (Block.ListBlock) list.items().get(0).blocks().get(2);
        Block.CodeBlock two = (Block.CodeBlock) inner.items().get(0).blocks().get(1);
        Block.CodeBlock text = (Block.CodeBlock) doc.blocks().get(2);
        for (Block.CodeBlock c : List.of(top, one, two)) {
            assertTrue(c.text().contains(" \\\n  "), c.text());
        }
        assertTrue(top.text().lines().allMatch(l -> l.length() <= CodeColumns.at(0, 0)), top.text());
        assertTrue(one.text().lines().allMatch(l -> l.length() <= CodeColumns.at(1, 0)), one.text());
        assertTrue(two.text().lines().allMatch(l -> l.length() <= CodeColumns.at(2, 0)), two.text());
        assertEquals(cmd, text.text());
    }

    @Test
    void theColumnsShrinkWithEachListAndQuotation() {
        assertEquals(77, CodeColumns.at(0, 0));
        assertEquals(72, CodeColumns.at(1, 0));
        assertEquals(68, CodeColumns.at(2, 0));
        assertEquals(63, CodeColumns.at(3, 0));
        assertEquals(64, CodeColumns.at(0, 1));
        assertEquals(30, CodeColumns.at(20, 0));
    }
}
