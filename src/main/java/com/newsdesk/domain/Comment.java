package com.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's comment on an article. {@code parentId} is null for a top-level comment; {@code reason} says why the
 * comment was held or sorted; {@code decidedBy}/{@code decidedAt} are null until a moderator decides.
 */
public record Comment(
        long id,
        long articleId,
        Long parentId,
        String authorName,
        String authorEmail,
        String body,
        CommentStatus status,
        String reason,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt) {

    public Comment {
        authorName = Objects.requireNonNullElse(authorName, "");
        authorEmail = Objects.requireNonNullElse(authorEmail, "");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public Comment withArticleId(long newArticleId) {
        return new Comment(id, newArticleId, parentId, authorName, authorEmail, body, status, reason, submittedAt,
                decidedBy, decidedAt);
    }
}
