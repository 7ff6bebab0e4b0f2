package com.newsdesk.service;

/** What an export holds: the whole newsroom or one of its desks. */
public enum ExportScope {
    ALL, ARTICLES, COMMENTS, SUBSCRIBERS;

    boolean includesArticles() { return this == ALL || this == ARTICLES; }

    boolean includesComments() { return this == ALL || this == COMMENTS; }

    boolean includesSubscribers() { return this == ALL || this == SUBSCRIBERS; }
}
