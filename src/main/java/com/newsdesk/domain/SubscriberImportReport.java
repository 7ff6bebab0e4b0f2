package com.newsdesk.domain;

import java.util.List;
import java.util.Map;

/**
 * What a subscriber import did (or, for a dry run, would do) with each row of the file: the counts per outcome, and
 * the rows that were not imported as asked, with their row number and reason (the first {@link #NOTES_KEPT}); the
 * file's columns, so that a window can let the user choose the address column.
 */
public record SubscriberImportReport(String format, List<String> columns, boolean dryRun, Map<Outcome, Long> counts,
        List<RowNote> notes, long rows, String encoding, List<String> notKept) {
    public static final int NOTES_KEPT = 10_000;
    /** Rows a preview that lists every row keeps (the counts always cover the whole file). */
    public static final int ROWS_LISTED = 100_000;

    public enum Outcome implements CodedEnum {
        NEW("new"), UPDATED("updated"), UNCHANGED("unchanged"), DUPLICATE("duplicates"), INVALID("invalid"),
        SUPPRESSED("suppressed");

        private final String code;

        Outcome(String code) { this.code = code; }

        @Override
        public String code() { return code; }
    }

    /** A row and its outcome, and why (the rows not imported as asked; every row in a preview that lists them). */
    public record RowNote(int row, String email, Outcome outcome, String reason) {}

    public long count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    public String describe() {
        return String.format("%s%,d rows (%s): %,d new, %,d updated, %,d unchanged, %,d duplicates, %,d invalid,"
                + " %,d suppressed", dryRun ? "Dry run, nothing written. " : "", rows, format + ", " + encoding,
                count(Outcome.NEW),
                count(Outcome.UPDATED), count(Outcome.UNCHANGED), count(Outcome.DUPLICATE), count(Outcome.INVALID),
                count(Outcome.SUPPRESSED)) + (notKept.isEmpty() ? "" : "; columns not kept: " + String.join(", ",
                        notKept));
    }
}
