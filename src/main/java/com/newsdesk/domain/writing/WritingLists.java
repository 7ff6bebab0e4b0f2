package com.newsdesk.domain.writing;

import com.newsdesk.domain.InvalidInputException;
import java.time.Instant;
import java.util.Objects;

/**
 * The newsroom's two writing lists besides its house style: words every seat accepts (its dictionary) and checker
 * rules it ignores. What an entry may be is said here once, for the desk, the command line and an imported file.
 */
public final class WritingLists {
    public static final int WORD_LIMIT = 100;
    public static final int RULE_LIMIT = 200;

    /** An entry of either list, with who added it and when. */
    public record Entry(String value, String addedBy, Instant addedAt) {
        public Entry {
            Objects.requireNonNull(value, "value");
            addedBy = Objects.requireNonNullElse(addedBy, "");
            Objects.requireNonNull(addedAt, "addedAt");
        }
    }

    private WritingLists() {}

    /** A dictionary entry: one word, stripped; refused (field "word") otherwise. */
    public static String word(String word) {
        String cleaned = word == null ? "" : word.strip();
        if (cleaned.isEmpty() || cleaned.length() > WORD_LIMIT || cleaned.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("word", "a dictionary entry is one word of at most " + WORD_LIMIT
                    + " characters");
        }
        return cleaned;
    }

    /** A rule to ignore, as an issue names it, stripped; refused (field "rule") otherwise. */
    public static String rule(String rule) {
        String cleaned = rule == null ? "" : rule.strip();
        if (cleaned.isEmpty() || cleaned.length() > RULE_LIMIT) {
            throw new InvalidInputException("rule", "name the rule to ignore, as an issue shows it");
        }
        return cleaned;
    }
}
