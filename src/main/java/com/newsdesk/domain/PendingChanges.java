package com.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Edits to a published article that are not live yet: autosave keeps them here, Update makes them the published
 * version, Discard changes drops them (the text stays in the revisions).
 */
public record PendingChanges(long articleId, ArticleDraft draft, String savedBy, Instant savedAt) {
    public PendingChanges {
        Objects.requireNonNull(draft, "draft");
        savedBy = Objects.requireNonNullElse(savedBy, "");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** The article as its editors see it: the live one with these changes over it. */
    public Article over(Article live) {
        return new Article(live.id(), draft.slug(), draft.headline(), draft.dek(), draft.byline(), draft.section(),
                draft.tags(), draft.language(), live.status(), draft.body(), live.createdAt(), savedAt,
                live.publishedAt(), draft.scheduledAt(), live.version(), live.createdBy(), draft.extras());
    }
}
