package com.newsdesk.ui.editor;

import com.newsdesk.domain.document.Mark;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The editor's character style: the document model's marks and link, nothing else. */
public record TextStyle(Set<Mark> marks, String href) {
    public static final TextStyle PLAIN = new TextStyle(Set.of(), null);

    public TextStyle {
        marks = marks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
    }

    public boolean has(Mark mark) { return marks.contains(mark); }

    public TextStyle with(Mark mark, boolean on) {
        EnumSet<Mark> changed = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
        if (on) {
            changed.add(mark);
        } else {
            changed.remove(mark);
        }
        return new TextStyle(changed, href);
    }

    public TextStyle withHref(String newHref) {
        return Objects.equals(href, newHref) ? this : new TextStyle(marks, newHref);
    }

    /**
     * Inline CSS for a text node: bold, italic, underline, strikethrough, code font, link colour. Italic Arabic is
     * not asked of the font: DejaVu Sans Oblique has no Arabic glyphs, and JavaFX then draws wrong ones; such a node
     * is slanted instead (see {@link #slanted}).
     */
    String css(String text) {
        StringBuilder css = new StringBuilder();
        if (has(Mark.BOLD)) {
            css.append("-fx-font-weight: bold;");
        }
        if (has(Mark.ITALIC) && !hasArabicScript(text)) {
            css.append("-fx-font-style: italic;");
        }
        if (has(Mark.UNDERLINE) || href != null) {
            css.append("-fx-underline: true;");
        }
        if (has(Mark.STRIKETHROUGH)) {
            css.append("-fx-strikethrough: true;");
        }
        if (has(Mark.CODE)) {
            css.append("-fx-font-family: \"DejaVu Sans Mono\", monospace;");
        }
        if (href != null) {
            css.append("-fx-fill: -color-accent-fg;");
        }
        return css.toString();
    }

    /** Whether a node of this text is drawn slanted by a transform: italic Arabic, as browsers slant it. */
    boolean slanted(String text) {
        return has(Mark.ITALIC) && hasArabicScript(text);
    }

    static boolean hasArabicScript(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(text.charAt(i));
            if (block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
                return true;
            }
        }
        return false;
    }
}
