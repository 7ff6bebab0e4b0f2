package com.newsdesk.ui.articles;

import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Links;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.ui.editor.ArticleEditor;
import com.newsdesk.ui.editor.EditorAction;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.List;

/** One editor tab: metadata, formatting toolbar, the body, and where saving stands. */
public final class ArticleEditorView {
    private static final int HEADLINE_LIMIT = 255;

    private final BorderPane root = new BorderPane();
    private final ArticleEditor editor = new ArticleEditor();
    private final Node revisionsPanel;
    private final com.newsdesk.ui.editor.ArticlePreview preview = new com.newsdesk.ui.editor.ArticlePreview();
    private final HBox findBar = new HBox(8);
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final Label findCount = new Label();
    private TextField headlineField;
    private TextField dekField;

    public ArticleEditorView(ArticleEditorViewModel model) {
        model.bodySource(editor::document);
        editor.readPastesWith(com.newsdesk.service.ArticleService::fromPastedHtml,
                com.newsdesk.service.ArticleService::fromPastedText);
        model.loadedBodyProperty().addListener((observable, before, body) -> {
            if (body != null) {
                editor.setDocument(body);
                editor.setRightToLeft(model.isRightToLeft());
                orientFields(model);
            }
        });
        editor.onChange(model::edited);
        model.languageProperty().addListener((observable, before, after) -> {
            editor.setRightToLeft(model.isRightToLeft());
            orientFields(model);
        });
        checkWriting(model);
        editor.editableProperty().bind(model.editableProperty());

        root.setTop(new VBox(toolbar(model), metadata(model), ArticleExtrasPane.of(model), findBar()));
        root.setCenter(editor.node());
        revisionsPanel = revisions(model);
        root.setBottom(ArticleStatusLine.of(model, editor.wordsProperty(), editor.charactersProperty(), () -> {
            editor.selectFirstIssue();
            editor.focus();
        }));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            EditorAction pressed = EditorAction.of(event, EditorAction.SAVE, EditorAction.FIND, EditorAction.REPLACE,
                    EditorAction.LINK, EditorAction.NEXT_ISSUE, EditorAction.PREVIOUS_ISSUE, EditorAction.ISSUE_MENU);
            if (pressed != null) {
                switch (pressed) {
                    case SAVE -> model.save();
                    case FIND, REPLACE -> showFind(pressed == EditorAction.REPLACE);
                    case NEXT_ISSUE, PREVIOUS_ISSUE -> editor.selectIssue(pressed == EditorAction.NEXT_ISSUE);
                    case ISSUE_MENU -> editor.issueAtCaret().ifPresent(at -> editor.caretBoundsOnScreen().ifPresent(
                            bounds -> showIssueMenu(model, at, bounds.getMinX(), bounds.getMaxY())));
                    default -> askForLink(model);
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
                findBar.setVisible(false);
                editor.focus();
                event.consume();
            }
        });
    }

    public Node root() { return root; }

    /**
     * Spelling, grammar and house style as you write: a pause of 0.7 s after a change (or the article opening, or
     * its language changing) checks the paragraphs that changed, in the background, and marks what it finds.
     */
    private void checkWriting(ArticleEditorViewModel model) {
        WritingChecks writing = model.writing();
        if (writing == null) {
            return;
        }
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(700));
        pause.setOnFinished(event -> recheck(model));
        editor.onChange(pause::playFromStart);
        model.headlineProperty().addListener((observable, before, after) -> pause.playFromStart());
        model.dekProperty().addListener((observable, before, after) -> pause.playFromStart());
        model.loadedBodyProperty().addListener((observable, before, body) -> pause.playFromStart());
        model.languageProperty().addListener((observable, before, after) -> pause.playFromStart());
        editor.node().addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            editor.issueAt(editor.positionAt(event.getScreenX(), event.getScreenY())).ifPresent(at -> {
                showIssueMenu(model, at, event.getScreenX(), event.getScreenY());
                event.consume();
            });
        });
    }

    /** The body's paragraphs are marked; the headline and dek (one line each) say theirs on the field itself. */
    private void recheck(ArticleEditorViewModel model) {
        List<String> texts = new java.util.ArrayList<>(editor.paragraphTexts());
        int body = texts.size();
        texts.add(model.headlineProperty().get());
        texts.add(model.dekProperty().get());
        model.writing().check(texts, model.languageProperty().get(), editor.firstVisibleParagraph(), checked -> {
            editor.showIssues(checked.subList(0, body).stream().map(WritingChecks.Checked::text).toList(),
                    checked.subList(0, body).stream().map(WritingChecks.Checked::issues).toList());
            showFieldIssues(headlineField, checked.get(body));
            showFieldIssues(dekField, checked.get(body + 1));
        });
    }

    private static void showFieldIssues(TextField field, WritingChecks.Checked checked) {
        if (field == null) {
            return;
        }
        boolean current = checked.text().equals(field.getText());
        List<com.newsdesk.domain.writing.WritingIssue> issues = current ? checked.issues() : List.of();
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("writing-issues"), !issues.isEmpty());
        field.setStyle(issues.isEmpty() ? "" : "-fx-border-color: transparent transparent rgba(220,40,50,0.7)"
                + " transparent; -fx-border-width: 0 0 2 0;");
        field.setTooltip(issues.isEmpty() ? null : new javafx.scene.control.Tooltip(String.join("\n",
                issues.stream().map(issue -> "\u201C" + issue.text() + "\u201D: " + issue.message()
                        + (issue.suggestions().isEmpty() ? "" : " \u2192 " + String.join(", ",
                                issue.suggestions()))).toList())));
    }

    /** What is wrong, the suggestions (accepting one is one undo step), ignore once, the dictionary, the rule. */
    private void showIssueMenu(ArticleEditorViewModel model, ArticleEditor.IssueAt at, double screenX,
            double screenY) {
        WritingChecks writing = model.writing();
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.setId("writing-menu");
        javafx.scene.control.MenuItem message = new javafx.scene.control.MenuItem(at.issue().message());
        message.setDisable(true);
        menu.getItems().add(message);
        int number = 0;
        for (String suggestion : at.issue().suggestions()) {
            javafx.scene.control.MenuItem use = new javafx.scene.control.MenuItem(suggestion.isEmpty()
                    ? "(remove it)" : suggestion);
            use.setId("suggestion-" + number++);
            use.setStyle("-fx-font-weight: bold;");
            use.setDisable(!model.editableProperty().get());
            use.setOnAction(event -> editor.replace(at, suggestion));
            menu.getItems().add(use);
        }
        menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        javafx.scene.control.MenuItem once = new javafx.scene.control.MenuItem("Ignore once");
        once.setId("ignore-once");
        once.setOnAction(event -> {
            writing.ignoreOnce(at.paragraphText(), at.issue());
            recheck(model);
        });
        menu.getItems().add(once);
        if (at.issue().kind() == com.newsdesk.domain.writing.WritingIssue.Kind.SPELLING && writing.mayAddWords()) {
            javafx.scene.control.MenuItem add = new javafx.scene.control.MenuItem("Add \u201C" + at.issue().text()
                    + "\u201D to the newsroom's dictionary");
            add.setId("add-to-dictionary");
            add.setOnAction(event -> writing.addToDictionary(at.issue().text(), () -> recheck(model)));
            menu.getItems().add(add);
        }
        // A grammar rule may be switched off for the newsroom; spelling as a whole may not (the dictionary is for that).
        if (at.issue().kind() == com.newsdesk.domain.writing.WritingIssue.Kind.GRAMMAR && writing.mayIgnoreRules()) {
            javafx.scene.control.MenuItem rule = new javafx.scene.control.MenuItem("Ignore this rule in the newsroom ("
                    + at.issue().rule() + ")");
            rule.setId("ignore-rule");
            rule.setOnAction(event -> writing.ignoreRule(at.issue().rule(), () -> recheck(model)));
            menu.getItems().add(rule);
        }
        menu.getItems().forEach(item -> item.setMnemonicParsing(false)); // rule names hold underscores
        menu.show(editor.node(), screenX, screenY);
    }

    public ArticleEditor editor() { return editor; }

    /**
     * Puts the caret where writing starts once the article has loaded: the headline of an article that has none yet
     * (a new one), the text of any other.
     */
    public void focusWhereWritingStarts(ArticleEditorViewModel model) {
        Runnable decide = () -> {
            if (model.editableProperty().get() && model.headlineProperty().get().isBlank() && headlineField != null) {
                headlineField.requestFocus();
            } else {
                editor.focus();
            }
        };
        if (model.saveStateProperty().get() != ArticleEditorViewModel.SaveState.LOADING) {
            decide.run();
            return;
        }
        model.saveStateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ArticleEditorViewModel.SaveState> value,
                    ArticleEditorViewModel.SaveState before, ArticleEditorViewModel.SaveState after) {
                if (after != ArticleEditorViewModel.SaveState.LOADING) {
                    value.removeListener(this);
                    javafx.application.Platform.runLater(decide);
                }
            }
        });
    }

    private Node toolbar(ArticleEditorViewModel model) {
        // The marks and the block at the caret show as pressed buttons; nothing folds away into an overflow menu.
        HBox marks = new HBox(2, markButton(EditorAction.BOLD, "-fx-font-weight: bold;"),
                markButton(EditorAction.ITALIC, "-fx-font-style: italic;"),
                markButton(EditorAction.UNDERLINE, "-fx-underline: true;"),
                markButton(EditorAction.STRIKETHROUGH, "-fx-strikethrough: true;"),
                markButton(EditorAction.CODE, ""));
        HBox blocks = new HBox(2);
        for (EditorAction block : List.of(EditorAction.PARAGRAPH, EditorAction.HEADING_2, EditorAction.HEADING_3,
                EditorAction.HEADING_4, EditorAction.QUOTE, EditorAction.BULLETED_LIST, EditorAction.NUMBERED_LIST)) {
            blocks.getChildren().add(blockButton(block));
        }
        HBox links = new HBox(2, button(EditorAction.LINK, () -> askForLink(model)),
                button(EditorAction.UNLINK, () -> editor.setLink(null)));
        for (HBox group : List.of(marks, blocks, links)) {
            group.getChildren().forEach(item -> {
                item.disableProperty().bind(model.editableProperty().not());
                ((javafx.scene.layout.Region) item).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            });
        }
        Button save = button(EditorAction.SAVE, model::save);
        save.disableProperty().bind(model.editableProperty().not());
        HBox moves = new HBox(6, save,
                button("Revisions", "Show or hide the kept versions", () -> toggleRevisions(model)),
                button("Preview", "The article as a reader will see it (again to edit)", () -> togglePreview(model)),
                button("Export…", "Write the article as HTML, Markdown or JSON", () -> model.exportAsked()),
                new Separator(javafx.geometry.Orientation.VERTICAL));
        moves.getChildren().forEach(node -> ((javafx.scene.layout.Region) node).setMinWidth(
                javafx.scene.layout.Region.USE_PREF_SIZE));
        int fixed = moves.getChildren().size();
        moves.setAlignment(Pos.CENTER_RIGHT);
        moves.setPadding(new Insets(0, 12, 0, 8));
        model.moves().addListener((javafx.collections.ListChangeListener<ArticleStatus>) change -> showMoves(model, moves, fixed));
        showMoves(model, moves, fixed);
        // One flow: the groups keep together and wrap as groups when the window is narrow.
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(10, 4, marks, blocks, links, moves);
        top.setId("format-bar");
        top.setPadding(new Insets(4, 0, 4, 8));
        top.prefWrapLengthProperty().bind(top.widthProperty()); // its height is that of the rows it really has
        top.setAlignment(Pos.CENTER_LEFT);
        top.setRowValignment(javafx.geometry.VPos.CENTER);
        top.getStyleClass().add("editor-toolbar");
        return top;
    }

    /** Excerpt, search-engine fields, featured image, schedule and embargo, corrections: folded away until needed. */
    /** Suggests tags already in use for the tag being typed (the text after the last comma). */
    private static void suggestTags(TextField field, javafx.collections.ObservableList<String> known) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        field.textProperty().addListener((observable, before, text) -> {
            if (!field.isFocused()) {
                return;
            }
            int comma = text.lastIndexOf(',');
            String typing = text.substring(comma + 1).strip().toLowerCase(java.util.Locale.ROOT);
            menu.getItems().clear();
            if (typing.isEmpty()) {
                menu.hide();
                return;
            }
            known.stream().filter(tag -> tag.toLowerCase(java.util.Locale.ROOT).startsWith(typing)
                    && !tag.equalsIgnoreCase(typing)).limit(8).forEach(tag -> {
                        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(tag);
                        item.setOnAction(event -> {
                            field.setText((comma < 0 ? "" : text.substring(0, comma + 1) + " ") + tag + ", ");
                            field.positionCaret(field.getText().length());
                        });
                        menu.getItems().add(item);
                    });
            if (menu.getItems().isEmpty()) {
                menu.hide();
            } else if (!menu.isShowing()) {
                menu.show(field, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
    }

    /** Find (Ctrl+F) and replace (Ctrl+H); Enter finds the next, Escape closes. Replace all is one undo step. */
    private HBox findBar() {
        findField.setId("find-text");
        findField.setPromptText("Find");
        replaceField.setId("replace-text");
        replaceField.setPromptText("Replace with");
        Button next = new Button("Next");
        next.setOnAction(event -> findNext());
        findField.setOnAction(event -> findNext());
        Button replace = new Button("Replace");
        replace.setOnAction(event -> editor.replaceCurrent(findField.getText(), replaceField.getText()));
        Button replaceAll = new Button("Replace all");
        replaceAll.setId("replace-all");
        replaceAll.setOnAction(event -> findCount.setText(
                editor.replaceAll(findField.getText(), replaceField.getText()) + " replaced"));
        for (Node node : List.of(replaceField, replace, replaceAll)) {
            node.visibleProperty().bind(replaceField.managedProperty());
        }
        findBar.getChildren().addAll(findField, next, replaceField, replace, replaceAll, findCount);
        findBar.setAlignment(Pos.CENTER_LEFT);
        findBar.setPadding(new Insets(4, 12, 4, 12));
        findBar.managedProperty().bind(findBar.visibleProperty());
        findBar.setVisible(false);
        return findBar;
    }

    private void showFind(boolean withReplace) {
        replaceField.setManaged(withReplace);
        findBar.setVisible(true);
        findField.requestFocus();
        findField.selectAll();
    }

    private void findNext() {
        int count = editor.findNext(findField.getText());
        findCount.setText(count == 0 ? "Not found" : count + (count == 1 ? " match" : " matches"));
    }

    /** Headline, dek and byline are typed in the article's direction; a text field handles right-to-left well. */
    private void orientFields(ArticleEditorViewModel model) {
        javafx.geometry.NodeOrientation orientation = model.isRightToLeft()
                ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT;
        for (String id : new String[] {"#article-headline", "#article-dek", "#article-byline", "#article-section",
            "#article-tags"}) {
            Node field = root.lookup(id);
            if (field != null) {
                field.setNodeOrientation(orientation);
            }
        }
    }

    private void togglePreview(ArticleEditorViewModel model) {
        if (root.getCenter() == preview.node()) {
            root.setCenter(editor.node());
            editor.focus();
            return;
        }
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")
                .withZone(java.time.ZoneId.systemDefault());
        preview.show(model.headlineProperty().get(), model.dekProperty().get(), model.bylineProperty().get(),
                model.publishedAt(), model.languageProperty().get(), editor.document(),
                new com.newsdesk.ui.editor.ArticlePreview.Extras(model.imagePath(), model.imageAltProperty().get(),
                        model.imageCaptionProperty().get(), model.corrections().stream()
                                .map(correction -> "Correction, " + when.format(correction.at()) + ": " + correction.note())
                                .toList()));
        root.setCenter(preview.node());
    }

    private void toggleRevisions(ArticleEditorViewModel model) {
        if (root.getRight() == null) {
            model.loadRevisions();
            root.setRight(revisionsPanel);
        } else {
            root.setRight(null);
        }
    }

    private Node revisions(ArticleEditorViewModel model) {
        javafx.scene.control.ListView<com.newsdesk.domain.ArticleRevision> list = new javafx.scene.control.ListView<>(
                model.revisions());
        list.setId("revisions");
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(com.newsdesk.domain.ArticleRevision revision, boolean empty) {
                super.updateItem(revision, empty);
                setText(empty || revision == null ? null : when.format(revision.createdAt()) + " · "
                        + revision.author() + "\n" + revision.note() + " · " + revision.body().wordCount() + " words");
            }
        });
        Button restore = new Button("Restore");
        restore.setId("restore-revision");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.editableProperty().not()));
        restore.setOnAction(event -> model.restore(list.getSelectionModel().getSelectedItem()));
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        restore.disableProperty().unbind();
        restore.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1)
                .or(model.editableProperty().not()));
        Button compare = new Button("Compare");
        compare.setId("compare-revisions");
        compare.setTooltip(new Tooltip("Select two revisions (Ctrl+click) to compare them word by word"));
        compare.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(event -> RevisionComparison.show(root.getScene().getWindow(),
                list.getSelectionModel().getSelectedItems().get(0), list.getSelectionModel().getSelectedItems().get(1)));
        Label title = new Label("Revisions");
        title.getStyleClass().add("title-4");
        VBox panel = new VBox(8, title, list, new HBox(8, restore, compare));
        VBox.setVgrow(list, Priority.ALWAYS);
        panel.setPadding(new Insets(8, 12, 8, 8));
        panel.setPrefWidth(280);
        return panel;
    }

    private static void showMoves(ArticleEditorViewModel model, HBox moves, int fixed) {
        moves.getChildren().remove(fixed, moves.getChildren().size());
        for (ArticleStatus to : model.moves()) {
            Button move = new Button(to == ArticleStatus.DRAFT && model.statusProperty().get() == ArticleStatus.PUBLISHED
                    ? "Unpublish" : moveLabel(to));
            move.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            move.setId("move-" + to.code());
            move.setOnAction(event -> model.moveAsked(to));
            moves.getChildren().add(move);
        }
    }

    /** Ctrl+K with nothing selected: the text to show and the address it goes to, inserted at the caret. */
    private void askForLinkedText() {
        javafx.scene.control.Dialog<String[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle("Insert a link");
        dialog.setResizable(true);
        TextField text = new TextField();
        text.setId("link-text");
        text.setPromptText("the words readers see");
        TextField address = new TextField("https://");
        address.setId("link-address");
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setMaxWidth(420);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Text"), text);
        grid.addRow(1, new Label("Address"), address);
        grid.add(problem, 0, 2, 2, 1);
        text.setPrefColumnCount(32);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).setId("link-insert");
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).addEventFilter(
                javafx.event.ActionEvent.ACTION, event -> {
                    String href = address.getText().strip();
                    String why = text.getText().isBlank() ? "Type the words the link shows."
                            : !Links.isSafe(href) || href.matches("(?i)https?://") ? "\"" + href + "\" is not a link an"
                                    + " article may carry: use http, https, mailto, tel or a relative address." : "";
                    problem.setText(why);
                    dialog.getDialogPane().getScene().getWindow().sizeToScene(); // the reason whole, not cut
                    if (!why.isEmpty()) {
                        event.consume(); // stays open with what was typed
                    }
                });
        dialog.setResultConverter(button -> button == javafx.scene.control.ButtonType.OK
                ? new String[] {text.getText().strip(), address.getText().strip()} : null);
        dialog.initOwner(root.getScene().getWindow());
        javafx.application.Platform.runLater(text::requestFocus);
        dialog.showAndWait().ifPresent(typed -> editor.insertLink(typed[0], typed[1]));
    }

    private static String moveLabel(ArticleStatus to) {
        return switch (to) {
            case DRAFT -> "Back to draft";
            case IN_REVIEW -> "Submit for review";
            case SCHEDULED -> "Schedule";
            case PUBLISHED -> "Publish";
            case ARCHIVED -> "Archive";
        };
    }

    private GridPane metadata(ArticleEditorViewModel model) {
        TextField headline = field(model.headlineProperty(), "Headline", "article-headline");
        headlineField = headline;
        headline.getStyleClass().add("headline-field");
        Label headlineCount = new Label();
        headlineCount.textProperty().bind(Bindings.createStringBinding(
                () -> model.headlineProperty().get().length() + " / " + HEADLINE_LIMIT, model.headlineProperty()));
        headlineCount.styleProperty().bind(Bindings.when(model.headlineProperty().length().greaterThan(HEADLINE_LIMIT))
                .then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        ComboBox<String> language = new ComboBox<>();
        language.getItems().setAll("en", "fr", "ar");
        language.setEditable(true);
        language.valueProperty().bindBidirectional(model.languageProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 12, 8, 12));
        grid.addRow(0, new Label("Headline"), headline, headlineCount);
        dekField = field(model.dekProperty(), "A sentence under the headline", "article-dek");
        grid.addRow(1, new Label("Dek"), dekField);
        HBox line = new HBox(8, new Label("Byline"), field(model.bylineProperty(), "By …", "article-byline"),
                new Label("Section"), field(model.sectionProperty(), "Section", "article-section"),
                new Label("Language"), language);
        line.setAlignment(Pos.CENTER_LEFT);
        grid.add(line, 0, 2, 3, 1);
        TextField tagsField = field(model.tagsProperty(), "comma, separated", "article-tags");
        suggestTags(tagsField, model.tagSuggestions());
        HBox second = new HBox(8, new Label("Tags"), tagsField,
                new Label("Slug"), field(model.slugProperty(), "url-slug", "article-slug"));
        second.setAlignment(Pos.CENTER_LEFT);
        grid.add(second, 0, 3, 3, 1);
        for (HBox row : List.of(line, second)) { // labels keep their words; the fields give way
            row.getChildren().stream().filter(Label.class::isInstance)
                    .forEach(label -> ((Label) label).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        }
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        grid.disableProperty().bind(model.editableProperty().not());
        return grid;
    }

    private void askForLink(ArticleEditorViewModel model) {
        if (!editor.hasSelection()) {
            askForLinkedText();
            return;
        }
        TextInputDialog dialog = new TextInputDialog(editor.linkAtCaret() == null ? "https://" : editor.linkAtCaret());
        dialog.setTitle("Link");
        dialog.setHeaderText("Link the selected text to:");
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().map(String::strip).ifPresent(href -> {
            if (href.isEmpty()) {
                editor.setLink(null);
            } else if (model.acceptsLink(href)) {
                editor.setLink(href);
            }
        });
    }

    private javafx.scene.control.ToggleButton markButton(EditorAction action, String style) {
        Mark mark = action.mark();
        javafx.scene.control.ToggleButton button = toggle(action, () -> editor.toggle(mark),
                () -> editor.activeStyleProperty().get().has(mark));
        button.setId("mark-" + mark.name().toLowerCase());
        button.setStyle(style);
        editor.activeStyleProperty().addListener((observable, before, after) -> button.setSelected(after.has(mark)));
        return button;
    }

    private javafx.scene.control.ToggleButton blockButton(EditorAction action) {
        BlockType type = action.block();
        javafx.scene.control.ToggleButton button = toggle(action, () -> editor.setBlockType(type),
                () -> editor.activeBlockProperty().get() == type);
        button.setId("block-" + type.code());
        editor.activeBlockProperty().addListener((observable, before, after) -> button.setSelected(after == type));
        return button;
    }

    /**
     * A button that shows a state of the text at the caret ({@code shown}); pressing it acts, and then the text, not
     * the click, decides its state (a click that changed nothing leaves it as it was).
     */
    private javafx.scene.control.ToggleButton toggle(EditorAction declared, Runnable action,
            java.util.function.BooleanSupplier shown) {
        javafx.scene.control.ToggleButton button = new javafx.scene.control.ToggleButton(declared.label());
        button.setTooltip(new Tooltip(declared.tooltip()));
        button.setFocusTraversable(false); // the caret stays in the text
        button.getStyleClass().add("flat");
        button.setSelected(shown.getAsBoolean());
        button.setOnAction(event -> {
            action.run();
            button.setSelected(shown.getAsBoolean());
            editor.focus();
        });
        return button;
    }

    private Button button(EditorAction declared, Runnable action) {
        return button(declared.label(), declared.tooltip(), action);
    }

    private Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false); // the caret stays in the text
        button.setOnAction(event -> {
            action.run();
            editor.focus();
        });
        return button;
    }

    static TextField field(javafx.beans.property.StringProperty property, String prompt, String id) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
