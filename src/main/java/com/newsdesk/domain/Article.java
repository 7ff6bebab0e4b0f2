package com.newsdesk.domain;

import com.newsdesk.domain.document.Document;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as stored. {@code id} 0 means "not stored yet"; {@code version} counts saves for optimistic locking.
 * Timestamps are UTC instants; the optional ones are null when not set.
 */
public record Article(
        long id,
        String slug,
        String headline,
        String dek,
        String byline,
        String section,
        List<String> tags,
        String language,
        ArticleStatus status,
        Document body,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant scheduledAt,
        long version,
        String createdBy,
        ArticleExtras extras) {

    public Article {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(headline, "headline");
        dek = Objects.requireNonNullElse(dek, "");
        byline = Objects.requireNonNullElse(byline, "");
        section = Objects.requireNonNullElse(section, "");
        tags = List.copyOf(Names.cleanList(tags));
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        createdBy = Objects.requireNonNullElse(createdBy, "");
        extras = Objects.requireNonNullElse(extras, ArticleExtras.NONE);
    }

    /** An article without extras (excerpt, SEO fields, image, embargo). */
    public Article(long id, String slug, String headline, String dek, String byline, String section, List<String> tags,
            String language, ArticleStatus status, Document body, Instant createdAt, Instant updatedAt,
            Instant publishedAt, Instant scheduledAt, long version, String createdBy) {
        this(id, slug, headline, dek, byline, section, tags, language, status, body, createdAt, updatedAt,
                publishedAt, scheduledAt, version, createdBy, ArticleExtras.NONE);
    }

    /** The body as plain text, as indexed for search. */
    public String bodyText() {
        return body.plainText();
    }

    public Article withId(long newId) {
        return new Article(newId, slug, headline, dek, byline, section, tags, language, status, body,
                createdAt, updatedAt, publishedAt, scheduledAt, version, createdBy, extras);
    }
}
