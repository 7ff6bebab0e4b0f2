package com.newsdesk.ui.comments;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.ui.common.DeskLayout;
import com.newsdesk.ui.common.Tables;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Comments desk: the moderation queues. Comment text is shown as plain text, never as HTML. */
public final class CommentsView {
    private final BorderPane root;
    private final ToggleGroup queues = new ToggleGroup();

    public CommentsView(CommentsViewModel model) {
        Label title = DeskLayout.title("Comments");
        HBox queueBar = new HBox(4);
        queueBar.getStyleClass().add("queue-bar");
        for (CommentStatus status : CommentStatus.values()) {
            queueBar.getChildren().add(queueButton(status, model));
        }
        queueBar.getChildren().add(queueButton(null, model));
        model.queueProperty().addListener((observable, before, after) -> selectQueue(after));
        model.countsProperty().addListener((observable, before, after) -> showCounts(after));
        selectQueue(model.queueProperty().get());
        showCounts(model.countsProperty().get());

        TableView<CommentSummary> table = Tables.table("No comments in this queue.");
        table.setId("comments-table");
        table.getColumns().addAll(
                Tables.text("Author", 150, row -> row.comment().authorName()),
                Tables.text("Email", 190, row -> row.comment().authorEmail()),
                Tables.text("Comment", 360, row -> row.comment().body()),
                Tables.text("Article", 220, CommentSummary::articleHeadline),
                Tables.time("Submitted", 170, row -> row.comment().submittedAt()),
                Tables.text("Status", 90, row -> row.comment().status().code()),
                Tables.text("Why", 160, row -> row.comment().reason() == null ? "" : row.comment().reason()));
        table.setItems(model.rows());
        table.setOnKeyPressed(event -> {
            if (event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            int index = table.getSelectionModel().getSelectedIndex();
            CommentStatus decision = switch (event.getCode()) {
                case A -> CommentStatus.APPROVED;
                case S -> CommentStatus.SPAM;
                case D -> CommentStatus.TRASH;
                case U -> CommentStatus.PENDING;
                default -> null;
            };
            if (decision != null) {
                model.decide(index, decision);
                table.getSelectionModel().select(Math.min(index + 1, table.getItems().size() - 1));
                table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 3));
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.J) {
                table.getSelectionModel().select(Math.min(index + 1, table.getItems().size() - 1));
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.K) {
                table.getSelectionModel().select(Math.max(0, index - 1));
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.Z) {
                model.undoLast();
                event.consume();
            }
        });
        Label keys = new Label("J/K next and previous · A approve · U pending · S spam · D trash · Z undo");
        keys.getStyleClass().add("text-muted");
        Label message = new Label();
        message.setId("moderation-message");
        message.textProperty().bind(model.messageProperty());

        VBox top = new VBox(8, title, queueBar, new HBox(16, keys, message));
        root = DeskLayout.of(top, table, null);
    }

    public Node root() { return root; }

    private ToggleButton queueButton(CommentStatus status, CommentsViewModel model) {
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
}
