package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void storesTheDocumentedFormatAtTheProductionCost() {
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
        String stored = hasher.hash("correct horse battery".toCharArray());
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2_sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertTrue(hasher.verify("correct horse battery".toCharArray(), stored));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), stored));
    }

    @Test
    void saltsEveryHash() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        assertNotEquals(hasher.hash("same password".toCharArray()), hasher.hash("same password".toCharArray()));
    }

    @Test
    void verifiesWithTheStoredCostAndAsksForARehashWhenItIsLower() {
        String old = new PasswordHasher(1_000).hash("a long password".toCharArray());
        PasswordHasher current = new PasswordHasher(2_000);
        assertTrue(current.verify("a long password".toCharArray(), old));
        assertTrue(current.needsRehash(old));
        assertFalse(current.needsRehash(current.hash("a long password".toCharArray())));
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        for (String stored : new String[] {"", "plaintext", "pbkdf2_sha256$x$y$z", "md5$1$aa$bb", null}) {
            assertFalse(hasher.verify("anything at all".toCharArray(), stored), String.valueOf(stored));
        }
    }

    @Test
    void clearsPasswords() {
        char[] password = "secret password".toCharArray();
        PasswordHasher.clear(password);
        assertArrayEquals(new char[15], password);
    }
}
