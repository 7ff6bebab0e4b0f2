package com.newsdesk.service.site;

import com.newsdesk.domain.WordDiff;
import com.newsdesk.service.RefusedException;
import java.util.List;

/**
 * A publish refused because the site's post changed since Newsdesk last saw it (or was never Newsdesk's): nothing was
 * sent. {@code difference} is the site's text against the article's, word by word, for the person to see first.
 */
public final class SiteChangedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    private final transient List<WordDiff.Piece> difference;

    public SiteChangedException(String message, List<WordDiff.Piece> difference) {
        super(message);
        this.difference = List.copyOf(difference);
    }

    /** From the site's text (REMOVED: only there) to the article's (ADDED: only here). */
    public List<WordDiff.Piece> difference() {
        return difference;
    }

    /**
     * Each change on a line of its own, short enough to read in a list: a few words of context, then what only the
     * site has [-so-] and what only the article has {+so+}.
     */
    public List<String> changes() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < difference.size(); i++) {
            if (difference.get(i).kind() == WordDiff.Kind.SAME) {
                continue;
            }
            StringBuilder line = new StringBuilder(i > 0 ? tail(difference.get(i - 1).text()) : "");
            while (i < difference.size() && difference.get(i).kind() != WordDiff.Kind.SAME) {
                WordDiff.Piece piece = difference.get(i);
                String text = piece.text().length() > 60 ? piece.text().substring(0, 57) + "…" : piece.text();
                line.append(piece.kind() == WordDiff.Kind.REMOVED ? "[-" + text + "-]" : "{+" + text + "+}");
                i++;
            }
            if (i < difference.size()) {
                line.append(head(difference.get(i).text()));
            }
            lines.add(line.toString().replace('\n', ' '));
        }
        return lines;
    }

    /** The last few words before a change, "…" where more came before them. */
    private static String tail(String text) {
        String[] words = text.split(" ", -1);
        return (words.length > 4 ? "…" : "")
                + String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
    }

    /** The first few words after a change, "…" where more come after them. */
    private static String head(String text) {
        String[] words = text.split(" ", -1);
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, 4)))
                + (words.length > 4 ? "…" : "");
    }

    /** The difference as text: [-only on the site-] {+only here+}. */
    public String differenceText() {
        StringBuilder text = new StringBuilder();
        for (WordDiff.Piece piece : difference) {
            text.append(switch (piece.kind()) {
                case SAME -> piece.text();
                case REMOVED -> "[-" + piece.text() + "-]";
                case ADDED -> "{+" + piece.text() + "+}";
            });
        }
        return text.toString();
    }
}
