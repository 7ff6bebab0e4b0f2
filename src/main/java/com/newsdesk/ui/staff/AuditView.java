package com.newsdesk.ui.staff;

import com.newsdesk.domain.AuditEntry;
import com.newsdesk.ui.common.DeskLayout;
import com.newsdesk.ui.common.Tables;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The audit trail, with filters and export as JSON. */
public final class AuditView {
    private final BorderPane root;

    public AuditView(AuditViewModel model) {
        Label title = DeskLayout.title(model.seesEveryone() ? "Audit trail" : "Your audit trail");
        TextField actor = new TextField();
        actor.setPromptText("who");
        actor.textProperty().bindBidirectional(model.actorFilterProperty());
        actor.setVisible(model.seesEveryone());
        actor.setManaged(model.seesEveryone());
        TextField action = new TextField();
        action.setPromptText("action (sign-in, export, …)");
        action.textProperty().bindBidirectional(model.actionFilterProperty());
        DatePicker since = new DatePicker();
        since.setPromptText("since");
        since.valueProperty().bindBidirectional(model.sinceProperty());
        Button apply = new Button("Show");
        apply.setDefaultButton(true);
        apply.setOnAction(event -> model.refresh());
        Button export = new Button("Export JSON…");
        export.setOnAction(event -> model.exportAsked());
        HBox filters = new HBox(8, actor, action, since, apply, export);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = Tables.table("Nothing recorded yet.");
        table.setId("audit-table");
        table.getColumns().addAll(java.util.List.of(
                Tables.time("When", 180, AuditEntry::at),
                Tables.text("Who", 140, AuditEntry::actor),
                Tables.text("Action", 170, AuditEntry::action),
                Tables.text("Record", 140, entry -> entry.recordType() == null ? ""
                        : entry.recordType() + (entry.recordId() == null ? "" : " " + entry.recordId())),
                Tables.text("Detail", 420, AuditEntry::detail)));
        table.setItems(model.entries());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());

        VBox top = new VBox(8, title, filters);
        root = DeskLayout.of(top, table, message);
    }

    public Node root() { return root; }
}
