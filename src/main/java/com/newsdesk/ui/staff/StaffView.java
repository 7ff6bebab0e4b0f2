package com.newsdesk.ui.staff;

import com.newsdesk.domain.Role;
import com.newsdesk.domain.StaffMember;
import com.newsdesk.ui.common.DeskLayout;
import com.newsdesk.ui.common.Tables;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Staff desk (Admins): accounts, adding one, resetting a password, deactivating. */
public final class StaffView {
    private final BorderPane root;

    public StaffView(StaffViewModel model) {
        Label title = DeskLayout.title("Staff");
        TableView<StaffMember> table = Tables.table("No staff accounts: a one-person newsroom.");
        table.setId("staff-table");
        table.getColumns().addAll(java.util.List.of(
                Tables.text("Username", 180, StaffMember::username),
                Tables.text("Name", 200, StaffMember::displayName),
                Tables.text("Role", 120, member -> member.role().title()),
                Tables.text("Account", 120, member -> member.active() ? "active" : "deactivated"),
                Tables.time("Since", 180, StaffMember::createdAt)));
        table.setItems(model.accounts());

        Button reset = new Button("Reset password…");
        reset.setId("staff-reset");
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(event -> askPassword("New password for " + selected(table).username())
                .ifPresent(password -> model.resetPassword(selected(table), password)));
        Button deactivate = new Button("Deactivate");
        deactivate.setId("staff-deactivate");
        deactivate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deactivate.setOnAction(event -> model.deactivate(selected(table)));
        HBox actions = new HBox(8, reset, deactivate);

        TextField username = new TextField();
        username.setId("staff-new-username");
        username.setPromptText("username");
        username.textProperty().bindBidirectional(model.newUsernameProperty());
        TextField displayName = new TextField();
        displayName.setPromptText("name shown to people");
        displayName.textProperty().bindBidirectional(model.newDisplayNameProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : value.title();
            }

            @Override
            public Role fromString(String text) {
                return Role.fromCode(text.toLowerCase(java.util.Locale.ROOT));
            }
        });
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        role.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.accounts()));
        role.setPromptText("choose a role");
        role.setId("staff-new-role");
        PasswordField password = new PasswordField();
        password.setId("staff-new-password");
        password.setPromptText("password, 10+ characters");
        PasswordField repeated = new PasswordField();
        repeated.setId("staff-new-password-again");
        repeated.setPromptText("the same password again");
        Button add = new Button("Add account");
        add.setId("staff-add");
        add.getStyleClass().add("accent");
        add.setOnAction(event -> {
            if (model.add(password.getText().toCharArray(), repeated.getText().toCharArray())) {
                password.clear();
                repeated.clear();
            }
        });
        Label passwordProblem = new Label();
        passwordProblem.setId("staff-password-problem");
        passwordProblem.setStyle("-fx-text-fill: -color-danger-fg;");
        passwordProblem.textProperty().bind(model.passwordProblemProperty());
        passwordProblem.managedProperty().bind(passwordProblem.textProperty().isNotEmpty());
        password.setPrefColumnCount(13);
        repeated.setPrefColumnCount(13);
        FlowPane form = new FlowPane(8, 8, username, displayName, role, password, repeated, add);
        form.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("staff-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        Label loginNote = new Label(model.loginNote());
        loginNote.setId("staff-login-note");
        loginNote.setWrapText(true);
        loginNote.getStyleClass().add("text-muted");
        loginNote.setManaged(!model.loginNote().isEmpty());
        loginNote.setVisible(!model.loginNote().isEmpty());
        VBox bottom = new VBox(8, actions, new Label("Add an account"), loginNote, form, passwordProblem, message);
        root = DeskLayout.of(title, table, bottom);
    }

    public Node root() { return root; }

    private static StaffMember selected(TableView<StaffMember> table) {
        return table.getSelectionModel().getSelectedItem();
    }

    /** A new password typed twice; the dialog stays open, saying why, until both match and are long enough. */
    private java.util.Optional<char[]> askPassword(String title) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setResizable(true);
        PasswordField field = new PasswordField();
        field.setPromptText("10 characters or more");
        PasswordField again = new PasswordField();
        again.setPromptText("the same password again");
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.setWrapText(true);
        dialog.setHeaderText(title);
        VBox content = new VBox(8, field, again, problem);
        content.setPrefWidth(400); // room for the reason on one or two lines
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String why = StaffViewModel.passwordProblem(field.getText().toCharArray(), again.getText().toCharArray());
            problem.setText(why);
            dialog.getDialogPane().getScene().getWindow().sizeToScene(); // the reason whole, not cut
            if (!why.isEmpty()) {
                event.consume(); // stays open with what was typed
            }
        });
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setOnShown(event -> field.requestFocus());
        dialog.initOwner(root.getScene().getWindow());
        dialog.setResultConverter(button -> {
            char[] typed = button == ButtonType.OK ? field.getText().toCharArray() : null;
            field.clear();
            again.clear();
            return typed;
        });
        return dialog.showAndWait();
    }
}
