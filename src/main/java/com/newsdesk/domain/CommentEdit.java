package com.newsdesk.domain;

import java.time.Instant;

/** The text a comment had before a moderator edited it. */
public record CommentEdit(long commentId, Instant editedAt, String editedBy, String previousBody) {}
