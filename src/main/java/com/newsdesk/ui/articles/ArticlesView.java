package com.newsdesk.ui.articles;

import com.newsdesk.domain.ArticleSummary;
import com.newsdesk.ui.common.DeskLayout;
import com.newsdesk.ui.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The Articles desk: the list of articles. */
public final class ArticlesView {
    private final BorderPane root;

    public ArticlesView(ArticlesViewModel model) {
        Label title = DeskLayout.title("");
        title.textProperty().bind(Bindings.format("Articles  ·  %,d", model.rows().totalProperty()));
        TableView<ArticleSummary> table = Tables.table("No articles yet.");
        table.setId("articles-table");
        table.getColumns().addAll(
                Tables.text("Headline", 420, ArticleSummary::headline),
                Tables.text("Section", 110, ArticleSummary::section),
                Tables.text("Byline", 150, ArticleSummary::byline),
                Tables.text("Language", 80, ArticleSummary::language),
                Tables.text("Status", 90, row -> row.status().code().replace('_', ' ')),
                Tables.time("Updated", 180, ArticleSummary::updatedAt));
        table.setItems(model.rows());
        root = DeskLayout.of(title, table, null);
    }

    public Node root() { return root; }
}
