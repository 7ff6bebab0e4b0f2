package com.newsdesk.domain;

import java.time.Instant;

/**
 * What a list of articles shows: everything but the body; {@code changesPending} when a published article has edits
 * not yet live; {@code deletedAt} when a draft is in the trash (null otherwise); {@code offlineWith} who has it
 * offline ("" when no one); {@code inConflict} when offline changes met changes made here and wait for a choice.
 */
public record ArticleSummary(
        long id, String slug, String headline, String byline, String section, String language,
        ArticleStatus status, Instant updatedAt, Instant publishedAt, boolean changesPending, Instant deletedAt,
        String offlineWith, boolean inConflict) {

    public ArticleSummary {
        offlineWith = java.util.Objects.requireNonNullElse(offlineWith, "");
    }

    /** The status as the list says it. */
    public String statusText() {
        String text = status.code().replace('_', ' ');
        if (deletedAt != null) {
            return "in the trash until " + Timestamps.format(deletedAt.plus(DeletedArticle.KEPT)).substring(0, 10);
        }
        if (changesPending) {
            text += ", changes not yet live";
        }
        if (inConflict) {
            text += ", conflict: offline changes";
        }
        return offlineWith.isEmpty() ? text : text + ", offline with " + offlineWith;
    }
}
