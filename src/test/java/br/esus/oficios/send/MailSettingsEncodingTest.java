package br.esus.oficios.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gerar-oficios.yaml} is checked for its encoding and its characters as the municipality files are. */
class MailSettingsEncodingTest {
    private static final String CONFIG = """
            smtp:
              servidor: smtp.santoamaro.ba.gov.br
              porta: 587
              remetente: {email: saude@santoamaro.ba.gov.br, nome: Secretaria de Saúde}
            """;

    @TempDir
    Path dir;

    private List<String> problems(byte[] bytes) throws Exception {
        Path f = Files.write(dir.resolve("gerar-oficios.yaml"), bytes);
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(f, Path.of("gerar-oficios.yaml"), MailOverrides.none()));
        return e.lines();
    }

    @Test
    void aFileSavedAsWindows1252NamesTheByte() throws Exception {
        assertEquals(List.of("gerar-oficios.yaml:4:72: o arquivo não está em UTF-8: byte inválido 0xFA (em "
                + "Windows-1252 seria \"ú\"); salve-o como UTF-8 (no Bloco de Notas: Arquivo > Salvar como > "
                + "Codificação: UTF-8)"), problems(CONFIG.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void aFileSavedAsUtf16IsNamedAsSuch() throws Exception {
        assertEquals(List.of("gerar-oficios.yaml:1:1: o arquivo está em UTF-16 (\"Unicode\" no Bloco de Notas); "
                + "salve-o como UTF-8 (Arquivo > Salvar como > Codificação: UTF-8)"),
                problems(("\uFEFF" + CONFIG).getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aControlCharacterIsNamedWhereItIs() throws Exception {
        assertEquals(List.of("gerar-oficios.yaml:3:11: smtp.porta: caractere de controle U+000C (quebra de página) não é "
                + "permitido no arquivo; apague-o (ele pode não aparecer no editor: apague e digite de novo o trecho "
                + "desta posição)"), problems(CONFIG.replace("porta: 587", "porta: 5\f87").getBytes(StandardCharsets.UTF_8)));
    }
}
