package com.newsdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the reading pane shows of one comment: the comment and its article's headline, the comment it replies to
 * (null for a top-level one), its history, and its author's record.
 */
public record CommentDetail(CommentSummary comment, Comment parent, List<HistoryEntry> history, Author author) {

    /** One step in a comment's life: a decision, a sorting by the rules, an edit (with the text it replaced). */
    public record HistoryEntry(Instant at, String who, String what, String previousText) {}

    /**
     * Everything by the same address: counts per status, the latest comments, the subscription when the address is
     * a subscriber (null otherwise), and whether the address is blocked.
     */
    public record Author(String email, Map<CommentStatus, Long> counts, List<CommentSummary> latest,
            Subscriber subscriber, boolean blocked) {}
}
