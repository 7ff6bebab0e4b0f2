package com.newsdesk.ui.comments;

import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentDetail;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.ui.common.DeskLayout;
import com.newsdesk.ui.common.Tables;
import com.newsdesk.ui.common.WrappingText;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Comments desk: the moderation queues, a filter bar and a reading pane. Comment text and names are shown as
 * plain text in labels and read-only text areas, never interpreted as HTML.
 */
public final class CommentsView {
    private final CommentsViewModel model;
    private final BorderPane root;
    private final ToggleGroup queues = new ToggleGroup();
    private final TableView<CommentSummary> table = Tables.table("No comments here.");
    private final VBox readingPane = new VBox(10);
    private final TextField search = new TextField();
    private static final javafx.css.PseudoClass DECIDED = javafx.css.PseudoClass.getPseudoClass("decided");
    private static final javafx.util.Duration LEAVING = javafx.util.Duration.millis(700);
    private int place;
    /** Replies and edits typed but not saved, by box and comment: never lost to a change of selection. */
    private final Map<String, Draft> drafts = new java.util.HashMap<>();

    private record Draft(String header, String text, String save, java.util.function.Consumer<String> onSave) {}

    public CommentsView(CommentsViewModel model) {
        this.model = model;
        Label title = DeskLayout.title("Comments");
        HBox queueBar = new HBox(4);
        queueBar.getStyleClass().add("queue-bar");
        for (CommentStatus status : CommentStatus.values()) {
            queueBar.getChildren().add(queueButton(status));
        }
        queueBar.getChildren().add(queueButton(null));
        model.queueProperty().addListener((observable, before, after) -> selectQueue(after));
        model.countsProperty().addListener((observable, before, after) -> showCounts(after));
        selectQueue(model.queueProperty().get());
        showCounts(model.countsProperty().get());

        table.setId("comments-table");
        TableColumn<CommentSummary, String> mark = Tables.text("✓", 34,
                row -> model.marked().contains(row.comment().id()) ? "✓" : "");
        mark.setMinWidth(34);
        mark.setMaxWidth(34);
        // Two lines a row: who and when over the text, the article over the status and why; the text gets the width.
        table.getColumns().addAll(java.util.List.of(mark,
                Tables.twoLines("Comment", 420, row -> who(row.comment()),
                        row -> oneLine(row.comment().plainText())),
                Tables.twoLines("Article · why", 220, CommentSummary::articleHeadline,
                        row -> row.comment().status().code()
                                + (row.comment().reason() == null ? "" : " · " + row.comment().reason()))));
        table.setFixedCellSize(Tables.TWO_LINES);
        table.setItems(model.rows());
        // A decided comment stays a moment, marked, then leaves a queue it no longer belongs to; Z brings it back.
        table.setRowFactory(ignored -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CommentSummary row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(DECIDED, !empty && row != null && !model.belongs(row));
            }
        });
        model.leaveAfter(leave -> {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(LEAVING);
            pause.setOnFinished(event -> leave.run());
            pause.play();
        });
        model.onReturned(this::select);
        model.marked().addListener((javafx.collections.SetChangeListener<Long>) change -> table.refresh());
        table.getSelectionModel().selectedIndexProperty().addListener(
                (observable, before, index) -> model.show(index.intValue()));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // A row replaced in place (a decision, an edit) may drop the table's selection; a reload may too. Keep the
        // place, so the reading pane is never empty while the queue is not.
        table.getSelectionModel().selectedIndexProperty().addListener((observable, before, index) -> {
            if (index.intValue() >= 0) {
                place = index.intValue();
            }
        });
        model.queueProperty().addListener((observable, before, after) -> place = 0);
        model.rows().addListener((javafx.collections.ListChangeListener<CommentSummary>) change ->
                javafx.application.Platform.runLater(this::keepPlace));
        javafx.application.Platform.runLater(this::keepPlace); // the queue may have loaded before this desk was built
        table.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if ("?".equals(event.getCharacter())) { // whatever the keyboard layout puts "?" on
                showKeys();
                event.consume();
            }
        });

        Label message = new Label();
        message.setId("moderation-message");
        message.textProperty().bind(model.messageProperty());
        com.newsdesk.ui.common.Messages.wholeOnHover(message);
        Label keys = new Label();
        keys.getStyleClass().add("text-muted");
        keys.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.keymapProperty().get()
                == ModerationKeymap.CORAL
                ? "Coral keys: J/K · D approve · F reject · S spam · U pending · R reply · E edit · X select · ? all keys"
                : "J/K · A approve · U pending · S spam · D trash · R reply · E edit · Z undo · X select · ? all keys",
                model.keymapProperty()));

        readingPane.setId("reading-pane");
        readingPane.setPadding(new Insets(4, 12, 12, 12));
        readingPane.setFillWidth(true);
        model.detailProperty().addListener((observable, before, detail) -> showDetail(detail));
        showDetail(null);
        ScrollPane readingScroll = new ScrollPane(readingPane);
        readingScroll.setFitToWidth(true);
        readingScroll.setMinWidth(300);
        SplitPane split = new SplitPane(table, readingScroll);
        split.setDividerPositions(0.58);

        VBox top = new VBox(8, title, queueBar, filterBar(), new HBox(16, keys, message));
        root = DeskLayout.of(top, split, null);
        DeskLayout.focusOnShow(root, table);
        DeskLayout.searchWith(root, search);
    }

    public Node root() { return root; }

    private void keepPlace() {
        if (table.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
            table.getSelectionModel().select(Math.min(place, model.rows().size() - 1));
        }
    }

    private Node filterBar() {
        search.setId("comment-search");
        search.setPromptText("Search text or name");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        com.newsdesk.ui.common.SearchFields.live(search, model::applyFilter, table, model.rows().refreshingProperty());
        search.setPrefColumnCount(16);
        TextField author = new TextField();
        author.setId("comment-author-filter");
        author.setPromptText("Author email, Enter");
        author.textProperty().bindBidirectional(model.authorFilterProperty());
        author.setOnAction(event -> model.applyFilter());
        author.setPrefColumnCount(14);
        DatePicker from = new DatePicker();
        from.setPromptText("From");
        from.valueProperty().bindBidirectional(model.fromDateProperty());
        from.setPrefWidth(130);
        DatePicker until = new DatePicker();
        until.setPromptText("Until");
        until.valueProperty().bindBidirectional(model.untilDateProperty());
        until.setPrefWidth(130);
        Button article = new Button();
        article.setId("comment-article-filter");
        article.setTooltip(new javafx.scene.control.Tooltip("Show comments on every article"));
        article.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.articleFilterProperty().get() == null ? ""
                        : "Article: " + clip(model.articleFilterProperty().get().headline(), 40) + "  ✕",
                model.articleFilterProperty()));
        article.visibleProperty().bind(model.articleFilterProperty().isNotNull());
        article.managedProperty().bind(article.visibleProperty());
        article.setOnAction(event -> model.articleFilterProperty().set(null));
        Button clear = new Button("Clear filters");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(event -> model.clearFilters());
        ChoiceBox<ModerationKeymap> keymap = new ChoiceBox<>();
        keymap.getItems().setAll(ModerationKeymap.values());
        keymap.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModerationKeymap value) {
                return value == null ? "" : "Keys: " + value.title();
            }

            @Override
            public ModerationKeymap fromString(String text) {
                return null;
            }
        });
        keymap.valueProperty().bindBidirectional(model.keymapProperty());
        keymap.setFocusTraversable(false);
        Button help = new Button("?");
        help.setOnAction(event -> showKeys());
        Button empty = new Button();
        empty.setId("empty-queue");
        empty.setMinWidth(Region.USE_PREF_SIZE);
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.queueProperty().get() == com.newsdesk.domain.CommentStatus.TRASH ? "Empty trash…"
                        : "Empty spam…", model.queueProperty()));
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                model::canEmptyQueue, model.queueProperty()));
        empty.managedProperty().bind(empty.visibleProperty());
        empty.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.countsProperty().get().getOrDefault(model.queueProperty().get(), 0L) == 0,
                model.countsProperty(), model.queueProperty()));
        empty.setOnAction(event -> model.emptyQueueAsked());
        Button takeOffline = new Button("Take offline…");
        takeOffline.setId("take-comments-offline");
        takeOffline.setTooltip(new javafx.scene.control.Tooltip("Take pending comments into your offline copy, to"
                + " moderate without a connection"));
        takeOffline.visibleProperty().bind(model.offlineOffered());
        takeOffline.managedProperty().bind(takeOffline.visibleProperty());
        takeOffline.setOnAction(event -> model.takeOfflineAsked());
        // A flow, not a row: on a narrow window the filters wrap instead of squeezing the date fields to nothing.
        FlowPane bar = new FlowPane(8, 6, search, author, from, until, article, clear, empty, takeOffline, keymap,
                help);
        bar.getChildren().forEach(node -> {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void onKey(KeyEvent event) {
        if (event.isAltDown()) {
            return;
        }
        ModerationKeymap.Action action = model.keymapProperty().get()
                .actionFor(event.getCode(), event.isShiftDown(), event.isShortcutDown());
        if (action == null) {
            return;
        }
        event.consume();
        int index = table.getSelectionModel().getSelectedIndex();
        switch (action) {
            case NEXT -> select(Math.min(index + 1, table.getItems().size() - 1));
            case PREVIOUS -> select(Math.max(0, index - 1));
            case APPROVE -> decide(index, CommentStatus.APPROVED);
            case PENDING -> decide(index, CommentStatus.PENDING);
            case SPAM -> decide(index, CommentStatus.SPAM);
            case TRASH -> decide(index, CommentStatus.TRASH);
            case UNDO -> model.undoLast();
            case MARK -> {
                model.toggleMark(index);
                select(Math.min(index + 1, table.getItems().size() - 1));
            }
            case MARK_SHOWN -> markShown();
            case APPROVE_MARKED -> model.decideMarked(CommentStatus.APPROVED);
            case SPAM_MARKED -> model.decideMarked(CommentStatus.SPAM);
            case TRASH_MARKED -> model.decideMarked(CommentStatus.TRASH);
            case REPLY -> reply();
            case EDIT -> edit();
            case NEXT_QUEUE -> model.nextQueue();
            case SEARCH -> search.requestFocus();
            case HELP -> showKeys();
        }
    }

    /** Ctrl+A: the comments the table shows, as WordPress's select-all takes the page on screen. */
    private void markShown() {
        javafx.scene.control.skin.VirtualFlow<?> flow =
                (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return;
        }
        model.markShown(flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex());
    }

    private void decide(int index, CommentStatus to) {
        model.decide(index, to);
        select(Math.min(index + 1, table.getItems().size() - 1));
    }

    private void select(int index) {
        if (index < 0) {
            return;
        }
        table.getSelectionModel().clearAndSelect(index);
        table.scrollTo(Math.max(0, index - 3));
    }

    private void showDetail(CommentDetail detail) {
        readingPane.getChildren().clear();
        if (detail == null) {
            Label empty = new Label("Choose a comment to read it whole, with the comment it answers, its history and"
                    + " its author.");
            empty.setWrapText(true);
            empty.getStyleClass().add("text-muted");
            readingPane.getChildren().add(empty);
            return;
        }
        Comment comment = detail.comment().comment();
        Region headline = WrappingText.of("On “" + detail.comment().articleHeadline() + "”", "title-4");
        // Names, reasons and texts are what people wrote, in any script: see WrappingText.
        Region who = WrappingText.of(nameOf(comment) + (comment.authorEmail().isBlank() ? ""
                : " · " + comment.authorEmail()) + (comment.authorIp().isBlank() ? "" : " · " + comment.authorIp())
                + " · " + Tables.format(comment.submittedAt()));
        Region status = WrappingText.of(comment.status().code()
                + (comment.reason() == null ? "" : " — " + comment.reason()), "text-muted");
        status.setId("reading-status");
        readingPane.getChildren().addAll(headline, who, status);
        if (detail.parent() != null) {
            Label replyTo = new Label("In reply to " + nameOf(detail.parent()) + ":");
            replyTo.getStyleClass().add("text-muted");
            Region parentText = WrappingText.of(detail.parent().plainText());
            VBox parent = new VBox(2, replyTo, parentText);
            parent.getStyleClass().add("comment-parent");
            readingPane.getChildren().add(parent);
        }
        // The text as the site shows it: links and emphasis drawn, never HTML source, never a web view.
        VBox body = new VBox(6);
        body.getChildren().addAll(com.newsdesk.ui.editor.DocumentFlows.ofReaderText(detail.text()));
        body.setId("reading-body");
        body.getStyleClass().add("comment-text");
        body.setAccessibleText(detail.text().plainText());
        body.setStyle("-fx-padding: 8; -fx-border-color: -color-border-default; -fx-border-radius: 4;");
        readingPane.getChildren().add(body);

        FlowPane actions = new FlowPane(6, 6,
                action("Approve", () -> decideShown(CommentStatus.APPROVED)),
                action("Pending", () -> decideShown(CommentStatus.PENDING)),
                action("Spam", () -> decideShown(CommentStatus.SPAM)),
                action("Trash", () -> decideShown(CommentStatus.TRASH)),
                action("Reply", this::reply), action("Edit", this::edit),
                action("Only this article", model::onlyThisArticle));
        readingPane.getChildren().add(actions);
        if (!detail.replies().isEmpty()) {
            readingPane.getChildren().add(section("Replies"));
            VBox replies = new VBox(6);
            replies.setId("reading-replies");
            for (Comment reply : detail.replies()) {
                Region byline = WrappingText.of(who(reply) + " · " + reply.status().code(), "text-muted");
                Region text = WrappingText.of(reply.plainText());
                VBox one = new VBox(2, byline, text);
                one.getStyleClass().add("comment-parent");
                replies.getChildren().add(one);
            }
            readingPane.getChildren().add(replies);
        }

        readingPane.getChildren().add(section("History"));
        VBox history = new VBox(4);
        history.setId("reading-history");
        for (CommentDetail.HistoryEntry entry : detail.history()) {
            history.getChildren().add(WrappingText.of(Tables.format(entry.at()) + " · " + entry.who() + " · "
                    + entry.what()));
            if (entry.previousText() != null) {
                Region previous = WrappingText.of(entry.previousText(), "text-muted");
                previous.getStyleClass().add("comment-parent");
                history.getChildren().add(previous);
            }
        }
        readingPane.getChildren().add(history);
        author(detail.author());
        for (String box : new String[] {"reply-box", "edit-box"}) {
            Draft draft = drafts.get(box + ":" + comment.id());
            if (draft != null) {
                inlineText(box, comment.id(), draft.header(), draft.text(), draft.save(), false, draft.onSave());
            }
        }
    }

    private void author(CommentDetail.Author author) {
        readingPane.getChildren().add(section("Author"));
        if (author.email().isBlank()) {
            readingPane.getChildren().add(new Label("No email address: nothing links this comment to others."));
            return;
        }
        Map<CommentStatus, Long> counts = author.counts();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Label summary = new Label(String.format("%s: %,d comment" + (total == 1 ? "" : "s") + " — %,d approved, %,d pending, %,d spam, %,d trash",
                author.email(), total, counts.getOrDefault(CommentStatus.APPROVED, 0L),
                counts.getOrDefault(CommentStatus.PENDING, 0L), counts.getOrDefault(CommentStatus.SPAM, 0L),
                counts.getOrDefault(CommentStatus.TRASH, 0L)));
        summary.setId("author-summary");
        summary.setWrapText(true);
        CommentDetail.Newsletter newsletter = author.newsletter();
        Label subscription = new Label(newsletter.status() == null || newsletter.since() == null
                ? newsletter.describe()
                : "Newsletter: " + newsletter.status().code() + " since " + Tables.format(newsletter.since()) + ".");
        subscription.setWrapText(true);
        readingPane.getChildren().addAll(summary, subscription);
        if (author.blocked()) {
            Label blocked = new Label("Blocked: new comments from this address go to spam.");
            blocked.getStyleClass().add("danger");
            readingPane.getChildren().add(blocked);
        }
        Button block = action("Block this author", model::blockAuthor);
        block.setId("block-author");
        block.setDisable(author.blocked());
        Button approveAll = action("Approve all by this author", model::approveAllByAuthor);
        approveAll.setDisable(counts.getOrDefault(CommentStatus.PENDING, 0L) == 0);
        readingPane.getChildren().add(new FlowPane(6, 6, approveAll, block,
                action("Only this author", model::onlyThisAuthor)));
        VBox latest = new VBox(3);
        for (CommentSummary row : author.latest()) {
            latest.getChildren().add(WrappingText.of(row.comment().status().code() + " · "
                    + Tables.format(row.comment().submittedAt()) + " · " + clip(row.articleHeadline(), 40) + " — "
                    + clip(oneLine(row.comment().plainText()), 80)));
        }
        readingPane.getChildren().add(latest);
    }

    private void decideShown(CommentStatus to) {
        int index = table.getSelectionModel().getSelectedIndex();
        decide(index, to);
        table.requestFocus();
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setPadding(new Insets(8, 0, 0, 0));
        return label;
    }

    private static Button action(String text, Runnable run) {
        Button button = new Button(text);
        button.setFocusTraversable(false); // the queue keeps the keyboard
        button.setOnAction(event -> run.run());
        return button;
    }

    /** R: a reply box under the comment, in the reading pane; Ctrl+Enter saves, Escape puts it away. */
    private void reply() {
        CommentDetail shown = model.detailProperty().get();
        if (shown == null) {
            return;
        }
        Comment comment = shown.comment().comment();
        String header = "Reply to " + nameOf(comment) + (comment.status() == CommentStatus.PENDING
                ? ": replying approves their comment, as WordPress's \"Approve and Reply\" does." : ".");
        inlineText("reply-box", comment.id(), header, "", "Save reply", true,
                text -> model.reply(text, table::requestFocus));
    }

    /** E: the comment's text in a box in the reading pane, to correct it; the original stays in its history. */
    private void edit() {
        CommentDetail shown = model.detailProperty().get();
        if (shown == null) {
            return;
        }
        Comment comment = shown.comment().comment();
        inlineText("edit-box", comment.id(), "Edit " + nameOf(comment) + "'s comment. The original stays in its"
                + " history.", comment.plainText(), "Save", true, text -> model.edit(text, table::requestFocus));
    }

    /**
     * A text box placed under the comment in the reading pane, so the comment stays in sight while writing. What is
     * typed is kept per comment until saved or cancelled: choosing another comment and coming back finds it again.
     */
    private void inlineText(String id, long commentId, String header, String text, String save, boolean focus,
            java.util.function.Consumer<String> onSave) {
        readingPane.getChildren().removeIf(node -> node.getStyleClass().contains("inline-text"));
        String draftKey = id + ":" + commentId;
        Region title = WrappingText.of(header);
        TextArea area = new TextArea(drafts.getOrDefault(draftKey, new Draft(header, text, save, onSave)).text());
        area.textProperty().addListener((observable, before, after) ->
                drafts.put(draftKey, new Draft(header, after, save, onSave)));
        area.setId("comment-text-box");
        area.setWrapText(true);
        area.setPrefRowCount(5);
        Button saveButton = new Button(save);
        saveButton.setId(id + "-save");
        saveButton.setDefaultButton(false);
        saveButton.getStyleClass().add("accent");
        saveButton.disableProperty().bind(area.textProperty().isEmpty());
        saveButton.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Label keys = new Label("Ctrl+Enter saves · Escape cancels");
        keys.getStyleClass().add("text-muted");
        FlowPane buttons = new FlowPane(8, 6, saveButton, cancel, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, area, buttons);
        box.setId(id);
        box.getStyleClass().add("inline-text");
        Runnable close = () -> {
            drafts.remove(draftKey);
            readingPane.getChildren().remove(box);
            table.requestFocus();
        };
        saveButton.setOnAction(event -> {
            if (!area.getText().isBlank()) {
                drafts.remove(draftKey);
                onSave.accept(area.getText());
            }
        });
        cancel.setOnAction(event -> close.run());
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                saveButton.fire();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            }
        });
        int body = readingPane.getChildren().indexOf(readingPane.lookup("#reading-body"));
        readingPane.getChildren().add(body < 0 ? readingPane.getChildren().size() : body + 1, box);
        if (!focus) {
            return;
        }
        area.requestFocus();
        area.positionCaret(area.getLength());
        javafx.application.Platform.runLater(() -> {
            area.requestFocus();
            if (readingPane.getParent() != null && readingPane.getParent().getParent() instanceof ScrollPane scroll) {
                scroll.setVvalue(Math.min(1, box.getBoundsInParent().getMinY() / Math.max(1,
                        readingPane.getHeight() - scroll.getViewportBounds().getHeight())));
            }
        });
    }

    private void showKeys() {
        model.showKeys();
        table.requestFocus();
    }

    private ToggleButton queueButton(CommentStatus status) {
        ToggleButton button = new ToggleButton(label(status, null));
        button.setUserData(status);
        button.setId("queue-" + (status == null ? "all" : status.code()));
        button.setToggleGroup(queues);
        button.setOnAction(event -> {
            model.queueProperty().set(status);
            button.setSelected(true); // a queue stays chosen when clicked twice
        });
        return button;
    }

    private void selectQueue(CommentStatus status) {
        queues.getToggles().stream().filter(toggle -> toggle.getUserData() == status).findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }

    private void showCounts(Map<CommentStatus, Long> counts) {
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        queues.getToggles().forEach(toggle -> {
            CommentStatus status = (CommentStatus) toggle.getUserData();
            ((ToggleButton) toggle).setText(label(status, status == null ? all : counts.getOrDefault(status, 0L)));
        });
    }

    private static String label(CommentStatus status, Long count) {
        String name = status == null ? "All" : switch (status) {
            case PENDING -> "Pending";
            case APPROVED -> "Approved";
            case SPAM -> "Spam";
            case TRASH -> "Trash";
        };
        return count == null ? name : String.format("%s  %,d", name, count);
    }

    private static String nameOf(Comment comment) {
        return comment.authorName().isBlank() ? "(no name)" : comment.authorName();
    }

    /** The first line of a queue row: name, when, and the address (cut first when the column is narrow). */
    private static String who(Comment comment) {
        return nameOf(comment) + " · " + Tables.format(comment.submittedAt())
                + (comment.authorEmail().isBlank() ? "" : " · " + comment.authorEmail());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
