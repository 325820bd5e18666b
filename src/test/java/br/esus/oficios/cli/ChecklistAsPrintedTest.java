package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.write.PdfPages;
import br.esus.oficios.write.PdfPages.Glyph;
import br.esus.oficios.write.PdfPages.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checklist PDF read as a person reads it on paper, for the two examples and for a municipality with long names
 * and long observations: a name of three words in Responsável on at most two lines, observations in lines of words,
 * the counts in words that agree with the numbers, the legend's box on the line of "conferido na visita"; and the
 * telephone written one way ("(79) 3431-5500" in Itabaiana's footer, typed "+55 79 3431-5500").
 */
class ChecklistAsPrintedTest {

    /** Names of three words in the municipality made for this test, the longest of them "Francisco Wanderley Albuquerque". */
    private static final List<String> LONG_NAMES = List.of("Maria Aparecida Conceição", "Francisco Wanderley Albuquerque",
            "Maria das Graças Figueiredo", "Ana Beatriz Cavalcanti", "Rafael Nunes Teixeira");
    private static final String LONG_OBSERVATION = "migração do servidor antigo (Windows Server 2012) para Linux Ubuntu"
            + " 24.04, com o banco transferido por cópia conferida e o servidor antigo guardado por trinta dias";

    @TempDir
    static Path examples;
    @TempDir
    static Path longNames;

    @BeforeAll
    static void generate() throws IOException {
        CliRun.copyExamples(examples);
        CliRun run = CliRun.run(examples, Map.of("GOVBR_CLIENT_SECRET", "x", "GOVBR_CLIENT_SECRET_ITABAIANA", "y"),
                "gerar", "-f", "pdf");
        assertEquals(0, run.exit(), run.toString());

        String yaml = Files.readString(Path.of("municipios/ba-santo-amaro.yaml"), StandardCharsets.UTF_8);
        String checklist = String.join("\n",
                "checklist:",
                "  cenario: {status: concluido, data: 2026-10-20, observacao: \"" + LONG_OBSERVATION + "\"}",
                "  ambiente: {status: concluido, data: 2026-10-27, responsavel: Maria Aparecida Conceição}",
                "  perfil_instalador: {status: concluido, responsavel: Francisco Wanderley Albuquerque}",
                "  instalacao: {status: concluido, data: 2026-10-30, responsavel: Maria das Graças Figueiredo}",
                "  contra_chave: {status: concluido, data: 2026-11-01, responsavel: João Carlos Pereira dos Santos"
                        + " Filho, observacao: \"gerada no e-Gestor AB com o perfil de instalador do município\"}",
                "  credenciais_instalador: {status: concluido, responsavel: Rafael Nunes Teixeira}",
                "  dns_govbr: {status: pendente-alta, responsavel: Ana Beatriz Cavalcanti, observacao: \"aguardando"
                        + " resposta ao ofício nº 12 enviado pelo Protocolo Externo da Secretaria de Estado\"}",
                "  agenda_online: nao-se-aplica", "");
        Files.createDirectories(longNames.resolve("municipios"));
        Files.writeString(longNames.resolve("municipios/ba-santo-amaro.yaml"),
                yaml.substring(0, yaml.indexOf("\nchecklist:") + 1) + checklist, StandardCharsets.UTF_8);
        run = CliRun.run(longNames, Map.of("GOVBR_CLIENT_SECRET", "x"), "gerar", "-f", "pdf");
        assertEquals(0, run.exit(), run.toString());
    }

    private static Path pdf(Path cwd, String folder, String document) {
        return cwd.resolve("output").resolve(folder).resolve(document + ".pdf");
    }

    /** A word as drawn: its text (without spaces), where it starts, and its line (the bottom of its glyphs). */
    record Word(String text, int page, double x, double top, double bottom) {
    }

    /** The words of the document in the order they are drawn (a table's cells one after the other). */
    private static List<Word> words(Path pdf) throws IOException {
        List<Word> out = new ArrayList<>();
        for (Page page : PdfPages.read(pdf)) {
            StringBuilder text = new StringBuilder();
            Glyph first = null;
            Glyph last = null;
            for (Glyph g : page.glyphs()) {
                boolean apart = last != null && (Math.abs(g.bottom() - last.bottom()) > 1
                        || g.x() > last.x() + last.width() + 1 || g.x() < last.x());
                boolean space = g.text().isBlank(); // a space, or a no-break space
                if ((apart || space) && first != null) {
                    out.add(new Word(text.toString(), page.number(), first.x(), first.top(), first.bottom()));
                    text.setLength(0);
                    first = null;
                }
                last = g;
                if (!space) {
                    first = first == null ? g : first;
                    text.append(g.text());
                }
            }
            if (first != null) {
                out.add(new Word(text.toString(), page.number(), first.x(), first.top(), first.bottom()));
            }
        }
        return out;
    }

    /**
     * For each occurrence of {@code text}'s words drawn one after the other, the line (page and bottom, rounded) of
     * each word, in order.
     */
    private static List<List<String>> wordLines(List<Word> words, String text) {
        String[] w = text.split(" ");
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i + w.length <= words.size(); i++) {
            boolean match = true;
            for (int j = 0; j < w.length && match; j++) {
                match = words.get(i + j).text().equals(w[j]);
            }
            if (match) {
                List<String> lines = new ArrayList<>();
                for (int j = 0; j < w.length; j++) {
                    lines.add(words.get(i + j).page() + ":" + Math.round(words.get(i + j).bottom()));
                }
                out.add(lines);
            }
        }
        return out;
    }

    /** The distinct lines of each occurrence of {@code text}. */
    private static List<Set<String>> linesOf(List<Word> words, String text) {
        return wordLines(words, text).stream().map(l -> (Set<String>) new LinkedHashSet<>(l)).toList();
    }

    @Test
    void aNameOfThreeWordsInResponsavelTakesAtMostTwoLines() throws IOException {
        Map<Path, List<String>> names = Map.of(
                pdf(examples, "se-itabaiana", "checklist"), List.of("Juliana Prado Andrade"),
                pdf(examples, "ba-santo-amaro", "checklist"), List.of("Rafael Nunes Teixeira"),
                pdf(longNames, "ba-santo-amaro", "checklist"), LONG_NAMES);
        names.forEach((pdf, list) -> {
            try {
                List<Word> words = words(pdf);
                for (String name : list) {
                    List<Set<String>> found = linesOf(words, name);
                    assertFalse(found.isEmpty(), pdf + ": " + name + " não está no PDF");
                    for (Set<String> lines : found) {
                        assertTrue(lines.size() <= 2, pdf + ": " + name + " em " + lines.size() + " linhas");
                    }
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void observationsReadAsLinesNotAsAColumnOfWords() throws IOException {
        List<Word> words = words(pdf(longNames, "ba-santo-amaro", "checklist"));
        for (String obs : List.of(LONG_OBSERVATION, "gerada no e-Gestor AB com o perfil de instalador do município",
                "aguardando resposta ao ofício nº 12 enviado pelo Protocolo Externo da Secretaria de Estado")) {
            List<List<String>> found = wordLines(words, obs);
            assertEquals(1, found.size(), obs);
            List<String> lines = found.get(0);
            List<String> distinct = List.copyOf(new LinkedHashSet<>(lines));
            // Beside names of three long words, which take their two lines first, the lines hold more than two words
            // on average, and at most one line (besides the last) a word alone, a long one ("aguardando").
            long alone = distinct.subList(0, distinct.size() - 1).stream()
                    .filter(line -> lines.stream().filter(line::equals).count() == 1).count();
            assertTrue(alone <= 1, alone + " linhas de uma palavra só em: " + obs);
            assertTrue(lines.size() >= 2.2 * distinct.size(), distinct.size() + " linhas para " + lines.size()
                    + " palavras: " + obs + " " + lines);
        }
        List<Set<String>> itabaiana = linesOf(words(pdf(examples, "se-itabaiana", "checklist")),
                "atualização de versão no mesmo servidor");
        assertEquals(1, itabaiana.size());
        assertEquals(2, itabaiana.get(0).size(), "6 palavras em duas linhas, não uma ou duas palavras por linha");
    }

    @Test
    void theCountsAreInWordsThatAgreeWithTheNumbers() throws IOException {
        String itabaiana = PdfPages.normal(PdfPages.read(pdf(examples, "se-itabaiana", "checklist")).get(0).text());
        assertTrue(itabaiana.contains(PdfPages.normal("8 concluídos, 8 pendentes de alta prioridade, 5 pendentes de"
                + " baixa prioridade e 2 que não se aplicam, de 23 itens.")), itabaiana);
        String santoAmaro = PdfPages.normal(PdfPages.read(pdf(examples, "ba-santo-amaro", "checklist")).get(0).text());
        assertTrue(santoAmaro.contains(PdfPages.normal("9 concluídos, 7 pendentes de alta prioridade, 6 pendentes de"
                + " baixa prioridade e 1 que não se aplica, de 23 itens.")), santoAmaro);
        for (String text : List.of(itabaiana, santoAmaro)) {
            assertFalse(text.contains("(s)") || text.contains("(m)"), text);
        }
    }

    /**
     * The legend's box is drawn on the line of "conferido na visita", just before it: the pixels left of "conferido"
     * on its line are the box's border (when the box ended the line above, there was only the margin there).
     */
    @Test
    void theLegendsBoxIsOnTheLineOfItsWords() throws IOException {
        for (Path pdf : List.of(pdf(examples, "se-itabaiana", "checklist"), pdf(examples, "ba-santo-amaro", "checklist"),
                pdf(longNames, "ba-santo-amaro", "checklist"))) {
            List<Word> words = words(pdf);
            Word conferido = words.stream().filter(w -> w.text().equals("conferido")).findFirst().orElseThrow();
            assertEquals("na", words.get(words.indexOf(conferido) + 1).text());
            assertEquals(conferido.bottom(), words.get(words.indexOf(conferido) + 2).bottom(), 0.5,
                    "conferido na visita numa linha só");
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                float scale = 4;
                BufferedImage img = new PDFRenderer(d).renderImage(conferido.page() - 1, scale);
                int dark = 0;
                for (int x = (int) ((conferido.x() - 14) * scale); x < (conferido.x() - 1) * scale; x++) {
                    for (int y = (int) (conferido.top() * scale); y < conferido.bottom() * scale; y++) {
                        int rgb = img.getRGB(x, y);
                        int lum = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                        dark += lum < 100 ? 1 : 0;
                    }
                }
                assertTrue(dark > 40, pdf + ": a caixa não está antes de 'conferido' na mesma linha (" + dark
                        + " pixels escuros)");
            }
        }
    }

    @Test
    void theTelephoneIsWrittenOneWayInTheFooter() throws IOException {
        // municipios/se-itabaiana.yaml types the secretaria's telephone "+55 79 3431-5500".
        for (String document : List.of("oficio-dominio", "pop")) {
            List<Page> pages = PdfPages.read(pdf(examples, "se-itabaiana", document));
            for (Page page : pages) {
                String text = page.sortedText();
                assertTrue(PdfPages.normal(text).contains("(79)3431-5500·saude@itabaiana.se.gov.br"),
                        document + ", página " + page.number() + ":\n" + text);
                assertFalse(text.contains("+55"), document + ", página " + page.number());
            }
        }
    }
}
