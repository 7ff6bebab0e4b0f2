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
