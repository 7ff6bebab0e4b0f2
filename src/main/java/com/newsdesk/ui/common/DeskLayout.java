package com.newsdesk.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The one layout of every desk: a header (title and controls) above the content, an optional footer. */
public final class DeskLayout {
    private static final String FOCUS = "desk-focus";

    private DeskLayout() {}

    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("title-3");
        return title;
    }

    /** Names the control that takes the keyboard when its desk is shown (a queue, a list). */
    public static void focusOnShow(Node desk, Node control) {
        desk.getProperties().put(FOCUS, control);
    }

    /** The control that takes the keyboard when this desk is shown, or null. */
    public static Node focusOf(Node desk) {
        return (Node) desk.getProperties().get(FOCUS);
    }

    /** Ctrl+F anywhere in the desk (a list, a pane, a button) goes to its search field, its text selected. */
    public static void searchWith(Node desk, javafx.scene.control.TextField field) {
        desk.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown()
                    && event.getCode() == javafx.scene.input.KeyCode.F) {
                field.requestFocus();
                field.selectAll();
                event.consume();
            }
        });
    }

    public static BorderPane of(Node header, Node content, Node footer) {
        BorderPane desk = new BorderPane(content);
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        desk.setTop(header);
        if (footer != null) {
            BorderPane.setMargin(footer, new Insets(8, 0, 0, 0));
            desk.setBottom(footer);
        }
        desk.setPadding(new Insets(12));
        return desk;
    }
}
