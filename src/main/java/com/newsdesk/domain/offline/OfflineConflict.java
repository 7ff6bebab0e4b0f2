package com.newsdesk.domain.offline;

import com.newsdesk.domain.PendingChanges;
import java.util.Objects;

/**
 * An offline version that came back to an article changed meanwhile: kept whole ({@code offline}, with who wrote it
 * and when it came back) and as the revision {@code revisionId}, until someone keeps one of the two.
 */
public record OfflineConflict(long revisionId, PendingChanges offline) {
    public OfflineConflict {
        Objects.requireNonNull(offline, "offline");
    }
}
