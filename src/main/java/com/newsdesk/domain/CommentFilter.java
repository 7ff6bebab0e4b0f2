package com.newsdesk.domain;

import java.time.Instant;

/**
 * Which comments a queue shows: a status (null for all), and optionally one article, one author's address (any
 * case), a time range (from inclusive, until exclusive) and words the text must contain.
 */
public record CommentFilter(CommentStatus status, Long articleId, String authorEmail, Instant from, Instant until,
        String text) {
    public CommentFilter {
        authorEmail = blankToNull(authorEmail);
        text = SearchText.of(text); // bounded: no query can stall the queue
    }

    public static CommentFilter queue(CommentStatus status) {
        return new CommentFilter(status, null, null, null, null, null);
    }

    public CommentFilter withStatus(CommentStatus newStatus) {
        return new CommentFilter(newStatus, articleId, authorEmail, from, until, text);
    }

    /** True when only the status narrows the queue, so kept counts answer without counting rows. */
    public boolean onlyStatus() {
        return articleId == null && authorEmail == null && from == null && until == null && text == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
