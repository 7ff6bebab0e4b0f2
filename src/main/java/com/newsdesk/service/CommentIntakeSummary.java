package com.newsdesk.service;

import com.newsdesk.domain.CommentStatus;
import java.util.Map;

/** What an intake did; {@code byStatus} counts the comments brought in, by where they ended. */
public record CommentIntakeSummary(long imported, Map<CommentStatus, Long> byStatus, long duplicates, long pingbacks,
        long articlesCreated, long anonymised) {
    public CommentIntakeSummary(long imported, Map<CommentStatus, Long> byStatus, long duplicates, long pingbacks,
            long articlesCreated) {
        this(imported, byStatus, duplicates, pingbacks, articlesCreated, 0);
    }

    public String describe() {
        return String.format("%,d comments imported (%,d approved, %,d held for moderation, %,d spam, %,d trash); "
                + "%,d duplicates and %,d pingbacks or trackbacks skipped; %,d stub articles created to hold them",
                imported, byStatus.get(CommentStatus.APPROVED), byStatus.get(CommentStatus.PENDING),
                byStatus.get(CommentStatus.SPAM), byStatus.get(CommentStatus.TRASH), duplicates, pingbacks,
                articlesCreated)
                + (anonymised > 0 ? String.format("; %,d by people erased on request, anonymised", anonymised) : "");
    }
}
