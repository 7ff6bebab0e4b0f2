package com.newsdesk.ui.subscribers;

import com.newsdesk.domain.EmailAddresses;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.WeeklyChange;
import com.newsdesk.ui.common.DeskLayout;
import com.newsdesk.ui.common.Tables;
import com.newsdesk.ui.common.WrappingText;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import com.newsdesk.service.subscribers.SubscriberExport;

/** The Subscribers desk: the list with filters and counts, a weekly chart, add and edit, import with a preview. */
public final class SubscribersView {
    private final SubscribersViewModel model;
    private final BorderPane root;
    private final ToggleGroup statuses = new ToggleGroup();
    private final TableView<Subscriber> table = Tables.table("No subscribers here.");
    private final VBox breakdown = new VBox(4);
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    public SubscribersView(SubscribersViewModel model) {
        this.model = model;
        Label title = DeskLayout.title("");
        title.textProperty().bind(Bindings.format("Subscribers  ·  %,d", model.rows().totalProperty()));
        HBox statusBar = new HBox(4, statusButton(null));
        for (SubscriberStatus status : SubscriberStatus.values()) {
            statusBar.getChildren().add(statusButton(status));
        }
        model.countsProperty().addListener((observable, before, counts) -> showCounts(counts));
        model.statusProperty().addListener((observable, before, status) -> statuses.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == status).findFirst()
                .ifPresent(toggle -> toggle.setSelected(true)));

        table.setId("subscribers-table");
        table.getColumns().addAll(java.util.List.of(
                Tables.text("Email", 250, Subscriber::email),
                Tables.text("Name", 170, Subscriber::name),
                Tables.text("Status", 100, row -> row.status().code()),
                Tables.text("Labels", 200, row -> String.join(" · ", row.labels())),
                Tables.text("Source", 140, Subscriber::source),
                Tables.time("Subscribed", 160, Subscriber::subscribedAt),
                Tables.time("Added", 160, Subscriber::createdAt)));
        // The address and the status keep their width; the others give way first, so all fit the table. In a narrow
        // table the dates and the source step aside (the pane beside the list shows them for the person selected).
        Tables.fitting(table, java.util.Map.of("Email", 230.0, "Status", 110.0), // "blocklisted" whole
                java.util.Map.of("Added", 760.0, "Source", 760.0, "Subscribed", 640.0));
        table.setItems(model.rows());
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<Subscriber> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            Subscriber selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                edit(selected);
                event.consume();
            }
        });
        MenuItem editItem = new MenuItem("Edit…");
        editItem.setOnAction(event -> ifSelected(this::edit));
        MenuItem exportPerson = new MenuItem("Export everything about this person…");
        exportPerson.setOnAction(event -> ifSelected(model::exportPersonAsked));
        MenuItem erase = new MenuItem("Erase this person…");
        erase.setOnAction(event -> ifSelected(model::eraseAsked));
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        MenuItem addLabel = new MenuItem("Add a label to the selection…");
        addLabel.setOnAction(event -> labelSelection(true));
        MenuItem removeLabel = new MenuItem("Remove a label from the selection…");
        removeLabel.setOnAction(event -> labelSelection(false));
        table.setContextMenu(new ContextMenu(editItem, addLabel, removeLabel, new javafx.scene.control.SeparatorMenuItem(),
                exportPerson, erase));

        Label message = new Label();
        message.setId("subscribers-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true); // an erasure's message ends with the warning about older backups: all of it shows
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        chart.setTitle("Weekly changes");
        chart.getStyleClass().add("weekly-chart");
        chart.setLegendVisible(true);
        chart.setBarGap(0);
        chart.setCategoryGap(2);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setMinWidth(200);
        model.weeklyProperty().addListener((observable, before, weeks) -> showWeeks(weeks));
        Label breakdownTitle = new Label("Status breakdown");
        breakdownTitle.getStyleClass().add("title-4");
        VBox person = new VBox(6);
        person.setId("subscriber-detail");
        person.managedProperty().bind(person.visibleProperty());
        model.detailProperty().addListener((observable, before, shown) -> showPerson(person, shown));
        showPerson(person, model.detailProperty().get());
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<Subscriber>) change -> model.show(
                        table.getSelectionModel().getSelectedItems().size() == 1
                                ? table.getSelectionModel().getSelectedItem() : null));
        VBox side = new VBox(10, person, breakdownTitle, breakdown, chart);
        side.setPadding(new Insets(0, 8, 8, 12));
        javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setMinWidth(240);
        SplitPane split = new SplitPane(table, sideScroll);
        split.setDividerPositions(0.68);

        Node filters = filterBar();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, spacer, actions);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, titleRow, statusBar, filters, message);
        root = DeskLayout.of(top, split, null);
        if (filters.lookup("#subscriber-search") instanceof TextField search) {
            DeskLayout.searchWith(root, search);
        }
        showCounts(model.countsProperty().get()); // the desk may be built after the first load
        showWeeks(model.weeklyProperty().get());
        DeskLayout.focusOnShow(root, table);
    }

    public Node root() { return root; }

    private Node filterBar() {
        TextField search = new TextField();
        search.setId("subscriber-search");
        search.setPromptText("Address (with @) or name");
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        com.newsdesk.ui.common.SearchFields.live(search, model::applyFilter, table, model.rows().refreshingProperty());
        ComboBox<String> label = new ComboBox<>();
        label.setPromptText("Any label");
        label.setId("subscriber-label-filter");
        model.labelsProperty().addListener((observable, before, labels) -> {
            String chosen = label.getValue();
            label.getItems().setAll(labels.stream().map(Map.Entry::getKey).toList());
            label.setValue(chosen);
        });
        label.getItems().setAll(model.labelsProperty().get().stream().map(Map.Entry::getKey).toList());
        label.valueProperty().bindBidirectional(model.labelProperty());
        label.setMinWidth(130);
        TextField source = new TextField();
        source.setPromptText("Source, Enter");
        source.setPrefColumnCount(10);
        source.textProperty().bindBidirectional(model.sourceProperty());
        source.setOnAction(event -> model.applyFilter());
        DatePicker from = new DatePicker();
        from.setPromptText("Added from");
        from.setPrefWidth(150);
        from.valueProperty().bindBidirectional(model.fromDateProperty());
        DatePicker until = new DatePicker();
        until.setPromptText("Until");
        until.setPrefWidth(150);
        until.valueProperty().bindBidirectional(model.untilDateProperty());
        Button clear = new Button("Clear");
        clear.setOnAction(event -> model.clearFilters());
        Button add = new Button("Add…");
        add.setId("subscriber-add");
        add.setOnAction(event -> add());
        Button importCsv = new Button("Import CSV…");
        importCsv.setId("subscriber-import");
        importCsv.setOnAction(event -> chooseImport());
        Button export = new Button("Export…");
        export.setOnAction(event -> export());
        Button labels = new Button("Labels…");
        labels.setOnAction(event -> manageLabels());
        for (Button button : List.of(clear, add, importCsv, export, labels)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        actions = new HBox(8, add, labels, importCsv, export);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(8, search, label, source, from, until, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox actions;

    private ToggleButton statusButton(SubscriberStatus status) {
        ToggleButton button = new ToggleButton(name(status));
        button.setUserData(status);
        button.setId("subscribers-" + (status == null ? "all" : status.code()));
        button.setToggleGroup(statuses);
        button.setSelected(status == null);
        button.setOnAction(event -> {
            model.statusProperty().set(status);
            button.setSelected(true);
        });
        return button;
    }

    private static String name(SubscriberStatus status) {
        if (status == null) {
            return "All";
        }
        String code = status.code();
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    private void showCounts(Map<SubscriberStatus, Long> counts) {
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        statuses.getToggles().forEach(toggle -> {
            SubscriberStatus status = (SubscriberStatus) toggle.getUserData();
            ((ToggleButton) toggle).setText(String.format("%s  %,d", name(status),
                    status == null ? all : counts.getOrDefault(status, 0L)));
        });
        breakdown.getChildren().clear();
        for (SubscriberStatus status : SubscriberStatus.values()) {
            long count = counts.getOrDefault(status, 0L);
            breakdown.getChildren().add(new Label(String.format("%s: %,d (%.1f %%)", name(status), count,
                    all == 0 ? 0.0 : 100.0 * count / all)));
        }
    }

    /**
     * The person selected, as listmonk shows one: status and since when, labels, source, the record's history, and
     * the comments from the same address (for those who may moderate). Text only: nothing here is live markup.
     */
    private void showPerson(VBox pane, com.newsdesk.domain.SubscriberDetail shown) {
        pane.getChildren().clear();
        pane.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        Subscriber subscriber = shown.subscriber();
        Label email = new Label(subscriber.email());
        email.getStyleClass().add("title-4");
        email.setWrapText(true);
        Region name = WrappingText.of(subscriber.name().isBlank() ? "(no name)" : subscriber.name());
        Label status = new Label(name(subscriber.status()) + (subscriber.status() == SubscriberStatus.SUBSCRIBED
                && subscriber.subscribedAt() != null ? " since " + Tables.format(subscriber.subscribedAt())
                : subscriber.unsubscribedAt() != null ? " since " + Tables.format(subscriber.unsubscribedAt()) : ""));
        status.setId("subscriber-detail-status");
        Region labels = WrappingText.of("Labels: " + (subscriber.labels().isEmpty() ? "none"
                : String.join(" · ", subscriber.labels())));
        Region source = WrappingText.of("Source: " + (subscriber.source().isBlank() ? "unknown"
                : subscriber.source()));
        status.setWrapText(true);
        pane.getChildren().addAll(email, name, status, labels, source);
        if (!subscriber.note().isBlank()) {
            pane.getChildren().add(WrappingText.of("Note: " + subscriber.note()));
        }
        Label historyTitle = new Label("History");
        historyTitle.getStyleClass().add("text-bold");
        VBox history = new VBox(2);
        history.setId("subscriber-detail-history");
        for (var entry : shown.history()) {
            Label line = new Label(Tables.format(entry.at()) + " · " + (entry.who().isBlank() ? "" : entry.who() + " · ")
                    + entry.what());
            line.setWrapText(true);
            line.getStyleClass().add("text-muted");
            history.getChildren().add(line);
        }
        pane.getChildren().addAll(historyTitle, history);
        if (shown.comments() != null) {
            var comments = shown.comments();
            Label commentsTitle = new Label(String.format("Comments from this address: %,d", comments.total()));
            commentsTitle.setId("subscriber-detail-comments");
            commentsTitle.getStyleClass().add("text-bold");
            commentsTitle.setWrapText(true); // the pane is narrow on a small window: wrapped, never cut
            pane.getChildren().add(commentsTitle);
            if (comments.total() > 0) {
                Label counts = new Label(String.format("%,d approved, %,d pending, %,d spam, %,d trash",
                        comments.counts().getOrDefault(com.newsdesk.domain.CommentStatus.APPROVED, 0L),
                        comments.counts().getOrDefault(com.newsdesk.domain.CommentStatus.PENDING, 0L),
                        comments.counts().getOrDefault(com.newsdesk.domain.CommentStatus.SPAM, 0L),
                        comments.counts().getOrDefault(com.newsdesk.domain.CommentStatus.TRASH, 0L)));
                counts.setWrapText(true);
                pane.getChildren().add(counts);
                for (var row : comments.latest()) {
                    String text = row.comment().plainText().replaceAll("\\s+", " ").strip();
                    pane.getChildren().add(WrappingText.of(row.comment().status().code() + " · " + Tables.format(
                            row.comment().submittedAt()) + " · " + (text.length() > 90 ? text.substring(0, 89) + "…"
                                    : text), "text-muted"));
                }
            }
        }
        pane.getChildren().add(new javafx.scene.control.Separator());
    }

    private void showWeeks(List<WeeklyChange> weeks) {
        XYChart.Series<String, Number> in = new XYChart.Series<>();
        in.setName("subscribed");
        XYChart.Series<String, Number> out = new XYChart.Series<>();
        out.setName("unsubscribed");
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM");
        for (WeeklyChange week : weeks) {
            String name = day.format(week.weekStart()); // the week's Monday
            in.getData().add(new XYChart.Data<>(name, week.subscribed()));
            out.getData().add(new XYChart.Data<>(name, week.unsubscribed()));
        }
        chart.setData(FXCollections.observableArrayList(List.of(in, out)));
    }

    private void ifSelected(java.util.function.Consumer<Subscriber> action) {
        Subscriber selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        }
    }

    // --- Add and edit ---------------------------------------------------------------------------------------

    private void add() {
        Dialog<ButtonType> dialog = dialog("Add a subscriber");
        TextField email = new TextField();
        email.setId("new-subscriber-email");
        TextField name = new TextField();
        TextField labels = new TextField();
        labels.setPromptText("News, Sport");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setId("new-subscriber-problem");
        email.textProperty().addListener((observable, before, typed) -> problem.setText(typed.isBlank() ? ""
                : EmailAddresses.problem(EmailAddresses.clean(typed))
                        .map(why -> EmailAddresses.INVALID + ": " + why).orElse("")));
        dialog.getDialogPane().setContent(form(new String[] {"Email", "Name", "Labels"}, email, name, labels, problem));
        ButtonType save = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(() -> email.getText().isBlank()
                || !problem.getText().isEmpty(), email.textProperty(), problem.textProperty()));
        javafx.application.Platform.runLater(email::requestFocus);
        dialog.showAndWait().filter(save::equals).ifPresent(chosen -> model.add(email.getText(), name.getText(),
                labels.getText(), added -> { }));
    }

    private void edit(Subscriber subscriber) {
        Dialog<ButtonType> dialog = dialog("Edit " + subscriber.email());
        TextField name = new TextField(subscriber.name());
        TextField labels = new TextField(String.join(", ", subscriber.labels()));
        ChoiceBox<SubscriberStatus> status = new ChoiceBox<>(FXCollections.observableArrayList(
                SubscriberStatus.values()));
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(SubscriberStatus value) {
                return value == null ? "" : value.code();
            }

            @Override
            public SubscriberStatus fromString(String text) {
                return SubscriberStatus.fromCode(text);
            }
        });
        status.setValue(subscriber.status());
        // What the consent rule asks of the status chosen (Subscriber.moveTo): the service enforces the same rule.
        CheckBox resubscribe = new CheckBox("The person asked to subscribe again");
        resubscribe.visibleProperty().bind(Bindings.createBooleanBinding(() -> status.getValue() != null
                && subscriber.moveTo(status.getValue()) == Subscriber.Move.ONLY_IF_THEY_ASKED, status.valueProperty()));
        resubscribe.managedProperty().bind(resubscribe.visibleProperty());
        Label never = new Label(subscriber.email() + " is blocklisted and is never subscribed again.");
        never.getStyleClass().add("danger");
        never.setWrapText(true);
        never.visibleProperty().bind(Bindings.createBooleanBinding(() -> status.getValue() != null
                && subscriber.moveTo(status.getValue()) == Subscriber.Move.NEVER, status.valueProperty()));
        never.managedProperty().bind(never.visibleProperty());
        Label source = new Label(subscriber.source() + (subscriber.subscribedAt() == null ? ""
                : " · consent " + Tables.format(subscriber.subscribedAt())));
        never.setMaxWidth(360);
        never.setMinHeight(Region.USE_PREF_SIZE);
        VBox statusBox = new VBox(6, status, resubscribe, never); // what the rule asks, under the choice
        javafx.beans.InvalidationListener refit = observable -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene(); // the reason whole, not cut
            }
        });
        resubscribe.visibleProperty().addListener(refit);
        never.visibleProperty().addListener(refit);
        dialog.getDialogPane().setContent(form(new String[] {"Name", "Labels", "Status", "Source"}, name, labels,
                statusBox, source));
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(never.visibleProperty()); // never allowed
        dialog.showAndWait().filter(save::equals).ifPresent(chosen -> model.edit(subscriber, name.getText(),
                labels.getText(), status.getValue(), resubscribe.isSelected(), saved -> { }));
    }

    private void export() {
        ChoiceBox<SubscriberExport.Format> format = new ChoiceBox<>(FXCollections.observableArrayList(
                SubscriberExport.Format.values()));
        format.setValue(SubscriberExport.Format.CSV);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(SubscriberExport.Format value) {
                return value == null ? "" : switch (value) {
                    case JSON -> "Newsdesk JSON";
                    case CSV -> "Newsdesk CSV";
                    case GHOST -> "Ghost members CSV";
                    case LISTMONK -> "listmonk CSV";
                };
            }

            @Override
            public SubscriberExport.Format fromString(String text) {
                return null;
            }
        });
        Dialog<ButtonType> dialog = dialog("Export subscribers");
        dialog.getDialogPane().setContent(new VBox(8, new Label("The list as it is filtered now."), format));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        model.exportAsked(format.getValue());
    }

    // --- Labels ---------------------------------------------------------------------------------------------

    private void labelSelection(boolean add) {
        List<Subscriber> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        ComboBox<String> name = new ComboBox<>(FXCollections.observableArrayList(
                model.labelsProperty().get().stream().map(Map.Entry::getKey).toList()));
        name.setEditable(add); // adding may name a new label
        Dialog<ButtonType> dialog = dialog((add ? "Add a label to " : "Remove a label from ") + chosen.size()
                + " subscribers");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Label"), name));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            String typed = add ? name.getEditor().getText() : name.getValue();
            if (typed != null && !typed.isBlank()) {
                model.labelSelection(chosen, typed, add);
            }
        });
    }

    /** Create, rename (merging into an existing name), merge and delete labels. */
    private void manageLabels() {
        model.clearMessage(); // the dialog shows what its own buttons did, not an earlier message of the desk
        javafx.scene.control.ListView<Map.Entry<String, Long>> list = new javafx.scene.control.ListView<>(
                FXCollections.observableArrayList(model.labelsProperty().get()));
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Map.Entry<String, Long> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format("%s  (%,d)", item.getKey(), item.getValue()));
            }
        });
        model.labelsProperty().addListener((observable, before, labels) -> list.getItems().setAll(labels));
        list.setPrefHeight(260);
        TextField name = new TextField();
        name.setPromptText("A name");
        Button create = new Button("New label");
        create.setOnAction(event -> model.createLabel(name.getText()));
        Button rename = new Button("Rename to");
        Button merge = new Button("Merge into");
        Button delete = new Button("Delete");
        rename.setOnAction(event -> selectedLabel(list).ifPresent(label -> model.renameLabel(label, name.getText())));
        merge.setOnAction(event -> selectedLabel(list).ifPresent(label -> model.mergeLabels(label, name.getText())));
        delete.setOnAction(event -> selectedLabel(list).ifPresent(model::deleteLabel));
        Label hint = new Label("Choose a label, type a name, then rename it or merge it into the label of that name.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Dialog<ButtonType> dialog = dialog("Labels");
        dialog.getDialogPane().setContent(new VBox(8, list, name, new HBox(8, create, rename, merge, delete), hint,
                message));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.showAndWait();
    }

    private static java.util.Optional<String> selectedLabel(javafx.scene.control.ListView<Map.Entry<String, Long>> list) {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(Map.Entry::getKey);
    }

    // --- Import with a preview ------------------------------------------------------------------------------

    private void chooseImport() {
        model.importAsked().ifPresent(this::showImport);
    }

    /** The preview: choices, counts per outcome and the rows not imported, all from a dry run; then Import. */
    public void showImport(SubscribersViewModel.ImportPreview preview) {
        SubscriberImportDialog.show(preview, root.getScene() == null ? null : root.getScene().getWindow());
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        owner(dialog);
        return dialog;
    }

    private void owner(Dialog<?> dialog) {
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
    }

    private static GridPane form(String[] labels, Node... fields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < fields.length; i++) {
            if (i < labels.length) {
                Label label = new Label(labels[i]);
                label.setMinWidth(Region.USE_PREF_SIZE); // a name, never "…"
                grid.add(label, 0, i);
            }
            grid.add(fields[i], 1, i);
            if (fields[i] instanceof TextField field) {
                field.setPrefColumnCount(28);
            }
        }
        return grid;
    }
}
