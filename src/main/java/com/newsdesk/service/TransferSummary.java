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
        String text = verb + " " + articles + " articles, " + revisions + " revisions, " + comments + " comments and "
                + subscribers + " subscribers";
        if (skipped() > 0) {
            text += "; left out as already present: " + skippedArticles + " articles, " + skippedRevisions
                    + " revisions, " + skippedComments + " comments, " + skippedSubscribers + " subscribers";
        }
        return text + ".";
    }
}
