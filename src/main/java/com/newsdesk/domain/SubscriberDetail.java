package com.newsdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the Subscribers desk shows of one person beside the list: the record, its history (added, subscribed,
 * unsubscribed, each edit and who made it), and the comments written from the same address when the person reading
 * may moderate comments ({@code comments} null otherwise: a subscriber list is no way to read comments).
 */
public record SubscriberDetail(Subscriber subscriber, List<HistoryEntry> history, Comments comments) {
    public SubscriberDetail {
        Objects.requireNonNull(subscriber, "subscriber");
        history = List.copyOf(history);
    }

    /** One step in the record's life, oldest first. */
    public record HistoryEntry(Instant at, String who, String what) {}

    /** Comments from the same address: counts per status and the latest few. */
    public record Comments(Map<CommentStatus, Long> counts, List<CommentSummary> latest) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
