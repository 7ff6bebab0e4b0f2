package com.newsdesk.domain.offline;

import java.time.Instant;
import java.util.Objects;

/**
 * The offline copy a newsroom file holds: which newsroom it was taken from ({@code source}, an address without a
 * password), by whom and when; {@code lastLocalId} is the file's highest article id at the first taking (articles
 * after it were written offline); {@code returnedAt} the last time it was brought back, or null.
 */
public record OfflineCopy(String copyId, String source, String takenBy, Instant takenAt, long lastLocalId,
        Instant returnedAt) {
    public OfflineCopy {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(takenBy, "takenBy");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
