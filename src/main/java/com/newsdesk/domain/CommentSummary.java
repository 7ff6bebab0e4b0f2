package com.newsdesk.domain;

/** A comment as a queue lists it, with the headline of its article. */
public record CommentSummary(Comment comment, String articleHeadline) {
}
