package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {
    @ParameterizedTest
    @ValueSource(strings = {"amina@example.com", "first.last+news@mail.example.ma", "o'brien@example.ie",
        "élodie@exemple.fr", "x@sub.domain.example"})
    void acceptsAddressesTheSiteAccepts(String email) {
        assertTrue(EmailAddresses.isValid(email), email);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|it is empty",
        "amina.example.com|it has no @",
        "a@b@example.com|it has more than one @",
        "@example.com|nothing comes before the @",
        "amina@|nothing comes after the @",
        "amina@localhost|the domain \"localhost\" has no dot",
        "amina@example.c|the domain \"example.c\" does not end in a valid top-level domain",
        "amina@-example.com|the domain \"-example.com\" is not a valid domain",
        "am ina@example.com|the part before the @ has a character an address cannot have",
        "amina.@example.com|the part before the @ has a character an address cannot have",
    })
    void saysWhatIsWrong(String email, String problem) {
        assertEquals(problem, EmailAddresses.problem(email).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"  amina@example.com ", "\tamina@example.com\n"})
    void trimsBeforeChecking(String raw) {
        assertEquals("amina@example.com", EmailAddresses.clean(raw));
        assertTrue(EmailAddresses.isValid(raw));
        assertFalse(EmailAddresses.problem(EmailAddresses.clean(raw)).isPresent());
    }
}
