package com.newsdesk.io;

import com.newsdesk.domain.document.Document;
import java.time.Instant;
import java.util.List;

/**
 * What an imported file says about an article; anything it does not say is empty or null ({@code slug} and
 * {@code section} come from Markdown front matter).
 */
public record ImportedArticle(String headline, String dek, String byline, Instant publishedAt, String language,
        List<String> tags, Document body, String slug, String section) {
    public ImportedArticle {
        slug = slug == null ? "" : slug;
        section = section == null ? "" : section;
    }

    public ImportedArticle(String headline, String dek, String byline, Instant publishedAt, String language,
            List<String> tags, Document body) {
        this(headline, dek, byline, publishedAt, language, tags, body, "", "");
    }
}
