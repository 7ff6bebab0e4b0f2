package com.newsdesk.service;

/**
 * What an export wrote or an import added; {@code skipped} counts records a merge left out because the newsroom
 * already had them (same article slug, comment id or subscriber email).
 */
public record TransferSummary(
        long articles, long revisions, long comments, long subscribers,
        long skippedArticles, long skippedRevisions, long skippedComments, long skippedSubscribers) {

    public long records() { return articles + revisions + comments + subscribers; }

    public long skipped() { return skippedArticles + skippedRevisions + skippedComments + skippedSubscribers; }

    public String describe(String verb) {
        String text = String.format("%s %,d articles, %,d revisions, %,d comments and %,d subscribers", verb, articles,
                revisions, comments, subscribers);
        if (skipped() > 0) {
            text += String.format("; left out as already present: %,d articles, %,d revisions, %,d comments,"
                    + " %,d subscribers", skippedArticles, skippedRevisions, skippedComments, skippedSubscribers);
        }
        return text;
    }
}
