package br.esus.oficios.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugTest {
    @Test
    void lowerCaseWithoutAccents() {
        assertEquals("santo-amaro", Slug.of("Santo Amaro"));
        assertEquals("sao-joao-d-alianca", Slug.of("São João d'Aliança"));
        assertEquals("nossa-senhora-da-gloria", Slug.of("Nossa Senhora da Glória"));
    }

    @Test
    void pathTricksBecomePlainNames() {
        assertEquals("etc-passwd", Slug.of("../../etc/passwd"));
        assertEquals("a-b", Slug.of("a\\b"));
        assertEquals("sem-nome", Slug.of("../.."));
    }
}
