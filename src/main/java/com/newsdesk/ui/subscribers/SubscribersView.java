package com.newsdesk.ui.subscribers;

import com.newsdesk.domain.Subscriber;
import com.newsdesk.ui.common.DeskLayout;
import com.newsdesk.ui.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The Subscribers desk: the newsletter list. */
public final class SubscribersView {
    private final BorderPane root;

    public SubscribersView(SubscribersViewModel model) {
        Label title = DeskLayout.title("");
        title.textProperty().bind(Bindings.format("Subscribers  ·  %,d", model.rows().totalProperty()));
        TableView<Subscriber> table = Tables.table("No subscribers yet.");
        table.setId("subscribers-table");
        table.getColumns().addAll(
                Tables.text("Email", 260, Subscriber::email),
                Tables.text("Name", 180, Subscriber::name),
                Tables.text("Status", 110, row -> row.status().code()),
                Tables.text("Labels", 240, row -> String.join(" · ", row.labels())),
                Tables.text("Source", 140, Subscriber::source),
                Tables.time("Subscribed", 180, Subscriber::subscribedAt));
        table.setItems(model.rows());
        root = DeskLayout.of(title, table, null);
    }

    public Node root() { return root; }
}
