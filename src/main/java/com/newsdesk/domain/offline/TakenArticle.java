package com.newsdesk.domain.offline;

import com.newsdesk.domain.ArticleStatus;

/**
 * A taken article in the offline file: its id at the source, the source's version its local text is based on and
 * the status it had there, and the local version that matches that text (the article is unchanged offline while its
 * version is this one). {@code taken} is false for an article that only came along with its comments.
 */
public record TakenArticle(long localId, long sourceId, long sourceVersion, ArticleStatus sourceStatus,
        long localVersion, boolean taken) {}
