package com.newsdesk.domain.site;

import java.time.Instant;

/**
 * A WordPress site the newsroom moderates: where it is, the WordPress user Newsdesk signs in as (the application
 * password is never kept), how far its comments were pulled ({@code pulledTo}, the highest comment id seen there),
 * and how the last sync ended ({@code lastError} empty when it went through).
 */
public record Site(long id, String name, String url, String username, String addedBy, Instant addedAt, long pulledTo,
        Instant lastSyncAt, String lastError) {}
