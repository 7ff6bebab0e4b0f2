package com.newsdesk.domain.offline;

import java.time.Instant;
import java.util.Objects;

/** An article a seat took offline: shown to everyone as "taken offline by NAME since TIME". */
public record Checkout(long articleId, String takenBy, Instant takenAt) {
    public Checkout {
        Objects.requireNonNull(takenBy, "takenBy");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
