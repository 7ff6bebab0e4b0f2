package com.newsdesk.ui.articles;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.List;

/**
 * The article's extras, folded under the main fields: excerpt and search texts with their limits, the featured image,
 * schedule and embargo in the newsroom's time zone, and dated corrections.
 */
final class ArticleExtrasPane {
    private ArticleExtrasPane() {}

    static Node of(ArticleEditorViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Excerpt"), ArticleEditorView.field(model.excerptProperty(), "A short summary for lists", "article-excerpt"),
                counter(model.excerptProperty(), com.newsdesk.domain.ArticleExtras.EXCERPT_LIMIT));
        grid.addRow(1, new Label("SEO title"), ArticleEditorView.field(model.seoTitleProperty(), "The title search engines show",
                "article-seo-title"), counter(model.seoTitleProperty(), com.newsdesk.domain.ArticleExtras.SEO_TITLE_LIMIT));
        grid.addRow(2, new Label("Meta description"), ArticleEditorView.field(model.metaDescriptionProperty(),
                "The description search engines show", "article-meta-description"),
                counter(model.metaDescriptionProperty(), com.newsdesk.domain.ArticleExtras.META_DESCRIPTION_LIMIT));

        javafx.scene.image.ImageView thumbnail = new javafx.scene.image.ImageView();
        thumbnail.setFitHeight(48);
        thumbnail.setPreserveRatio(true);
        Runnable showImage = () -> {
            java.nio.file.Path path = model.imagePath();
            thumbnail.setImage(path == null ? null : new javafx.scene.image.Image(path.toUri().toString(), true));
        };
        model.imageFileProperty().addListener((observable, before, after) -> showImage.run());
        Button chooseImage = new Button("Choose…");
        chooseImage.setOnAction(event -> model.chooseImageAsked());
        Button removeImage = new Button("Remove");
        removeImage.setOnAction(event -> model.imageFileProperty().set(""));
        Label imageName = new Label();
        imageName.textProperty().bind(Bindings.when(model.imageFileProperty().isEmpty()).then("No featured image")
                .otherwise(model.imageFileProperty()));
        HBox picture = new HBox(8, thumbnail, imageName, chooseImage, removeImage);
        picture.setAlignment(Pos.CENTER_LEFT);
        HBox alt = new HBox(8, new Label("Alt text"),
                ArticleEditorView.field(model.imageAltProperty(), "What the image shows", "article-image-alt"));
        alt.setAlignment(Pos.CENTER_LEFT);
        HBox caption = new HBox(8, new Label("Caption"),
                ArticleEditorView.field(model.imageCaptionProperty(), "Caption and credit", "article-image-caption"));
        caption.setAlignment(Pos.CENTER_LEFT);
        // Wraps in a narrow window rather than cutting the buttons to "…".
        javafx.scene.layout.FlowPane image = new javafx.scene.layout.FlowPane(12, 6, picture, alt, caption);
        for (HBox group : List.of(picture, alt, caption)) {
            group.getChildren().forEach(node -> {
                if (node instanceof javafx.scene.layout.Region region) {
                    region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            });
        }
        image.setAlignment(Pos.CENTER_LEFT);
        grid.add(new Label("Image"), 0, 3);
        grid.add(image, 1, 3, 2, 1);

        // A calendar and a typed time, in the newsroom's time zone (shown beside them; set in Settings).
        javafx.scene.layout.FlowPane times = new javafx.scene.layout.FlowPane(12, 6,
                new HBox(8, new Label("Scheduled for"), new com.newsdesk.ui.common.DateTimeField(
                        model.scheduledAtProperty(), model.zoneProperty(), "article-scheduled")),
                new HBox(8, new Label("Embargo until"), new com.newsdesk.ui.common.DateTimeField(
                        model.embargoAtProperty(), model.zoneProperty(), "article-embargo")));
        times.getChildren().forEach(node -> ((HBox) node).setAlignment(Pos.CENTER_LEFT));
        times.setAlignment(Pos.CENTER_LEFT);
        grid.add(new Label("Times"), 0, 4);
        grid.add(times, 1, 4, 2, 1);

        javafx.scene.control.ListView<com.newsdesk.domain.Correction> corrections =
                new javafx.scene.control.ListView<>(model.corrections());
        corrections.setPrefHeight(72);
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        corrections.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(com.newsdesk.domain.Correction correction, boolean empty) {
                super.updateItem(correction, empty);
                setText(empty || correction == null ? null
                        : "Correction, " + when.format(correction.at()) + " (" + correction.author() + "): " + correction.note());
            }
        });
        corrections.setPlaceholder(new Label("No corrections."));
        Button correct = new Button("Add correction…");
        correct.setId("add-correction");
        correct.setOnAction(event -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.setTitle("Correction");
            dialog.setHeaderText("What was corrected? The note is dated and stays with the article.");
            dialog.initOwner(correct.getScene().getWindow());
            dialog.showAndWait().filter(note -> !note.isBlank()).ifPresent(model::addCorrection);
        });
        model.statusProperty().addListener((observable, before, after) -> correct.setDisable(!model.canCorrect()));
        correct.setDisable(!model.canCorrect());
        grid.add(new Label("Corrections"), 0, 5);
        grid.add(new HBox(8, corrections, correct), 1, 5, 2, 1);
        HBox.setHgrow(corrections, Priority.ALWAYS);

        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        grid.setPadding(new Insets(4, 4, 4, 4));
        for (Node child : grid.getChildren()) {
            if (child != corrections.getParent()) {
                child.disableProperty().bind(model.editableProperty().not());
            }
        }
        // Scrolls within a quarter of the window when it is short, so the body and the status line stay in sight.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scroll.maxHeightProperty().bind(scene.heightProperty().divide(4));
            }
        });
        scroll.prefViewportHeightProperty().bind(grid.heightProperty());
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(
                "Excerpt, search, image, schedule and embargo, corrections", scroll);
        pane.setExpanded(false);
        pane.setId("article-more");
        VBox.setMargin(pane, new Insets(0, 12, 4, 12));
        return pane;
    }

    private static Label counter(javafx.beans.property.StringProperty property, int limit) {
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> property.get().length() + " / " + limit, property));
        count.styleProperty().bind(Bindings.when(property.length().greaterThan(limit))
                .then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        return count;
    }
}
