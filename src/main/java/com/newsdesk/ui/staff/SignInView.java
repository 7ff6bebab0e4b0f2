package com.newsdesk.ui.staff;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The sign-in screen of a newsroom with staff accounts. */
public final class SignInView {
    private final StackPane root = new StackPane();

    public SignInView(SignInViewModel model, String newsroomName) {
        Label title = new Label("Sign in to " + newsroomName);
        title.getStyleClass().add("title-2");
        TextField username = new TextField();
        username.setId("sign-in-username");
        username.setPromptText("Username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("sign-in-password");
        password.setPromptText("Password");
        Label error = new Label();
        error.setId("sign-in-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Button signIn = new Button("Sign in");
        signIn.setId("sign-in");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add("accent");
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(event -> {
            // The field's text is a String we cannot wipe; we hand over a char[] and empty the field at once.
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.signIn(typed);
        });
        VBox form = new VBox(12, title, username, password, signIn, error);
        form.setMaxWidth(360);
        form.setAlignment(Pos.CENTER_LEFT);
        form.getStyleClass().add("welcome");
        form.setMaxHeight(VBox.USE_PREF_SIZE);
        root.getChildren().add(form);
        root.getStyleClass().add("shell");
        root.getStylesheets().add(com.newsdesk.ui.common.Theme.stylesheet());
        username.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                username.requestFocus();
            }
        });
    }

    public Parent root() { return root; }
}
