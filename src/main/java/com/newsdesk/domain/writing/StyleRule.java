package com.newsdesk.domain.writing;

import com.newsdesk.domain.InvalidInputException;

/**
 * One entry of the newsroom's house style: write {@code prefer} instead of {@code avoid} ("Tanger", not
 * "Tangiers"), with an optional note for the writer.
 */
public record StyleRule(String avoid, String prefer, String note) {
    public static final int LIMIT = 200;

    public StyleRule {
        avoid = avoid == null ? "" : avoid.strip();
        prefer = prefer == null ? "" : prefer.strip();
        note = note == null ? "" : note.strip();
        if (avoid.isEmpty()) {
            throw new InvalidInputException("avoid", "a style entry needs the form to avoid");
        }
        if (avoid.equalsIgnoreCase(prefer)) {
            throw new InvalidInputException("prefer", "\"" + avoid + "\" would be replaced by itself");
        }
        for (String[] field : new String[][] {{"avoid", avoid}, {"prefer", prefer}, {"note", note}}) {
            if (field[1].length() > (field[0].equals("note") ? 1000 : LIMIT)) {
                throw new InvalidInputException(field[0], "longer than any style entry (" + field[1].length()
                        + " characters)");
            }
        }
    }

    /** What the writer reads on the mark. */
    public String message() {
        return (prefer.isEmpty() ? "House style: avoid \u201C" + avoid + "\u201D."
                : "House style: \u201C" + prefer + "\u201D, not \u201C" + avoid + "\u201D.")
                + (note.isEmpty() ? "" : " " + note);
    }
}
