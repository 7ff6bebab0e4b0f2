package com.newsdesk.io;

/** Names of the Newsdesk exchange format (see {@code schema/newsdesk-export-v1.schema.json}). */
public final class NewsroomJson {
    public static final String FORMAT = "newsdesk";
    public static final int VERSION = 1;
    public static final String ARTICLES = "articles";
    public static final String REVISIONS = "revisions";
    public static final String CORRECTIONS = "corrections";
    /** Edits to published articles not live yet; optional (absent in files from before it existed). */
    public static final String PENDING_CHANGES = "pendingChanges";
    /** Offline versions that came back to a changed article, waiting for a choice; optional. */
    public static final String OFFLINE_CONFLICTS = "offlineConflicts";
    /** Deleted drafts in the trash; optional. */
    public static final String TRASH = "trash";
    /** The writing aids' lists: the newsroom's dictionary, the rules it ignores, its house style; optional. */
    public static final String DICTIONARY = "dictionary";
    public static final String IGNORED_RULES = "ignoredRules";
    public static final String STYLE = "style";
    public static final String COMMENTS = "comments";
    public static final String SUBSCRIBERS = "subscribers";

    private NewsroomJson() {}
}
