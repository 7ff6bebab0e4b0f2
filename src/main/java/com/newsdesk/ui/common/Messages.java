package com.newsdesk.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/** Status messages that may be cut off by the window's width. */
public final class Messages {
    private Messages() {}

    /** The whole message on hover, whatever the label's width shows; no tooltip when there is no message. */
    public static void wholeOnHover(Labeled label) {
        Runnable update = () -> {
            String text = label.getText();
            if (text == null || text.isBlank()) {
                label.setTooltip(null);
            } else if (label.getTooltip() == null) {
                Tooltip tooltip = new Tooltip(text);
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(640);
                label.setTooltip(tooltip);
            } else {
                label.getTooltip().setText(text);
            }
        };
        label.textProperty().addListener((observable, before, after) -> update.run());
        update.run();
    }
}
