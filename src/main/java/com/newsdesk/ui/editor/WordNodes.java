package com.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.text.Text;

/**
 * Right-to-left text in the editor's and the preview's flows, one node per word (why: {@link
 * com.newsdesk.ui.common.WrappingText}). The flow's text is unchanged (carets, selections and hit tests count
 * characters across nodes), and a word is never cut, so Arabic letters still join.
 */
final class WordNodes {
    private WordNodes() {}

    /** Replaces each text node of {@code kind} holding right-to-left text by one node per word, made by {@code piece}. */
    static <T extends Text> void splitRightToLeft(List<Node> children, Class<T> kind, BiFunction<T, String, T> piece) {
        for (int i = 0; i < children.size(); i++) {
            if (!kind.isInstance(children.get(i))) {
                continue;
            }
            T text = kind.cast(children.get(i));
            List<String> words = words(text.getText());
            if (words.size() > 1) {
                List<T> pieces = new ArrayList<>(words.size());
                for (String word : words) {
                    pieces.add(piece.apply(text, word));
                }
                children.remove(i);
                children.addAll(i, pieces);
                i += pieces.size() - 1;
            }
        }
    }

    /** The text cut after each run of spaces when it holds right-to-left letters; otherwise the text whole. */
    static List<String> words(String text) {
        return com.newsdesk.ui.common.WrappingText.words(text);
    }

    /**
     * Slants a node about its middle, as a browser synthesises an oblique face: JavaFX 21 does not slant a face itself.
     * A node of one word is on one line, so the slant keeps it in place.
     */
    static void slant(Text text) {
        if (!text.getTransforms().isEmpty()) {
            return; // slanted already
        }
        javafx.scene.transform.Shear shear = new javafx.scene.transform.Shear(-SLANT, 0);
        shear.pivotYProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> text.getBoundsInLocal().getCenterY(), text.boundsInLocalProperty()));
        text.getTransforms().add(shear);
    }

    /** About 11 degrees, the slant browsers give a face without an italic. */
    private static final double SLANT = 0.2;
}
