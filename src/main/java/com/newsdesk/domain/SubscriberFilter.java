package com.newsdesk.domain;

import java.time.Instant;

/**
 * Which subscribers a list shows: a status (null for all), a label and a source (any case), words the address or
 * name must contain, and a time range of when they were added (from inclusive, until exclusive).
 */
public record SubscriberFilter(SubscriberStatus status, String label, String source, String text, Instant from,
        Instant until) {
    public static final SubscriberFilter ALL = new SubscriberFilter(null, null, null, null, null, null);

    public SubscriberFilter {
        label = blankToNull(label);
        source = blankToNull(source);
        text = SearchText.of(text); // bounded: no query can stall the list
    }

    public boolean onlyStatus() {
        return label == null && source == null && text == null && from == null && until == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
