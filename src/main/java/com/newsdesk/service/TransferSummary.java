package com.newsdesk.service;

/**
 * What an export wrote or an import added; {@code skipped} counts records a merge left out because the newsroom
 * already had them (same article slug, comment id or subscriber email); {@code erased} the people an import left
 * out (subscriptions) or brought in anonymised (comments) because they were erased on request.
 */
public record TransferSummary(
        long articles, long revisions, long comments, long subscribers,
        long skippedArticles, long skippedRevisions, long skippedComments, long skippedSubscribers,
        long erasedSubscribers, long anonymisedComments) {

    public TransferSummary(long articles, long revisions, long comments, long subscribers, long skippedArticles,
            long skippedRevisions, long skippedComments, long skippedSubscribers) {
        this(articles, revisions, comments, subscribers, skippedArticles, skippedRevisions, skippedComments,
                skippedSubscribers, 0, 0);
    }

    public long records() { return articles + revisions + comments + subscribers; }

    public long skipped() { return skippedArticles + skippedRevisions + skippedComments + skippedSubscribers; }

    public String describe(String verb) {
        String text = String.format("%s %,d articles, %,d revisions, %,d comments and %,d subscribers", verb, articles,
                revisions, comments, subscribers);
        if (skipped() > 0) {
            text += String.format("; left out as already present: %,d articles, %,d revisions, %,d comments,"
                    + " %,d subscribers", skippedArticles, skippedRevisions, skippedComments, skippedSubscribers);
        }
        if (erasedSubscribers + anonymisedComments > 0) {
            text += String.format("; people erased on request: %,d subscriptions left out, %,d comments anonymised",
                    erasedSubscribers, anonymisedComments);
        }
        return text;
    }
}
