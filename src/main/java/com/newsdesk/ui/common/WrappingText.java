package com.newsdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps, for what people wrote (a comment, a headline, a note). JavaFX's text layout (21, and 25 alike)
 * misdraws right-to-left text that wraps inside one text node: the part on the first line keeps its place in the
 * whole run, so the line overflows on the right and overlaps the next; a {@code Label} is one node. A line never
 * breaks inside a node of one word, so text holding right-to-left letters is drawn as a flow of one node per word,
 * aligned to the right when its first strong letter reads right to left (as a browser's {@code dir="auto"}).
 * Left-to-right text stays a plain wrapping {@code Label}.
 */
public final class WrappingText {
    private WrappingText() {}

    /** A wrapping label of {@code text}, with {@code styleClasses} on its text. */
    public static Region of(String text, String... styleClasses) {
        if (!hasRightToLeft(text)) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().addAll(styleClasses);
            return label;
        }
        TextFlow flow = flow(text, styleClasses);
        flow.getStyleClass().add("wrapping-text");
        flow.setTextAlignment(startsRightToLeft(text) ? TextAlignment.RIGHT : TextAlignment.LEFT);
        flow.setAccessibleText(text);
        return flow;
    }

    /** A flow of {@code text}, a node a word when it holds right-to-left letters, {@code styleClasses} on each node. */
    public static TextFlow flow(String text, String... styleClasses) {
        TextFlow flow = new TextFlow();
        for (String word : words(text)) {
            Text piece = new Text(word);
            piece.getStyleClass().addAll(styleClasses);
            flow.getChildren().add(piece);
        }
        return flow;
    }

    /** The text cut after each run of spaces when it holds right-to-left letters; otherwise the text whole. */
    public static List<String> words(String text) {
        if (!hasRightToLeft(text)) {
            return List.of(text);
        }
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                words.add(text.substring(start, i));
                start = i;
            }
        }
        words.add(text.substring(start));
        return words;
    }

    public static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(WrappingText::isRightToLeft);
    }

    /** Whether the first letter with a direction reads right to left. */
    public static boolean startsRightToLeft(String text) {
        return text.codePoints().filter(c -> isRightToLeft(c)
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT)
                .findFirst().stream().anyMatch(WrappingText::isRightToLeft);
    }

    private static boolean isRightToLeft(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
