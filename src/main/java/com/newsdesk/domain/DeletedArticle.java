package com.newsdesk.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A deleted draft in the trash: restorable until {@link #KEPT} has passed, then removed for good. */
public record DeletedArticle(long articleId, String headline, Instant deletedAt, String deletedBy) {
    public static final Duration KEPT = Duration.ofDays(30);

    public DeletedArticle {
        headline = Objects.requireNonNullElse(headline, "");
        Objects.requireNonNull(deletedAt, "deletedAt");
        deletedBy = Objects.requireNonNullElse(deletedBy, "");
    }

    /** When it goes for good. */
    public Instant removedAt() {
        return deletedAt.plus(KEPT);
    }
}
