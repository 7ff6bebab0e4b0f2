package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le festival revient à Fès cet été|le-festival-revient-a-fes-cet-ete",
        "  Straße: Œuvre & Æsthetics!  |strasse-oeuvre-aesthetics",
        "Teachers' union calls for smaller classes|teachers-union-calls-for-smaller-classes",
        "Élection 2026 — résultats|election-2026-resultats",
        "الحكومة تعلن عن خطة|الحكومة-تعلن-عن-خطة",
        "!!!|untitled",
    })
    void makesReadableSlugs(String headline, String slug) {
        assertEquals(slug, Slugs.fromHeadline(headline));
        assertTrue(Slugs.problem(slug).isEmpty());
    }

    @Test
    void refusesWhatBreaksAUrlPath() {
        assertEquals("a slug cannot contain \"/\"", Slugs.problem("a/b").orElseThrow());
        assertEquals("a slug cannot contain \" \"", Slugs.problem("a b").orElseThrow());
        assertEquals("a slug cannot be empty", Slugs.problem("").orElseThrow());
        assertTrue(Slugs.problem("%d8%a7-wordpress-style").isEmpty());
    }

    @Test
    void capsTheLength() {
        assertTrue(Slugs.fromHeadline("word ".repeat(100)).length() <= 81);
    }
}
