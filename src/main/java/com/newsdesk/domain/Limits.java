package com.newsdesk.domain;

import java.util.List;
import java.util.Optional;

/**
 * How large a value may be: far beyond what real newsroom data reaches, so that only a broken or hostile file meets
 * them, and is refused with the place and the reason instead of filling the newsroom (a 15 MB name, a 100 MB
 * comment).
 */
public final class Limits {
    public static final int NAME = 200;
    public static final int LABEL = 100;
    public static final int NOTE = 10_000;
    public static final int COMMENT = 64 * 1024;
    public static final int ARTICLE_TEXT = 5 * 1024 * 1024;
    /** A saved page, Markdown or text file read whole to find one article in it. */
    public static final long ARTICLE_FILE_BYTES = 20L * 1024 * 1024;

    private Limits() {}

    /** Why {@code value} is too long for {@code what}, or empty. */
    public static Optional<String> tooLong(String what, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return Optional.empty();
        }
        return Optional.of(what + " is " + size(value.length()) + " long; at most " + size(limit) + " are kept");
    }

    /** The first label longer than the limit, said as {@link #tooLong} says it. */
    public static Optional<String> labelTooLong(List<String> labels) {
        if (labels == null) {
            return Optional.empty();
        }
        for (String label : labels) {
            Optional<String> problem = tooLong("a label", label, LABEL);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidInputException} at {@code where} when {@code value} is too long. */
    public static void check(String where, String what, String value, int limit) {
        tooLong(what, value, limit).ifPresent(problem -> {
            throw new InvalidInputException(where, problem);
        });
    }

    static String size(long characters) {
        if (characters >= 1024 * 1024) {
            return String.format("%.1f million characters", characters / 1_048_576.0);
        }
        return String.format("%,d characters", characters);
    }
}
