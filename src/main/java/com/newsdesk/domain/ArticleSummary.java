package com.newsdesk.domain;

import java.time.Instant;

/** What a list of articles shows: everything but the body. */
public record ArticleSummary(
        long id, String slug, String headline, String byline, String section, String language,
        ArticleStatus status, Instant updatedAt, Instant publishedAt) {
}
