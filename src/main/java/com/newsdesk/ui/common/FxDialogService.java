package com.newsdesk.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the window, owned by its stage (so that they open over it and close with it). */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> fileToOpen(String title, Path folder, FileKind... kinds) {
        return Optional.ofNullable(chooser(title, folder, null, kinds).showOpenDialog(owner())).map(File::toPath);
    }

    /** A name typed without an extension gets the one of the kind chosen (GTK's chooser adds none). */
    @Override
    public Optional<Path> fileToSave(String title, Path folder, String suggestedName, FileKind... kinds) {
        FileChooser chooser = chooser(title, folder, suggestedName, kinds);
        File file = chooser.showSaveDialog(owner());
        if (file == null) {
            return Optional.empty();
        }
        FileChooser.ExtensionFilter kind = chooser.getSelectedExtensionFilter();
        String pattern = kind == null || kind.getExtensions().isEmpty() ? "" : kind.getExtensions().get(0);
        if (!file.getName().contains(".") && pattern.startsWith("*.")) {
            file = new File(file.getParentFile(), file.getName() + pattern.substring(1));
        }
        return Optional.of(file.toPath());
    }

    private static FileChooser chooser(String title, Path folder, String suggestedName, FileKind... kinds) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileKind kind : kinds) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        }
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return chooser;
    }

    @Override
    public boolean confirm(String title, String message, List<String> details, String action, String actionId) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        if (!details.isEmpty()) { // the list first, then the question, in a window wide enough to read a row
            ListView<String> list = new ListView<>(javafx.collections.FXCollections.observableList(details));
            list.setFixedCellSize(30); // every row whole, the list as tall as its rows up to ten
            list.setPrefHeight(30 * Math.min(10, details.size()) + 4);
            list.setMinHeight(Region.USE_PREF_SIZE);
            Label question = new Label(message);
            question.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(8, list, question));
            alert.getDialogPane().setPrefWidth(760);
        }
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(go, ButtonType.CANCEL);
        Button goButton = (Button) alert.getDialogPane().lookupButton(go);
        goButton.setDefaultButton(false);
        goButton.setId(actionId);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void informTable(String title, String heading, java.util.Map<String, String> rows) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (java.util.Map.Entry<String, String> pair : rows.entrySet()) {
            Label name = new Label(pair.getKey());
            name.setStyle("-fx-font-weight: bold");
            grid.addRow(row++, name, new Label(pair.getValue()));
        }
        Alert alert = alert(Alert.AlertType.INFORMATION, title, null);
        alert.setHeaderText(heading);
        alert.getDialogPane().setContent(grid);
        alert.showAndWait();
    }

    @Override
    public Optional<Integer> number(String title, String message, int suggested, int min, int max, String action,
            String actionId) {
        javafx.scene.control.Spinner<Integer> spinner = new javafx.scene.control.Spinner<>(min, max, suggested);
        spinner.setEditable(true);
        spinner.setId("number");
        if (!ask(title, message, spinner, action, actionId, new javafx.beans.property.SimpleBooleanProperty(false))) {
            return Optional.empty();
        }
        try { // what was typed counts, even without Enter; out of range or not a number: the nearest bound
            return Optional.of(Math.max(min, Math.min(max, Integer.parseInt(spinner.getEditor().getText().strip()))));
        } catch (NumberFormatException notANumber) {
            return Optional.of(spinner.getValue());
        }
    }

    @Override
    public Optional<String> text(String title, String message, String prompt, String action, String actionId) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setId("text");
        field.setPromptText(prompt);
        field.setPrefColumnCount(36);
        return ask(title, message, field, action, actionId, field.textProperty().isEmpty())
                ? Optional.of(field.getText().strip()).filter(typed -> !typed.isEmpty()) : Optional.empty();
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> options, String action,
            String actionId) {
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(options));
        box.setId("choice");
        box.getSelectionModel().selectFirst();
        return ask(title, message, box, action, actionId, box.valueProperty().isNull())
                ? Optional.ofNullable(box.getValue()) : Optional.empty();
    }

    @Override
    public Optional<char[]> password(String title, String message, String action, String actionId) {
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("password");
        field.setPrefColumnCount(30);
        Optional<char[]> typed = ask(title, message, field, action, actionId, field.textProperty().isEmpty())
                ? Optional.of(field.getText().toCharArray()) : Optional.empty();
        field.clear();
        return typed;
    }

    /**
     * A question over one field: the message, the field (focused), a button named for what happens (disabled while
     * {@code notReady}) and Cancel. True when the button was pressed.
     */
    private boolean ask(String title, String message, javafx.scene.control.Control field, String action,
            String actionId, javafx.beans.binding.BooleanExpression notReady) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.initOwner(owner());
        Label label = new Label(message);
        label.setWrapText(true);
        label.setPrefWidth(440);
        label.setLabelFor(field);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, label, field);
        content.setPadding(new javafx.geometry.Insets(16, 16, 4, 16)); // without a header the pane adds none
        dialog.getDialogPane().setContent(content);
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        goButton.setId(actionId);
        goButton.disableProperty().bind(notReady);
        javafx.scene.Node focused = field instanceof javafx.scene.control.Spinner<?> spinner ? spinner.getEditor()
                : field;
        dialog.setOnShown(event -> javafx.application.Platform.runLater(focused::requestFocus));
        return dialog.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public Optional<ServerSignIn> serverSignIn(String title, String suggested, String action) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText("A newsroom shared on a PostgreSQL server");
        dialog.setResizable(true);
        dialog.initOwner(owner());
        javafx.scene.control.TextField address = new javafx.scene.control.TextField(suggested);
        address.setId("server-address");
        address.setPromptText("postgresql://HOST[:PORT]/DATABASE?user=NAME");
        address.setPrefColumnCount(40);
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("server-password");
        password.setPromptText("from PGPASSWORD or ~/.pgpass when left empty");
        Label note = new Label("Connect as your own login (user=YOUR USERNAME): the server knows your role by it."
                + " The password is used for this session only and never stored.");
        note.setWrapText(true);
        // As wide as the fields, not as the sentence unwrapped: the dialog is placed by its first width.
        note.setPrefWidth(440);
        note.getStyleClass().add("text-muted");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Label addressLabel = new Label("Address");
        Label passwordLabel = new Label("Password");
        addressLabel.setMinWidth(Region.USE_PREF_SIZE);
        passwordLabel.setMinWidth(Region.USE_PREF_SIZE);
        addressLabel.setLabelFor(address);
        passwordLabel.setLabelFor(password);
        grid.addRow(0, addressLabel, address);
        grid.addRow(1, passwordLabel, password);
        grid.add(note, 1, 2);
        javafx.scene.layout.GridPane.setHgrow(address, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(connect)).setId("connect");
        dialog.setOnShown(event -> javafx.application.Platform.runLater(() -> { // after the dialog's own focus
            address.requestFocus();
            address.selectAll();
        }));
        Optional<ServerSignIn> answer = dialog.showAndWait().filter(connect::equals)
                .map(pressed -> new ServerSignIn(address.getText().strip(), password.getText().toCharArray()));
        password.clear();
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).show(); // never waits: a failure may be told mid-layout
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setResizable(true);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // a long message whole, never cut
        Window window = owner();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }

    /** The window in front (a dialog asking in turn owns what it opens), else the main window. */
    private Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(owner);
    }
}
