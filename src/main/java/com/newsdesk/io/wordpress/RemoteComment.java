package com.newsdesk.io.wordpress;

import java.time.Instant;

/**
 * A comment as a WordPress site holds it (REST API, edit context): {@code content} is its raw stored HTML,
 * {@code status} the site's word for it ({@code approved}, {@code hold}, {@code spam}, {@code trash}).
 */
public record RemoteComment(long id, long post, long parent, long author, String authorName, String authorEmail,
        String authorIp, Instant date, String status, String content, String type) {}
