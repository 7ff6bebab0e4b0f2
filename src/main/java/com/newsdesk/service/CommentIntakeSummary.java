package com.newsdesk.service;

import com.newsdesk.domain.CommentStatus;
import java.util.List;
import java.util.Map;

/**
 * What an intake did; {@code byStatus} counts the comments brought in, by where they ended. {@code notes} counts
 * WordPress's editorial notes and {@code pingbacks} its pingbacks and trackbacks, left out as not reader comments;
 * {@code invalid} the comments that could not be read (the first {@link #PROBLEMS_KEPT} with where and why).
 */
public record CommentIntakeSummary(long imported, Map<CommentStatus, Long> byStatus, long duplicates, long pingbacks,
        long articlesCreated, long anonymised, long notes, long invalidCount, List<Problem> invalid) {
    public static final int PROBLEMS_KEPT = 1_000;

    /** A comment left out, where it is in the file and why. */
    public record Problem(String where, String reason) {
        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }

    public CommentIntakeSummary(long imported, Map<CommentStatus, Long> byStatus, long duplicates, long pingbacks,
            long articlesCreated) {
        this(imported, byStatus, duplicates, pingbacks, articlesCreated, 0, 0, 0, List.of());
    }

    public String describe() {
        return String.format("%,d comments imported (%,d approved, %,d held for moderation, %,d spam, %,d trash); "
                + "%,d duplicates and %,d pingbacks or trackbacks skipped", imported,
                byStatus.get(CommentStatus.APPROVED), byStatus.get(CommentStatus.PENDING),
                byStatus.get(CommentStatus.SPAM), byStatus.get(CommentStatus.TRASH), duplicates, pingbacks)
                + (notes > 0 ? String.format(", %,d editorial notes left out (not reader comments)", notes) : "")
                + String.format("; %,d stub articles created to hold them", articlesCreated)
                + (anonymised > 0 ? String.format("; %,d by people erased on request, anonymised", anonymised) : "")
                + (invalidCount > 0 ? String.format("; %,d comments could not be read and were left out",
                        invalidCount) : "");
    }
}
