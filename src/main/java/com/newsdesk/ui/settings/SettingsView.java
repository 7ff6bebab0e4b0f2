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

/** The Settings desk: the comment rules. */
public final class SettingsView {
    private final Node root;

    public SettingsView(SettingsViewModel model) {
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

        Spinner<Integer> links = new Spinner<>(1, 50, model.linkLimitProperty().get());
        links.setId("rules-link-limit");
        links.setEditable(true);
        links.setPrefWidth(90);
        links.getValueFactory().valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.linkLimitProperty().set(after);
            }
        });
        model.linkLimitProperty().addListener((observable, before, after) ->
                links.getValueFactory().setValue(after.intValue()));
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
        content.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root = DeskLayout.of(title, scroll, null);
    }

    public Node root() { return root; }
}
