package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A valid municipality file to mutate line by line, and helpers to read it. */
final class Fixtures {
    /** The day the tests read the files on. */
    static final java.time.LocalDate HOJE = java.time.LocalDate.of(2026, 12, 1);

    /** Line numbers are given in the comments of the tests that depend on them. */
    static final String BASE = String.join("\n",
            "municipio:",                                                            // 1
            "  nome: Santo Amaro",                                                   // 2
            "  uf: BA",                                                              // 3
            "  codigo_ibge: \"2928604\"",                                            // 4
            "prefeitura:",                                                           // 5
            "  nome: Prefeitura Municipal de Santo Amaro",                           // 6
            "  cnpj: \"11.222.333/0001-81\"",                                        // 7
            "  endereco: Praça da Purificação, s/n, Centro",                         // 8
            "  cep: \"44200-000\"",                                                  // 9
            "  sigla: PMSA",                                                         // 10
            "secretaria:",                                                           // 11
            "  nome: Secretaria Municipal de Saúde",                                 // 12
            "  sigla: SMS",                                                          // 13
            "  telefone: \"(75) 3241-1234\"",                                        // 14
            "  email: saude@santoamaro.ba.gov.br",                                   // 15
            "signatario:",                                                           // 16
            "  nome: Ana Lima",                                                      // 17
            "  cargo: Secretária Municipal de Saúde",                                // 18
            "contato:",                                                              // 19
            "  nome: Rafael Teixeira",                                               // 20
            "  email: ti@santoamaro.ba.gov.br",                                      // 21
            "  telefone: \"(75) 98765-4321\"",                                       // 22
            "instalacao:",                                                           // 23
            "  url: https://esus.santoamaro.ba.gov.br",                              // 24
            "  dominio: esus.santoamaro.ba.gov.br",                                  // 25
            "  ipv4: 200.10.20.30",                                                  // 26
            "  sistema_operacional: linux",                                          // 27
            "  versao_pec: \"5.3.21\"",                                              // 28
            "  banco: {porta: 5433, nome: esus, usuario: postgres}",                 // 29
            "  certificado_digital_integrado: true",                                 // 30
            "orgao_dominio:",                                                        // 31
            "  nome: Companhia de Processamento de Dados do Estado da Bahia",       // 32
            "  sigla: PRODEB",                                                       // 33
            "  email: protocolo@prodeb.ba.gov.br",                                   // 34
            "  endereco: Centro Administrativo da Bahia",                            // 35
            "  cep: \"41745-002\"",                                                  // 36
            "  cidade: Salvador",                                                    // 37
            "  uf: BA",                                                              // 38
            "  destinatario:",                                                       // 39
            "    nome: Marcelo Ribeiro",                                             // 40
            "    cargo: Diretor-Presidente",                                         // 41
            "    tratamento: senhor",                                                // 42
            "oficios:",                                                              // 43
            "  oficio_dominio: {numero: 12, data: 2026-11-23}",                      // 44
            "govbr:",                                                                // 45
            "  client_id: esus-santoamaro",                                          // 46
            "  client_secret_env: GOVBR_CLIENT_SECRET",                              // 47
            "checklist:",                                                            // 48
            "  https: concluido",                                                    // 49
            "  contra_chave: {status: concluido, data: 2026-11-01}",                 // 50
            "  dns_govbr: {status: pendente-baixa, observacao: \"aguardando ofício\"}", // 51
            "");

    private Fixtures() {
    }

    static ChecklistCatalog catalog() {
        try {
            return new ChecklistCatalogReader().load(TemplateFiles.of(null, Path.of("")));
        } catch (ChecklistCatalogException e) {
            throw new IllegalStateException(e);
        }
    }

    /** BASE with {@code from} (which must occur exactly once) replaced by {@code to}. */
    static String with(String yaml, String from, String to) {
        int i = yaml.indexOf(from);
        assertTrue(i >= 0 && yaml.indexOf(from, i + 1) < 0, "deve aparecer uma vez: " + from);
        return yaml.substring(0, i) + to + yaml.substring(i + from.length());
    }

    static String with(String from, String to) {
        return with(BASE, from, to);
    }

    static Path write(Path dir, String yaml) {
        return write(dir, yaml.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, byte[] bytes) {
        try {
            Path file = dir.resolve("m.yaml");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem, formatted, without the file name: {@code 3:16: campo: mensagem}. */
    static List<String> lines(ReadResult r) {
        return r.problems().stream().map(Problem::format)
                .map(s -> s.substring(r.file().toString().length() + 1)).toList();
    }

    static void assertOnly(ReadResult r, String expected) {
        assertEquals(List.of(expected), lines(r));
    }
}
