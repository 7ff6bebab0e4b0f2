package com.newsdesk.domain;

import com.newsdesk.domain.document.Document;
import java.time.Instant;
import java.util.Objects;

/** A kept version of an article's headline and body, with who made it and why. */
public record ArticleRevision(
        long id, long articleId, String headline, Document body, String author, String note, Instant createdAt) {

    public ArticleRevision {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(body, "body");
        author = Objects.requireNonNullElse(author, "");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public ArticleRevision withId(long newId) {
        return new ArticleRevision(newId, articleId, headline, body, author, note, createdAt);
    }

    public ArticleRevision withArticleId(long newArticleId) {
        return new ArticleRevision(id, newArticleId, headline, body, author, note, createdAt);
    }
}
