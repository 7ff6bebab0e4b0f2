package com.newsdesk.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Erased addresses are remembered only as HMAC-SHA256 under a random key kept in the newsroom: enough to recognise
 * the address again, not to read it back (a plain hash of an address is easy to reverse by guessing).
 */
public final class Privacy {
    static final String KEY_SETTING = "privacy.email_key";

    private Privacy() {}

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The newsroom's key for hashing erased addresses, made on first use. */
    public static String keyOf(com.newsdesk.storage.Transaction tx) {
        return tx.settings().get(KEY_SETTING).orElseGet(() -> {
            String key = newKey();
            tx.settings().put(KEY_SETTING, key);
            return key;
        });
    }

    /** The keyed hash of an address already in lower case. */
    public static String hash(String key, String lowerCaseEmail) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(lowerCaseEmail.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
