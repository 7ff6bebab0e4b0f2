package com.newsdesk.io;

import com.newsdesk.domain.document.Document;
import java.time.Instant;
import java.util.List;

/** What an imported file says about an article; anything it does not say is empty or null. */
public record ImportedArticle(String headline, String dek, String byline, Instant publishedAt, String language,
        List<String> tags, Document body) {
}
