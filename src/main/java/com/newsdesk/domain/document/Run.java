package com.newsdesk.domain.document;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stretch of text with one formatting: a set of marks and, for a link, its href (null when not a link).
 * Control characters (tabs and line breaks included) become spaces: a run is always one line of prose.
 */
public record Run(String text, Set<Mark> marks, String href) {

    public Run {
        text = withoutControlCharacters(Objects.requireNonNull(text, "text"));
        marks = marks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
        if (href != null && href.isBlank()) {
            href = null;
        }
    }

    public static Run plain(String text) {
        return new Run(text, Set.of(), null);
    }

    public static Run of(String text, Mark... marks) {
        return new Run(text, marks.length == 0 ? Set.of() : EnumSet.of(marks[0], marks), null);
    }

    public static Run link(String text, String href, Mark... marks) {
        return new Run(text, marks.length == 0 ? Set.of() : EnumSet.of(marks[0], marks), href);
    }

    public boolean has(Mark mark) { return marks.contains(mark); }

    public boolean isLink() { return href != null; }

    /** Whether the two runs look the same apart from their text, so they can be one run. */
    public boolean sameFormatAs(Run other) {
        return marks.equals(other.marks) && Objects.equals(href, other.href);
    }

    public Run withText(String newText) { return new Run(newText, marks, href); }

    private static String withoutControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                StringBuilder cleaned = new StringBuilder(text.length());
                text.chars().forEach(c -> cleaned.append(Character.isISOControl(c) ? ' ' : (char) c));
                return cleaned.toString();
            }
        }
        return text;
    }
}
