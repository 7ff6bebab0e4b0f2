package com.newsdesk.ui.subscribers;

import com.newsdesk.domain.SubscriberImportReport;
import com.newsdesk.ui.common.Tables;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import com.newsdesk.service.subscribers.SubscriberImport;

/**
 * The import preview of a subscriber CSV: the format and columns the user may correct, add-only or add-and-update,
 * the counts per outcome and every row with its outcome, all from a dry run that wrote nothing; then Import.
 */
final class SubscriberImportDialog {
    private SubscriberImportDialog() {}

    /** The preview: choices, counts per outcome and the rows not imported, all from a dry run; then Import. */
    static void show(SubscribersViewModel.ImportPreview preview, javafx.stage.Window owner) {
        String title = "Import " + preview.file().getFileName();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ChoiceBox<com.newsdesk.domain.SubscriberFileFormat> format = new ChoiceBox<>();
        format.getItems().add(null);
        format.getItems().addAll(com.newsdesk.domain.SubscriberFileFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(com.newsdesk.domain.SubscriberFileFormat value) {
                return value == null ? "Recognise from the header" : value.title();
            }

            @Override
            public com.newsdesk.domain.SubscriberFileFormat fromString(String text) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(preview.formatProperty());
        ToggleGroup modes = new ToggleGroup();
        RadioButton addOnly = new RadioButton("Add new only");
        addOnly.setToggleGroup(modes);
        addOnly.setUserData(SubscriberImport.Mode.ADD);
        addOnly.setSelected(true);
        RadioButton upsert = new RadioButton("Add and update");
        upsert.setId("import-upsert");
        upsert.setToggleGroup(modes);
        upsert.setUserData(SubscriberImport.Mode.UPSERT);
        modes.selectedToggleProperty().addListener((observable, before, chosen) ->
                preview.modeProperty().set((SubscriberImport.Mode) chosen.getUserData()));
        ComboBox<String> emailColumn = columnChoice(preview, preview.emailColumnProperty());
        ComboBox<String> nameColumn = columnChoice(preview, preview.nameColumnProperty());
        ComboBox<String> statusColumn = columnChoice(preview, preview.statusColumnProperty());
        ComboBox<String> labelsColumn = columnChoice(preview, preview.labelsColumnProperty());
        HBox mapping = new HBox(8);
        for (var pair : List.of(Map.entry("Name", nameColumn), Map.entry("Status", statusColumn),
                Map.entry("Labels", labelsColumn))) {
            Label label = new Label(pair.getKey());
            label.setMinWidth(Region.USE_PREF_SIZE);
            mapping.getChildren().addAll(label, pair.getValue());
        }
        mapping.setAlignment(Pos.CENTER_LEFT);
        // Ghost, Mailchimp and listmonk files have fixed columns: the mapping is for any other CSV.
        mapping.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            var report = preview.reportProperty().get();
            return (report == null && !preview.problemProperty().get().isEmpty()) // nothing recognised yet
                    || (report != null && report.format().equals(com.newsdesk.domain.SubscriberFileFormat.CSV.title()));
        }, preview.reportProperty(), preview.problemProperty()));
        mapping.managedProperty().bind(mapping.visibleProperty());
        CheckBox overwrite = new CheckBox("An empty cell may clear a stored name or labels");
        overwrite.selectedProperty().bindBidirectional(preview.overwriteWithEmptyProperty());

        Label summary = new Label("Checking every row…");
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(760);
        TableView<SubscriberImportReport.RowNote> notes = Tables.table("No row has this outcome.");
        notes.setId("import-notes");
        notes.getColumns().addAll(java.util.List.of(
                Tables.text("Row", 60, note -> Integer.toString(note.row())),
                Tables.text("Email", 220, SubscriberImportReport.RowNote::email),
                Tables.text("Outcome", 100, note -> note.outcome().code()),
                Tables.text("Why", 360, SubscriberImportReport.RowNote::reason)));
        notes.setPrefHeight(260);
        notes.setItems(preview.shownRows());
        notes.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SubscriberImportReport.RowNote note, boolean empty) {
                super.updateItem(note, empty);
                setTooltip(empty || note == null ? null : new javafx.scene.control.Tooltip("Row " + note.row() + ", "
                        + note.email() + ": " + note.outcome().code() + " — " + note.reason()));
            }
        });
        // Every row with its outcome; one outcome at a time, with how many there are.
        ChoiceBox<SubscriberImportReport.Outcome> outcome = new ChoiceBox<>();
        outcome.setId("import-outcome");
        outcome.getItems().add(null);
        outcome.getItems().addAll(SubscriberImportReport.Outcome.values());
        outcome.valueProperty().bindBidirectional(preview.shownOutcomeProperty());
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(SubscriberImportReport.Outcome value) {
                SubscriberImportReport report = preview.reportProperty().get();
                if (value == null) {
                    return report == null ? "Every row" : String.format("Every row (%,d)", report.rows());
                }
                return report == null ? value.code() : String.format("%s (%,d)", value.code(), report.count(value));
            }

            @Override
            public SubscriberImportReport.Outcome fromString(String text) {
                return null;
            }
        });
        preview.reportProperty().addListener((observable, before, after) -> {
            SubscriberImportReport.Outcome chosen = outcome.getValue();
            outcome.getItems().setAll(java.util.Arrays.asList((SubscriberImportReport.Outcome) null));
            outcome.getItems().addAll(SubscriberImportReport.Outcome.values());
            outcome.setValue(chosen); // the labels again, with the new counts
        });
        Label listed = new Label();
        listed.getStyleClass().add("text-muted");
        listed.textProperty().bind(Bindings.createStringBinding(() -> {
            SubscriberImportReport report = preview.reportProperty().get();
            return report != null && report.notes().size() >= SubscriberImportReport.ROWS_LISTED
                    ? String.format("The first %,d rows are listed; the counts cover all %,d.",
                            SubscriberImportReport.ROWS_LISTED, report.rows()) : "";
        }, preview.reportProperty()));
        HBox outcomeRow = new HBox(8, new Label("Show"), outcome, listed);
        outcomeRow.setAlignment(Pos.CENTER_LEFT);
        Button saveRejected = new Button("Save the rows not imported as CSV…");
        saveRejected.setOnAction(event -> preview.saveRejectedAsked());

        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, ButtonType.CANCEL);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("import-confirm");
        importButton.disableProperty().bind(preview.reportProperty().isNull());
        saveRejected.disableProperty().bind(preview.reportProperty().isNull());
        java.util.function.Consumer<SubscriberImportReport> show = report -> {
            summary.setText(report == null ? "Checking every row…"
                    : report.describe().replace("Dry run, nothing written. ", "") + ".");
        };
        preview.reportProperty().addListener((observable, before, report) -> show.accept(report));
        preview.problemProperty().addListener((observable, before, problem) -> {
            if (!problem.isEmpty()) {
                summary.setText("This file cannot be imported as it stands: " + problem
                        + ". Choose its columns above.");
                notes.setPlaceholder(new Label("No row has been read."));
            } else {
                notes.setPlaceholder(new Label("No row has this outcome."));
            }
        });
        show.accept(preview.reportProperty().get()); // the dry run may have finished already
        Label formatLabel = new Label("Format");
        formatLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label emailLabel = new Label("Email column");
        emailLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox formatRow = new HBox(8, formatLabel, format, emailLabel, emailColumn);
        formatRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, formatRow, mapping, new HBox(12, addOnly, upsert),
                overwrite, summary, outcomeRow, notes, saveRejected);
        content.setPrefWidth(780);
        dialog.getDialogPane().setContent(content);
        dialog.showAndWait().filter(importType::equals).ifPresent(chosen -> preview.importNow());
    }

    /** A choice of the file's columns (empty: found by its usual name), filled when the dry run has read the header. */
    private static ComboBox<String> columnChoice(SubscribersViewModel.ImportPreview preview,
            javafx.beans.property.ObjectProperty<String> property) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setPromptText("by its name");
        choice.setPrefWidth(150);
        choice.valueProperty().bindBidirectional(property);
        choice.getItems().setAll(preview.columnsProperty().get());
        preview.columnsProperty().addListener((observable, before, columns) -> choice.getItems().setAll(columns));
        return choice;
    }
}
