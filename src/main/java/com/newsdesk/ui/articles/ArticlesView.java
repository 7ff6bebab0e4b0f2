package com.newsdesk.ui.articles;

import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.SearchHit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import com.newsdesk.ui.common.DeskLayout;
import com.newsdesk.ui.common.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The Articles desk: the list, and each open article in a tab of its own. */
public final class ArticlesView {
    private final TabPane tabs = new TabPane();
    private final Map<ArticleEditorViewModel, Tab> editorTabs = new HashMap<>();
    private final ArticlesViewModel model;

    public ArticlesView(ArticlesViewModel model) {
        this.model = model;
        Label title = DeskLayout.title("");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long message gives way, the count never
        title.textProperty().bind(Bindings.createStringBinding(() -> model.trashShownProperty().get()
                ? String.format("Trash  ·  %,d", model.rows().totalProperty().get())
                : model.searchProperty().get().isBlank()
                ? String.format("Articles  ·  %,d", model.rows().totalProperty().get())
                : String.format("Best matches  ·  %,d", model.rows().totalProperty().get()),
                model.searchProperty(), model.rows().totalProperty(), model.trashShownProperty()));
        Button create = new Button("New article");
        create.setId("new-article");
        create.getStyleClass().add("accent");
        create.setVisible(model.canCreate());
        create.setOnAction(event -> newArticle());
        create.setTooltip(new javafx.scene.control.Tooltip("New article (Ctrl+N)"));
        TextField search = new TextField();
        search.setId("article-search");
        search.setPromptText("Search articles (Ctrl+F)");
        search.setTooltip(new javafx.scene.control.Tooltip("Searches headlines, deks and text"));
        ComboBox<ArticleStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(ArticleStatus.values());
        status.setPromptText("Any status");
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ArticleStatus value) {
                var counts = model.statusCountsProperty().get();
                long total = counts.values().stream().mapToLong(Long::longValue).sum();
                return value == null ? (counts.isEmpty() ? "Any status" : String.format("Any status (%,d)", total))
                        : value.code().replace('_', ' ') + (counts.containsKey(value)
                                ? String.format(" (%,d)", counts.get(value)) : "");
            }

            @Override
            public ArticleStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        model.statusCountsProperty().addListener((observable, before, after) -> {
            ArticleStatus chosen = status.getValue();
            status.getItems().setAll(java.util.Arrays.asList((ArticleStatus) null));
            status.getItems().addAll(ArticleStatus.values());
            status.setValue(chosen); // redraws the labels with the new counts
        });
        Button importFile = new Button("Import…");
        importFile.setId("import-article");
        importFile.setTooltip(new javafx.scene.control.Tooltip("A draft from a saved web page, Markdown or text file"));
        importFile.setVisible(model.canCreate());
        importFile.setOnAction(event -> model.importAsked(this::show));
        Button pull = new Button("Pull from site…");
        pull.setId("pull-from-site");
        pull.setTooltip(new javafx.scene.control.Tooltip("A post of the newsroom's WordPress site, as an article to edit"));
        pull.setVisible(model.canUseSites());
        pull.setManaged(model.canUseSites());
        pull.setOnAction(event -> model.pullFromSiteAsked(this::show));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<String> section = choice("Any section", model.sections());
        section.valueProperty().bindBidirectional(model.sectionProperty());
        ComboBox<String> byline = choice("Any byline", model.bylines());
        byline.valueProperty().bindBidirectional(model.bylineProperty());
        ComboBox<String> language = choice("Any language", model.languages());
        language.valueProperty().bindBidirectional(model.languageProperty());
        ComboBox<com.newsdesk.domain.ArticleFilter.Order> order = new ComboBox<>();
        order.getItems().setAll(com.newsdesk.domain.ArticleFilter.Order.values());
        order.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(com.newsdesk.domain.ArticleFilter.Order value) {
                return value == com.newsdesk.domain.ArticleFilter.Order.PUBLISHED ? "Recently published"
                        : "Recently updated";
            }

            @Override
            public com.newsdesk.domain.ArticleFilter.Order fromString(String text) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(model.orderProperty());
        javafx.scene.control.ToggleButton trash = new javafx.scene.control.ToggleButton("Trash");
        trash.setId("show-trash");
        trash.setTooltip(new javafx.scene.control.Tooltip("Deleted drafts, restorable for 30 days"));
        trash.selectedProperty().bindBidirectional(model.trashShownProperty());
        trash.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("articles-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        com.newsdesk.ui.common.Messages.wholeOnHover(message);
        HBox top = new HBox(8, title, message, spacer, trash, pull, importFile, create);
        top.setAlignment(Pos.CENTER_LEFT);
        // The filters wrap onto a second line in a narrow window rather than squeeze the search field to nothing.
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 8, search, status, section, byline,
                language, order);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPrefWrapLength(0);
        search.setPrefColumnCount(15);
        search.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (javafx.scene.control.Control control : List.of(pull, importFile, create, status, section, byline, language, order)) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.VBox header = new javafx.scene.layout.VBox(8, top, filters);

        TableView<SearchHit> table = Tables.table("No articles here.");
        table.setId("articles-table");
        var match = Tables.<SearchHit>matches("Match", 320, hit -> hit.snippet() == null ? "" : hit.snippet());
        match.visibleProperty().bind(model.searchProperty().isNotEmpty());
        table.getColumns().addAll(java.util.List.of(
                Tables.text("Headline", 420, hit -> hit.article().headline().isBlank() ? "(no headline yet)"
                        : hit.article().headline()),
                match,
                Tables.text("Section", 110, hit -> hit.article().section()),
                Tables.text("Byline", 150, hit -> hit.article().byline()),
                Tables.text("Language", 80, hit -> hit.article().language()),
                Tables.text("Status", 240, hit -> hit.article().statusText()),
                Tables.time("Updated", 180, hit -> hit.article().updatedAt())));
        // The status says the most (changes not yet live, in the trash until …): it keeps its width; in a narrow
        // table the language and the section step aside first.
        Tables.fitting(table, java.util.Map.of("Status", 240.0), java.util.Map.of("Language", 900.0, "Section", 900.0));
        table.setItems(model.rows());
        com.newsdesk.ui.common.SearchFields.live(search, () -> model.searchProperty().set(search.getText()), table,
                model.rows().refreshingProperty());
        table.setRowFactory(view -> {
            TableRow<SearchHit> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null && !model.trashShownProperty().get()) {
                    show(model.open(row.getItem().article().id()));
                }
            });
            // What this role may do with the article, built when the menu opens (the row's article changes).
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
            row.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    event -> fillMenu(menu, row.getItem()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then(
                    (javafx.scene.control.ContextMenu) null).otherwise(menu));
            return row;
        });
        table.setOnKeyPressed(event -> {
            SearchHit selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null && !model.trashShownProperty().get()) {
                show(model.open(selected.article().id()));
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && selected != null) {
                if (model.trashShownProperty().get()) {
                    model.restore(selected.article());
                } else if (model.actionsFor(selected.article()).contains(ArticlesViewModel.RowAction.DELETE)) {
                    model.deleteAsked(selected.article());
                }
                event.consume();
            }
        });

        BorderPane list = DeskLayout.of(header, table, null);
        DeskLayout.searchWith(list, search);
        Tab listTab = new Tab("All articles", list);
        listTab.setClosable(false);
        tabs.getTabs().add(listTab);
        tabs.setId("article-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        model.editors().addListener((javafx.collections.ListChangeListener<ArticleEditorViewModel>) change -> {
            while (change.next()) {
                for (ArticleEditorViewModel closed : change.getRemoved()) {
                    tabs.getTabs().remove(editorTabs.remove(closed));
                }
            }
        });
    }

    public Node root() { return tabs; }

    /** New article (Ctrl+N): a draft with no headline, opened in a tab; left untouched, it leaves nothing behind. */
    public void newArticle() {
        if (model.canCreate()) {
            model.create(this::show);
        }
    }

    /** Close article (Ctrl+W): the selected article's tab, once its text is saved; false when the list is shown. */
    public boolean closeSelectedArticle() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        for (var open : editorTabs.entrySet()) {
            if (open.getValue() == selected) {
                model.close(open.getKey());
                return true;
            }
        }
        return false;
    }

    private void fillMenu(javafx.scene.control.ContextMenu menu, SearchHit hit) {
        menu.getItems().clear();
        if (hit == null) {
            return;
        }
        for (ArticlesViewModel.RowAction action : model.actionsFor(hit.article())) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(switch (action) {
                case OPEN -> "Open";
                case DELETE -> "Delete draft…";
                case RESTORE -> "Restore";
                case TAKE_OFFLINE -> "Take offline…";
                case PUBLISH_TO_SITE -> "Publish to site…";
            });
            item.setId("article-" + action.name().toLowerCase());
            item.setOnAction(event -> {
                switch (action) {
                    case OPEN -> show(model.open(hit.article().id()));
                    case DELETE -> model.deleteAsked(hit.article());
                    case RESTORE -> model.restore(hit.article());
                    case TAKE_OFFLINE -> model.takeOfflineAsked(hit.article());
                    case PUBLISH_TO_SITE -> model.publishToSiteAsked(hit.article());
                }
            });
            menu.getItems().add(item);
        }
    }

    /** A filter menu whose first choice (null) means any. */
    private static ComboBox<String> choice(String any, javafx.collections.ObservableList<String> values) {
        ComboBox<String> box = new ComboBox<>();
        box.setPromptText(any);
        Runnable fill = () -> {
            String chosen = box.getValue();
            box.getItems().setAll(new java.util.ArrayList<>(java.util.Collections.singletonList((String) null)));
            box.getItems().addAll(values);
            box.setValue(chosen);
        };
        values.addListener((javafx.collections.ListChangeListener<String>) change -> fill.run());
        fill.run();
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? any : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return box;
    }

    private void show(ArticleEditorViewModel editor) {
        Tab tab = editorTabs.get(editor);
        if (tab == null) {
            ArticleEditorView view = new ArticleEditorView(editor);
            tab = new Tab();
            tab.textProperty().bind(Bindings.createStringBinding(() -> {
                String headline = editor.headlineProperty().get();
                String shown = headline.isBlank() ? "(no headline yet)" : headline;
                return shown.length() > 28 ? shown.substring(0, 27) + "…" : shown;
            }, editor.headlineProperty()));
            tab.setContent(view.root());
            tab.setOnCloseRequest(event -> {
                event.consume(); // the tab goes once its text is saved
                model.close(editor);
            });
            editorTabs.put(editor, tab);
            tabs.getTabs().add(tab);
            tabs.getSelectionModel().select(tab);
            // Focus once the tab's content is in the scene: the writer starts typing at once, in the headline of a
            // new article, in the text of any other.
            javafx.application.Platform.runLater(() -> view.focusWhereWritingStarts(editor));
        }
        tabs.getSelectionModel().select(tab);
    }
}
