package com.newsdesk.ui.articles;

import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.WordDiff;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

/** Two revisions side by side, word by word: what the older one lost struck out, what the newer one gained marked. */
final class RevisionComparison {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private RevisionComparison() {}

    static void show(Window owner, ArticleRevision first, ArticleRevision second) {
        List<ArticleRevision> ordered = List.of(first, second).stream()
                .sorted(Comparator.comparing(ArticleRevision::createdAt).thenComparing(ArticleRevision::id)).toList();
        ArticleRevision older = ordered.get(0);
        ArticleRevision newer = ordered.get(1);
        List<WordDiff.Piece> pieces = WordDiff.between(older.headline() + "\n\n" + older.body().plainText(),
                newer.headline() + "\n\n" + newer.body().plainText());
        TextFlow left = new TextFlow();
        TextFlow right = new TextFlow();
        for (WordDiff.Piece piece : pieces) {
            if (piece.kind() != WordDiff.Kind.ADDED) {
                left.getChildren().add(text(piece.text(), piece.kind() == WordDiff.Kind.REMOVED
                        ? "-fx-fill: -color-danger-fg; -fx-strikethrough: true;" : ""));
            }
            if (piece.kind() != WordDiff.Kind.REMOVED) {
                right.getChildren().add(text(piece.text(), piece.kind() == WordDiff.Kind.ADDED
                        ? "-fx-fill: -color-success-fg; -fx-underline: true;" : ""));
            }
        }
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.add(new Label(title(older)), 0, 0);
        grid.add(new Label(title(newer)), 1, 0);
        grid.add(scroll(left), 0, 1);
        grid.add(scroll(right), 1, 1);
        GridPane.setHgrow(grid.getChildren().get(2), Priority.ALWAYS);
        GridPane.setHgrow(grid.getChildren().get(3), Priority.ALWAYS);
        GridPane.setVgrow(grid.getChildren().get(2), Priority.ALWAYS); // a larger window shows more of both
        GridPane.setVgrow(grid.getChildren().get(3), Priority.ALWAYS);
        VBox.setVgrow(grid, Priority.ALWAYS);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Compare revisions");
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(grid));
        dialog.getDialogPane().setPrefSize(1100, 700);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }

    private static String title(ArticleRevision revision) {
        return WHEN.format(revision.createdAt()) + " · " + revision.author() + " · " + revision.note();
    }

    private static Text text(String content, String style) {
        Text text = new Text(content);
        text.setStyle("-fx-font-size: 14px;" + style);
        return text;
    }

    private static ScrollPane scroll(TextFlow flow) {
        flow.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(520, 600);
        return scroll;
    }
}
