package com.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/** A dated correction note that stays with a published article. */
public record Correction(long id, long articleId, Instant at, String author, String note) {
    public Correction {
        Objects.requireNonNull(at, "at");
        author = Objects.requireNonNullElse(author, "");
        Objects.requireNonNull(note, "note");
    }

    public Correction withArticleId(long newArticleId) {
        return new Correction(id, newArticleId, at, author, note);
    }

    public Correction withId(long newId) {
        return new Correction(newId, articleId, at, author, note);
    }
}
