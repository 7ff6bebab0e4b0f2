package com.newsdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the reading pane shows of one comment: the comment and its article's headline, the comment it replies to
 * (null for a top-level one), the replies to it, its history, its author's record, and its text as shown (formatted
 * when its site stored it as HTML).
 */
public record CommentDetail(CommentSummary comment, Comment parent, List<Comment> replies, List<HistoryEntry> history,
        Author author, com.newsdesk.domain.document.Document text) {

    /** One step in a comment's life: a decision, a sorting by the rules, an edit (with the text it replaced). */
    public record HistoryEntry(Instant at, String who, String what, String previousText) {}

    /**
     * Everything by the same address: counts per status, the latest comments, what may be said of its newsletter
     * subscription, and whether the address is blocked.
     */
    public record Author(String email, Map<CommentStatus, Long> counts, List<CommentSummary> latest,
            Newsletter newsletter, boolean blocked) {}

    /**
     * The author's newsletter subscription as the person reading may see it. Someone who may manage subscribers
     * sees its status and since when ({@code status} not null); anyone else (a Moderator) only whether the address
     * is subscribed now: a comment is no way to look up a subscriber.
     */
    public record Newsletter(boolean subscribed, SubscriberStatus status, Instant since) {
        public static final Newsletter NOT_SUBSCRIBED = new Newsletter(false, null, null);

        public static Newsletter of(Subscriber subscriber, boolean mayManageSubscribers) {
            if (subscriber == null) {
                return NOT_SUBSCRIBED;
            }
            boolean subscribed = subscriber.status() == SubscriberStatus.SUBSCRIBED;
            return mayManageSubscribers ? new Newsletter(subscribed, subscriber.status(), subscriber.subscribedAt())
                    : new Newsletter(subscribed, null, null);
        }

        /** In words, for the reading pane. */
        public String describe() {
            if (status == null) {
                return subscribed ? "Newsletter subscriber: yes." : "Newsletter subscriber: no.";
            }
            return "Newsletter: " + status.code() + (since == null ? "" : " since " + since) + ".";
        }
    }
}
