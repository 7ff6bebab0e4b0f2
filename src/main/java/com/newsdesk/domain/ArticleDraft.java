package com.newsdesk.domain;

import com.newsdesk.domain.document.Document;
import java.util.List;
import java.util.Objects;

/** What an editor changes in an article: its text and metadata, not its identity, status or history. */
public record ArticleDraft(String headline, String dek, String byline, String section, List<String> tags, String slug,
        String language, Document body, java.time.Instant scheduledAt, ArticleExtras extras) {

    public ArticleDraft {
        headline = Objects.requireNonNullElse(headline, "");
        dek = Objects.requireNonNullElse(dek, "");
        byline = Objects.requireNonNullElse(byline, "");
        section = Objects.requireNonNullElse(section, "");
        tags = List.copyOf(Names.cleanList(tags));
        slug = Objects.requireNonNullElse(slug, "").strip();
        language = language == null || language.isBlank() ? "en" : language.strip();
        Objects.requireNonNull(body, "body");
        extras = Objects.requireNonNullElse(extras, ArticleExtras.NONE);
    }

    /** A draft of the text and main fields only: no schedule, no extras. */
    public ArticleDraft(String headline, String dek, String byline, String section, List<String> tags, String slug,
            String language, Document body) {
        this(headline, dek, byline, section, tags, slug, language, body, null, ArticleExtras.NONE);
    }

    public static ArticleDraft of(Article article) {
        return new ArticleDraft(article.headline(), article.dek(), article.byline(), article.section(), article.tags(),
                article.slug(), article.language(), article.body(), article.scheduledAt(), article.extras());
    }
}
