package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of usage error picocli finds, in the Portuguese line the user reads: told apart by the exception's type
 * and its fields, so a picocli upgrade that rewords its English messages changes nothing here.
 */
class UsageErrorsTest {
    @TempDir
    static Path cwd;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gerar --nada                     | opção desconhecida: --nada                                  | gerar",
        "novo BA x y                      | argumento inesperado: y                                     | novo",
        "enviar --porta abc x.yaml        | valor inválido para --porta: 'abc' não é um número inteiro  | enviar",
        "enviar --porta 99999999999 x     | valor inválido para --porta: '99999999999' não é um número inteiro | enviar",
        "gerar --debug=x                  | valor inválido para --debug: 'x' não é um valor aceito      | gerar",
        "enviar x.yaml --porta            | falta o valor da opção --porta                              | enviar",
        "enviar --porta --simular x.yaml  | falta o valor da opção --porta                              | enviar",
        "gerar -o                         | falta o valor da opção --saida                              | gerar",
        "enviar                           | falta informar ARQ                                          | enviar",
        "novo                             | falta informar UF                                           | novo",
        "novo BA                          | falta informar NOME                                         | novo",
        "verificar                        | falta informar ARQ.pdf                                      | verificar",
        "gerar -o a -o b                  | opção repetida: --saida                                     | gerar",
        "gerar --formato xyz              | formato desconhecido 'xyz' em -f/--formato; use um ou mais de: pdf,docx,md | gerar",
    })
    void eachKindOfUsageErrorInOnePortugueseLine(String args, String line, String command) {
        CliRun r = CliRun.run(cwd, args.split(" "));
        assertEquals(2, r.exit(), r.toString());
        assertEquals("gerar-oficios: " + line + "\nVeja 'gerar-oficios " + command + " --help'.\n", r.err());
    }
}
