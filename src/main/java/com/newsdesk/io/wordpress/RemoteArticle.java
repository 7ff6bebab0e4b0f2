package com.newsdesk.io.wordpress;

import java.time.Instant;
import java.util.List;

/**
 * A post as the site holds it, whole (REST API, edit context): raw title, content and excerpt as stored, its terms by
 * id, its author and featured image, and {@code modified} (the site's modified_gmt, as text: what tells that the post
 * changed there since Newsdesk last saw it).
 */
public record RemoteArticle(long id, String slug, String status, String title, String content, String excerpt,
        Instant date, String modified, String link, long author, long featuredMedia, List<Long> categories,
        List<Long> tags) {}
