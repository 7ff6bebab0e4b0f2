package com.newsdesk.io.wordpress;

import java.time.Instant;

/** A post (or page) of a WordPress site, as far as comments need it: its slug, title, status and date. */
public record RemotePost(long id, String slug, String title, String status, Instant date, String link) {}
