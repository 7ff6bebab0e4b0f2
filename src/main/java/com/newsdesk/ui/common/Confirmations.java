package com.newsdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** The question asked before something readers see or that cannot be undone: named action, Cancel the default. */
public final class Confirmations {
    private Confirmations() {}

    /**
     * Asks, with a button named for what happens ({@code action}, given the id {@code actionId} for tests) and
     * Cancel as the default button, so that Enter alone changes nothing.
     *
     * @return whether the action was chosen
     */
    public static boolean ask(Node owner, String title, String message, String action, String actionId) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setResizable(true);
        alert.initOwner(owner.getScene().getWindow());
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(go, ButtonType.CANCEL);
        Button goButton = (Button) alert.getDialogPane().lookupButton(go);
        goButton.setDefaultButton(false);
        goButton.setId(actionId);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
