package com.newsdesk.service;

import com.newsdesk.storage.Transaction;
import java.util.Locale;
import java.util.Optional;

/**
 * People who must not come back: addresses erased on request, remembered only as keyed hashes ({@link Privacy}).
 * Every way in (a CSV, a JSON import or merge, a comment import, a form) asks here, one address at a time, through
 * the table's key.
 */
public final class Suppressions {
    private final Transaction tx;
    private final Optional<String> key;
    private final boolean any;

    private Suppressions(Transaction tx) {
        this.tx = tx;
        this.key = tx.settings().get(Privacy.KEY_SETTING);
        this.any = key.isPresent() && tx.subscribers().anySuppressed();
    }

    /** Reads the newsroom's key once; nothing is written. */
    public static Suppressions of(Transaction tx) {
        return new Suppressions(tx);
    }

    /** Whether this address (any case) was erased on request. */
    public boolean erased(String email) {
        if (!any || email == null || email.isBlank()) {
            return false;
        }
        return tx.subscribers().isSuppressed(Privacy.hash(key.get(), email.strip().toLowerCase(Locale.ROOT)));
    }
}
