package com.newsdesk.io;

/** Names of the Newsdesk exchange format (see {@code schema/newsdesk-export-v1.schema.json}). */
public final class NewsroomJson {
    public static final String FORMAT = "newsdesk";
    public static final int VERSION = 1;
    public static final String ARTICLES = "articles";
    public static final String REVISIONS = "revisions";
    public static final String CORRECTIONS = "corrections";
    public static final String COMMENTS = "comments";
    public static final String SUBSCRIBERS = "subscribers";

    private NewsroomJson() {}
}
