package com.newsdesk.ui.settings;

import com.newsdesk.domain.CommentRules;
import com.newsdesk.ui.common.DeskLayout;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Settings desk: the comment rules, and the backup policy for those who may transfer the whole newsroom. */
public final class SettingsView {
    private final Node root;

    public SettingsView(SettingsViewModel model, BackupSettingsViewModel backups,
            PublishingSettingsViewModel publishing, StyleSettingsViewModel style, SitesSettingsViewModel sites) {
        Label title = DeskLayout.title("Settings");
        Label rulesTitle = new Label("Comment rules");
        rulesTitle.getStyleClass().add("title-4");
        Label explain = new Label("New comments are sorted as they arrive (imports too). Blocked entries send a comment"
                + " to spam; suspect words, too many links, a missing name or an invalid address hold it for a"
                + " moderator, with the reason shown in the queue. Words ignore case and accents and match whole words"
                + " only, in any script. One entry per line; domains match their subdomains; IPs may be ranges such as"
                + " 203.0.113.0/24.");
        explain.setWrapText(true);
        explain.setMaxWidth(820);

        GridPane lists = new GridPane();
        lists.setHgap(16);
        lists.setVgap(8);
        int index = 0;
        for (CommentRules.Kind kind : CommentRules.Kind.values()) {
            TextArea area = new TextArea();
            area.setId("rules-" + kind.code().replace('_', '-'));
            area.setPrefRowCount(6);
            area.setPrefColumnCount(22);
            area.textProperty().bindBidirectional(model.listProperty(kind));
            Label label = new Label(kind.title() + (kind == CommentRules.Kind.SUSPECT_WORD ? " (held)" : " (spam)"));
            label.setLabelFor(area);
            lists.add(new VBox(4, label, area), index % 3, index / 3);
            index++;
        }

        Spinner<Integer> links = boundSpinner(model.linkLimitProperty(), 1, 50, "rules-link-limit");
        HBox linkRow = new HBox(8, new Label("Hold a comment with"), links, new Label("or more links"));
        linkRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox known = new CheckBox("Approve a comment when the author has an earlier approved comment");
        known.setId("rules-approve-known");
        known.selectedProperty().bindBidirectional(model.approveKnownAuthorsProperty());

        Button save = new Button("Save rules");
        save.setId("rules-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.changedProperty().not());
        save.setOnAction(event -> model.save());
        Button revert = new Button("Revert");
        revert.disableProperty().bind(model.changedProperty().not());
        revert.setOnAction(event -> model.revert());
        Button rerun = new Button("Re-run on the pending queue");
        rerun.setId("rules-rerun");
        rerun.setOnAction(event -> model.rerunOnPending());
        Label message = new Label();
        message.setId("rules-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox buttons = new HBox(8, save, revert, rerun);

        VBox content = new VBox(12, rulesTitle, explain, lists, linkRow, known, buttons, message);
        if (publishing != null) {
            content.getChildren().add(publishingSection(publishing));
        }
        if (style != null) {
            content.getChildren().add(styleSection(style));
        }
        if (sites != null) {
            content.getChildren().add(sitesSection(sites));
        }
        if (backups != null) {
            content.getChildren().add(backupSection(backups));
        }
        content.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root = DeskLayout.of(title, scroll, null);
    }

    private static Node publishingSection(PublishingSettingsViewModel model) {
        Label title = new Label("Publishing");
        title.getStyleClass().add("title-4");
        Label explain = new Label("Schedules and embargoes are typed and shown in the newsroom's time zone, whatever"
                + " the zone of the computer in use.");
        explain.setWrapText(true);
        explain.setMaxWidth(820);
        javafx.scene.control.ComboBox<String> zone = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(PublishingSettingsViewModel.zones()));
        zone.setId("time-zone");
        zone.setEditable(true); // type to find one: Africa/Casablanca
        zone.setVisibleRowCount(12);
        zone.setPrefWidth(260);
        zone.valueProperty().bindBidirectional(model.timeZoneProperty());
        Button save = new Button("Save time zone");
        save.setId("time-zone-save");
        save.setOnAction(event -> model.save());
        HBox row = new HBox(8, new Label("Newsroom time zone"), zone, save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("time-zone-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        return new VBox(12, new javafx.scene.control.Separator(), title, explain, row, message);
    }

    private static Node styleSection(StyleSettingsViewModel model) {
        Label title = new Label("House style");
        title.getStyleClass().add("title-4");
        Label explain = new Label("The newsroom's preferred forms (\u201CTanger\u201D, not \u201CTangiers\u201D;"
                + " \u201Cemail\u201D, not \u201Ce-mail\u201D): the editor marks the form to avoid, whole words in any"
                + " case, in amber, and offers the preferred one. As CSV: avoid,prefer,note.");
        explain.setWrapText(true);
        explain.setMaxWidth(820);
        javafx.scene.control.TableView<com.newsdesk.domain.writing.StyleRule> table =
                new javafx.scene.control.TableView<>(model.rules());
        table.setId("style-rules");
        table.setPrefHeight(180);
        table.setMaxWidth(820);
        table.setPlaceholder(new Label("No house style yet: add an entry, or import a CSV file."));
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // The note takes what is left, so a narrow window has no sideways scroll bar.
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Avoid", 180, com.newsdesk.domain.writing.StyleRule::avoid),
                column("Prefer", 180, com.newsdesk.domain.writing.StyleRule::prefer),
                column("Note", 420, com.newsdesk.domain.writing.StyleRule::note)));
        javafx.scene.control.TextField avoid = new javafx.scene.control.TextField();
        avoid.setId("style-avoid");
        avoid.setPromptText("avoid (Tangiers)");
        javafx.scene.control.TextField prefer = new javafx.scene.control.TextField();
        prefer.setId("style-prefer");
        prefer.setPromptText("prefer (Tanger)");
        javafx.scene.control.TextField note = new javafx.scene.control.TextField();
        note.setPromptText("note for the writer (optional)");
        HBox.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("style-add");
        add.setOnAction(event -> {
            if (model.add(avoid.getText(), prefer.getText(), note.getText())) {
                avoid.clear();
                prefer.clear();
                note.clear();
                avoid.requestFocus();
            }
        });
        avoid.setOnAction(add.getOnAction());
        prefer.setOnAction(add.getOnAction());
        note.setOnAction(add.getOnAction());
        HBox form = new HBox(8, avoid, prefer, note, add);
        form.setMaxWidth(820);
        form.setAlignment(Pos.CENTER_LEFT);
        Button remove = new Button("Remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(java.util.List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button save = new Button("Save house style");
        save.setId("style-save");
        save.disableProperty().bind(model.changedProperty().not());
        save.setOnAction(event -> model.save());
        Button importCsv = new Button("Import CSV…");
        importCsv.setOnAction(event -> model.importAsked());
        Button exportCsv = new Button("Export CSV…");
        exportCsv.setOnAction(event -> model.exportAsked());
        Label message = new Label();
        message.setId("style-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, save, remove, importCsv,
                exportCsv);
        return new VBox(12, new javafx.scene.control.Separator(), title, explain, table, form, buttons, message);
    }

    private static <T> javafx.scene.control.TableColumn<T, String> column(String name, double width,
            java.util.function.Function<T, String> value) {
        javafx.scene.control.TableColumn<T, String> column = new javafx.scene.control.TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(
                cell.getValue())));
        return column;
    }

    private static Node sitesSection(SitesSettingsViewModel model) {
        Label title = new Label("Sites");
        title.getStyleClass().add("title-4");
        Label explain = new Label("The WordPress sites whose comments this newsroom moderates. Sync (in the status bar)"
                + " sends the decisions, edits and replies made here, then fetches what is new there; where the site"
                + " decided a comment meanwhile, the site's decision stands. Newsdesk signs in with an application"
                + " password (WordPress: Users → Profile → Application Passwords), asked once a session and never"
                + " stored.");
        explain.setWrapText(true);
        explain.setMaxWidth(820);
        javafx.scene.control.TableView<com.newsdesk.domain.site.Site> table =
                new javafx.scene.control.TableView<>(model.sites());
        table.setId("sites");
        table.setPrefHeight(120);
        table.setMaxWidth(820);
        table.setPlaceholder(new Label(model.canManage() ? "No site yet: add one below."
                : "No site yet: an Admin adds one."));
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Name", 150, com.newsdesk.domain.site.Site::name),
                column("Address", 230, com.newsdesk.domain.site.Site::url),
                column("Signs in as", 110, com.newsdesk.domain.site.Site::username),
                column("Last sync", 300, site -> site.lastSyncAt() == null ? "never"
                        : com.newsdesk.ui.common.Tables.format(site.lastSyncAt())
                                + (site.lastError().isEmpty() ? "" : ": stopped, " + site.lastError()))));
        Label message = new Label();
        message.setId("sites-message");
        message.setWrapText(true);
        message.setMaxWidth(820);
        message.textProperty().bind(model.messageProperty());
        VBox section = new VBox(12, new javafx.scene.control.Separator(), title, explain, table);
        if (model.canManage()) {
            javafx.scene.control.TextField name = new javafx.scene.control.TextField();
            name.setId("site-name");
            name.setPromptText("name (Our site)");
            name.setPrefColumnCount(10);
            javafx.scene.control.TextField url = new javafx.scene.control.TextField();
            url.setId("site-url");
            url.setPromptText("https://example.org");
            url.setPrefColumnCount(16);
            HBox.setHgrow(url, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.control.TextField user = new javafx.scene.control.TextField();
            user.setId("site-user");
            user.setPromptText("WordPress user");
            user.setPrefColumnCount(9);
            javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
            password.setId("site-password");
            password.setPromptText("application password");
            password.setPrefColumnCount(12);
            Button add = new Button("Add site");
            add.setId("site-add");
            add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            add.disableProperty().bind(name.textProperty().isEmpty().or(url.textProperty().isEmpty())
                    .or(user.textProperty().isEmpty()).or(password.textProperty().isEmpty()));
            add.setOnAction(event -> {
                model.add(name.getText(), url.getText(), user.getText(), password.getText().toCharArray());
                password.clear();
            });
            HBox form = new HBox(8, name, url, user, password, add);
            form.setMaxWidth(820);
            form.setAlignment(Pos.CENTER_LEFT);
            Button remove = new Button("Remove site");
            remove.setId("site-remove");
            remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            remove.setOnAction(event -> model.removeAsked(table.getSelectionModel().getSelectedItem()));
            section.getChildren().addAll(form, remove);
        }
        section.getChildren().add(message);
        model.load();
        return section;
    }

    private static Node backupSection(BackupSettingsViewModel model) {
        Label title = new Label("Backups");
        title.getStyleClass().add("title-4");
        Label explain = new Label("A copy of the whole newsroom is made in " + model.folder() + " when the window"
                + " opens and then regularly while people work; the oldest beyond the number kept are removed."
                + " File → Restore from a backup… brings one back, after backing up the newsroom as it is.");
        explain.setWrapText(true);
        explain.setMaxWidth(820);
        Spinner<Integer> keep = boundSpinner(model.keepProperty(), 1, 1000, "backups-keep");
        Spinner<Integer> every = boundSpinner(model.everyMinutesProperty(), 1, 1440, "backups-every");
        HBox policy = new HBox(8, new Label("Keep the newest"), keep, new Label("backups; make one every"), every,
                new Label("minutes in which something was saved"));
        policy.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button("Save backup settings");
        save.setId("backups-save");
        save.setOnAction(event -> model.save());
        Button now = new Button("Back up now");
        now.setId("backups-now");
        now.setOnAction(event -> model.backUpNow());
        javafx.scene.control.ListView<String> recent = new javafx.scene.control.ListView<>(model.recent());
        recent.setId("backups-list");
        recent.setPrefHeight(140);
        recent.setMaxWidth(520);
        recent.setPlaceholder(new Label("No backups yet"));
        Label message = new Label();
        message.setId("backups-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        return new VBox(12, new javafx.scene.control.Separator(), title, explain, policy, new HBox(8, save, now),
                new Label("Backups now, newest first:"), recent, message);
    }

    /** A spinner kept equal to a view-model property both ways. */
    private static Spinner<Integer> boundSpinner(javafx.beans.property.IntegerProperty value, int min, int max,
            String id) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.getValueFactory().valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                value.set(after);
            }
        });
        value.addListener((observable, before, after) -> spinner.getValueFactory().setValue(after.intValue()));
        return spinner;
    }

    public Node root() { return root; }
}
