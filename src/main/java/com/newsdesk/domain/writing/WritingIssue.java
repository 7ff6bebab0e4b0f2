package com.newsdesk.domain.writing;

import java.util.List;
import java.util.Objects;

/**
 * Something a writing aid found in a piece of text: the characters {@code from} (inclusive) to {@code to}
 * (exclusive) of that text, what they are, what is wrong in words, the rule that found it, and replacements to offer.
 */
public record WritingIssue(int from, int to, String text, String message, String rule, Kind kind,
        List<String> suggestions) {

    /** Spelling, grammar (and everything else a checker finds), or the newsroom's house style. */
    public enum Kind {
        SPELLING, GRAMMAR, STYLE;

        public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public WritingIssue {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("an issue spans from " + from + " to " + to);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        suggestions = List.copyOf(suggestions);
    }

    /** The same issue in a longer text where this one's text starts at {@code offset}. */
    public WritingIssue shiftedBy(int offset) {
        return new WritingIssue(from + offset, to + offset, text, message, rule, kind, suggestions);
    }
}
