package com.newsdesk.service;

import com.newsdesk.domain.Article;

/** Someone saved the article since this editor loaded it; nothing was overwritten. Carries their version. */
public class ArticleConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Article theirs;

    public ArticleConflictException(Article theirs) {
        super("\"" + theirs.headline() + "\" was changed elsewhere (now version " + theirs.version()
                + "); nothing was overwritten.");
        this.theirs = theirs;
    }

    public Article theirs() { return theirs; }
}
