package com.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's comment on an article. {@code parentId} is null for a top-level comment; {@code reason} says why the
 * comment was held or sorted; {@code decidedBy}/{@code decidedAt} are null until a moderator decides;
 * {@code authorIp} is the address it was sent from, empty when unknown.
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
        Instant decidedAt,
        String authorIp,
        boolean bodyIsHtml) {

    /** The reason a staff member's reply carries: what a site sync sends as a reply. */
    public static final String STAFF_REPLY = "reply by staff";

    public Comment {
        authorName = Objects.requireNonNullElse(authorName, "");
        authorEmail = Objects.requireNonNullElse(authorEmail, "");
        authorIp = Objects.requireNonNullElse(authorIp, "");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public Comment(long id, long articleId, Long parentId, String authorName, String authorEmail, String body,
            CommentStatus status, String reason, Instant submittedAt, String decidedBy, Instant decidedAt) {
        this(id, articleId, parentId, authorName, authorEmail, body, status, reason, submittedAt, decidedBy, decidedAt,
                "");
    }

    /** A comment whose body is plain text (written here, or imported as text). */
    public Comment(long id, long articleId, Long parentId, String authorName, String authorEmail, String body,
            CommentStatus status, String reason, Instant submittedAt, String decidedBy, Instant decidedAt,
            String authorIp) {
        this(id, articleId, parentId, authorName, authorEmail, body, status, reason, submittedAt, decidedBy, decidedAt,
                authorIp, false);
    }

    /** The text as a reader reads it: an HTML body with its tags read and its entities decoded; a text body as is. */
    public String plainText() {
        return bodyIsHtml ? CommentHtml.toPlainText(body) : body;
    }

    public Comment withArticleId(long newArticleId) {
        return new Comment(id, newArticleId, parentId, authorName, authorEmail, body, status, reason, submittedAt,
                decidedBy, decidedAt, authorIp, bodyIsHtml);
    }

    /** The comment of a person erased on request: the text stays, who wrote it does not (name, address, IP). */
    public Comment anonymised() {
        return new Comment(id, articleId, parentId, "", "", body, status, reason, submittedAt, decidedBy, decidedAt,
                "", bodyIsHtml);
    }

    public Comment withParentId(Long newParentId) {
        return new Comment(id, articleId, newParentId, authorName, authorEmail, body, status, reason, submittedAt,
                decidedBy, decidedAt, authorIp, bodyIsHtml);
    }

    /** The comment as the rules sorted it. */
    public Comment sortedAs(CommentStatus newStatus, String newReason) {
        return new Comment(id, articleId, parentId, authorName, authorEmail, body, newStatus, newReason, submittedAt,
                decidedBy, decidedAt, authorIp, bodyIsHtml);
    }
}
