package com.newsdesk.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Row counts of a newsroom, per table and per status code. */
public record NewsroomStats(
        Map<ArticleStatus, Long> articles, Map<CommentStatus, Long> comments, Map<SubscriberStatus, Long> subscribers) {

    /** Keeps each map in status order, with a zero for every status that has no rows. */
    public NewsroomStats {
        articles = ordered(ArticleStatus.class, articles);
        comments = ordered(CommentStatus.class, comments);
        subscribers = ordered(SubscriberStatus.class, subscribers);
    }

    private static <E extends Enum<E>> Map<E, Long> ordered(Class<E> type, Map<E, Long> counts) {
        EnumMap<E, Long> result = new EnumMap<>(type);
        for (E status : type.getEnumConstants()) {
            result.put(status, counts.getOrDefault(status, 0L));
        }
        return Collections.unmodifiableMap(result);
    }

    public long articleCount() { return sum(articles); }

    public long commentCount() { return sum(comments); }

    public long subscriberCount() { return sum(subscribers); }

    public boolean isEmpty() { return articleCount() + commentCount() + subscriberCount() == 0; }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
