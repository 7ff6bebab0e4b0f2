package com.newsdesk.service;

import com.newsdesk.domain.Permission;

/** What an export holds: the whole newsroom or one of its desks. */
public enum ExportScope {
    ALL(Permission.FULL_TRANSFER),
    ARTICLES(Permission.READ_ARTICLES),
    COMMENTS(Permission.MODERATE_COMMENTS),
    SUBSCRIBERS(Permission.MANAGE_SUBSCRIBERS);

    private final Permission permission;

    ExportScope(Permission permission) { this.permission = permission; }

    /** What exporting this scope takes. */
    public Permission permission() { return permission; }

    boolean includesArticles() { return this == ALL || this == ARTICLES; }

    boolean includesComments() { return this == ALL || this == COMMENTS; }

    boolean includesSubscribers() { return this == ALL || this == SUBSCRIBERS; }
}
