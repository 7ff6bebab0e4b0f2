package com.newsdesk.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a search is allowed to ask: at most {@link #MAX_WORDS} different words and {@link #MAX_CHARACTERS}
 * characters, without control characters. Every search field and option goes through it, so that no query can
 * stall the newsroom (a word repeated thousands of times, a pasted page) or reach SQLite as something it refuses.
 * Repeating a word adds nothing to a search that needs every word, so repeats are dropped first.
 */
public final class SearchText {
    public static final int MAX_WORDS = 64;
    public static final int MAX_CHARACTERS = 1_000;

    private SearchText() {}

    /** The query to run, and whether the typed text had to be cut to get it. */
    public record Bounded(String text, boolean cut) {
        /** Said to the user when the search was cut. */
        public String notice() {
            return "The search was cut to its first " + MAX_WORDS + " different words (" + String.format("%,d",
                    MAX_CHARACTERS) + " characters).";
        }
    }

    public static Bounded bound(String typed) {
        if (typed == null) {
            return new Bounded(null, false);
        }
        StringBuilder cleaned = new StringBuilder(Math.min(typed.length(), MAX_CHARACTERS * 2));
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            cleaned.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c);
        }
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder query = new StringBuilder();
        boolean cut = false;
        for (String word : cleaned.toString().strip().split("\\s+")) {
            if (word.isEmpty() || !seen.add(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (seen.size() > MAX_WORDS || query.length() + word.length() + 1 > MAX_CHARACTERS) {
                cut = true;
                break;
            }
            if (!query.isEmpty()) {
                query.append(' ');
            }
            query.append(word);
        }
        return new Bounded(query.isEmpty() ? null : query.toString(), cut);
    }

    /** The bounded query alone (null when nothing is left to search for). */
    public static String of(String typed) {
        return bound(typed).text();
    }
}
