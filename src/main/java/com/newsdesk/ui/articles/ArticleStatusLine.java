package com.newsdesk.ui.articles;

import com.newsdesk.ui.editor.EditorAction;
import com.newsdesk.domain.ArticleStatus;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyIntegerProperty;
import java.util.List;

/**
 * The editor's foot: the status badge, counts, messages, a conflict's choices, the publishing checklist (a count that
 * opens the list), the save state, and the bar of a published article whose changes are not yet live.
 */
final class ArticleStatusLine {
    private ArticleStatusLine() {}

    static Node of(ArticleEditorViewModel model, ReadOnlyIntegerProperty words, ReadOnlyIntegerProperty characters,
            Runnable firstWritingIssue) {
        Label counts = new Label();
        counts.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d %s · %,d characters%s",
                words.get(), words.get() == 1 ? "word" : "words",
                characters.get(), words.get() == 0 ? "" // nothing to read yet
                        : String.format(" · %d min read", Math.max(1, Math.round(words.get() / 230.0)))),
                words, characters));
        counts.setMinWidth(Region.USE_PREF_SIZE); // on a narrow window the message gives way (whole on hover), not this
        Label state = new Label();
        state.setId("save-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> switch (model.saveStateProperty().get()) {
            case LOADING -> "Opening…";
            case SAVED -> "All changes saved";
            case EDITED -> "Edited";
            case SAVING -> "Saving…";
            case CONFLICT -> "Conflict";
            case FAILED -> "Not saved";
            case NOT_OPENED -> "Not opened";
        }, model.saveStateProperty()));
        Label message = new Label();
        message.setId("editor-message");
        message.textProperty().bind(model.messageProperty());
        com.newsdesk.ui.common.Messages.wholeOnHover(message);
        message.setMinWidth(0);
        Button keepMine = new Button("Keep mine");
        keepMine.setOnAction(event -> model.keepMine());
        Button takeTheirs = new Button("Take theirs");
        takeTheirs.setOnAction(event -> model.takeTheirs());
        Button compare = new Button("Compare");
        compare.setOnAction(event -> {
            var versions = model.conflictingVersions();
            if (versions.size() == 2) {
                RevisionComparison.show(compare.getScene().getWindow(), versions.get(0), versions.get(1));
            }
        });
        HBox conflict = new HBox(6, keepMine, takeTheirs, compare);
        conflict.visibleProperty().bind(model.theirsProperty().isNotNull());
        conflict.managedProperty().bind(conflict.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The checklist: a count in the status line that opens the list itself above it.
        Button checks = new Button();
        checks.setId("checklist");
        checks.getStyleClass().add("flat");
        javafx.beans.property.BooleanProperty listShown = new javafx.beans.property.SimpleBooleanProperty(false);
        checks.setOnAction(event -> listShown.set(!listShown.get())); // the tooltip lists it too
        Tooltip checkList = new Tooltip();
        checks.setTooltip(checkList);
        checks.visibleProperty().bind(model.saveStateProperty().isNotEqualTo(ArticleEditorViewModel.SaveState.NOT_OPENED));
        checks.managedProperty().bind(checks.visibleProperty());
        VBox checklistPanel = new VBox(4);
        checklistPanel.setId("checklist-items");
        checklistPanel.setPadding(new Insets(6, 12, 6, 12));
        checklistPanel.visibleProperty().bind(listShown);
        checklistPanel.managedProperty().bind(checklistPanel.visibleProperty());
        Runnable showChecks = () -> {
            long blocking = model.checklist().stream().filter(com.newsdesk.domain.PublishChecklist.Item::blocking).count();
            long warnings = model.checklist().size() - blocking;
            checks.setText(model.checklist().isEmpty() ? "Ready to publish"
                    : (blocking > 0 ? blocking + " to fix" : "") + (blocking > 0 && warnings > 0 ? ", " : "")
                            + (warnings > 0 ? warnings + (warnings == 1 ? " warning" : " warnings") : ""));
            checks.setStyle(blocking > 0 ? "-fx-text-fill: -color-danger-fg;" : "");
            checkList.setText(String.join("\n", model.checklist().stream()
                    .map(item -> (item.blocking() ? "✗ " : "! ") + item.message()).toList()));
            checklistPanel.getChildren().setAll(model.checklist().stream().map(item -> {
                if (model.isWritingItem(item)) { // a jump to the first issue, the list staying open
                    javafx.scene.control.Hyperlink jump = new javafx.scene.control.Hyperlink("!  Warning: "
                            + item.message());
                    jump.setId("checklist-writing");
                    jump.setOnAction(event -> firstWritingIssue.run());
                    return (Node) jump;
                }
                Label entry = new Label((item.blocking() ? "✗  To fix: " : "!  Warning: ") + item.message());
                entry.setWrapText(true);
                entry.setStyle(item.blocking() ? "-fx-text-fill: -color-danger-fg;" : "");
                return (Node) entry;
            }).toList());
            if (model.checklist().isEmpty()) {
                checklistPanel.getChildren().add(new Label("✓  Nothing blocks publishing."));
            }
        };
        model.checklist().addListener((javafx.collections.ListChangeListener<com.newsdesk.domain.PublishChecklist.Item>)
                change -> showChecks.run());
        showChecks.run();
        Label badge = new Label();
        badge.setId("status-badge");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        badge.textProperty().bind(Bindings.createStringBinding(() -> badgeText(model.statusProperty().get())
                + (model.changesPendingProperty().get() ? ", changes not yet live" : ""),
                model.statusProperty(), model.changesPendingProperty()));
        badge.styleProperty().bind(Bindings.createStringBinding(() -> "-fx-padding: 1 8 1 8; -fx-background-radius: 8;"
                + " -fx-font-weight: bold; -fx-background-color: " + (model.changesPendingProperty().get()
                        ? "-color-warning-muted" : badgeColour(model.statusProperty().get())) + ";"
                + " -fx-text-fill: -color-fg-default;", model.statusProperty(), model.changesPendingProperty()));
        checks.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label writing = new Label();
        writing.setId("writing-state");
        writing.setMinWidth(0); // in a narrow window it gives way before the counts do
        if (model.writing() != null) {
            writing.textProperty().bind(model.writing().stateProperty());
            writing.setTooltip(new Tooltip("Spelling, grammar and house style: " + EditorAction.NEXT_ISSUE.tooltip()
                    + "; " + EditorAction.ISSUE_MENU.tooltip()));
        }
        HBox line = new HBox(16, badge, counts, message, spacer, conflict, writing, checks, state);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(4, 12, 4, 12));
        VBox bottom = new VBox(checklistPanel, offlineBars(model), pendingBar(model), line);
        bottom.getStyleClass().add("status-bar");
        return bottom;
    }

    /**
     * Shown while a published article has changes readers do not see yet: what that means, Update (for those who
     * may publish) and Discard changes.
     */
    private static Node pendingBar(ArticleEditorViewModel model) {
        Label what = new Label("Published, changes not yet live: readers see the version before your edits."
                + " Update publishes them; Discard changes goes back to the live text.");
        what.setWrapText(true);
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        Button update = new Button("Update");
        update.setId("update-live");
        update.getStyleClass().add("accent");
        update.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        update.setVisible(model.canUpdateLive());
        update.setManaged(model.canUpdateLive());
        update.setOnAction(event -> model.updateAsked());
        Button discard = new Button("Discard changes…");
        discard.setId("discard-changes");
        discard.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        discard.setOnAction(event -> model.discardAsked());
        HBox bar = new HBox(10, what, update, discard);
        bar.setId("pending-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setStyle("-fx-background-color: -color-warning-subtle;");
        bar.visibleProperty().bind(model.changesPendingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * Who has the article offline (their changes will meet these), and an offline version that came back after the
     * article changed: compare the two, keep one; the other stays in the revisions.
     */
    private static Node offlineBars(ArticleEditorViewModel model) {
        Label taken = new Label();
        taken.setId("offline-note");
        taken.setWrapText(true);
        taken.setMinWidth(0);
        taken.setMaxWidth(Double.MAX_VALUE);
        taken.setPadding(new Insets(6, 12, 6, 12));
        taken.setStyle("-fx-background-color: -color-accent-subtle;");
        taken.textProperty().bind(model.offlineNoteProperty());
        taken.visibleProperty().bind(model.offlineNoteProperty().isNotEmpty());
        taken.managedProperty().bind(taken.visibleProperty());

        Label what = new Label();
        what.setWrapText(true);
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.textProperty().bind(Bindings.createStringBinding(() -> {
            var conflict = model.offlineConflictProperty().get();
            return conflict == null ? "" : "Conflict: offline changes by " + conflict.offline().savedBy()
                    + " came back after this article changed. Compare them, then keep one; the other stays in the"
                    + " revisions.";
        }, model.offlineConflictProperty()));
        Button compare = new Button("Compare");
        compare.setId("compare-offline");
        compare.setOnAction(event -> {
            var versions = model.offlineVersions();
            if (versions.size() == 2) {
                RevisionComparison.show(compare.getScene().getWindow(), versions.get(0), versions.get(1));
            }
        });
        Button keepOffline = new Button("Keep the offline version");
        keepOffline.setId("keep-offline");
        keepOffline.setOnAction(event -> model.settleOfflineConflict(true));
        Button keepThis = new Button("Keep this version");
        keepThis.setId("keep-this");
        keepThis.setOnAction(event -> model.settleOfflineConflict(false));
        for (Button button : List.of(compare, keepOffline, keepThis)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.disableProperty().bind(model.editableProperty().not());
        }
        HBox conflict = new HBox(10, what, compare, keepOffline, keepThis);
        conflict.setId("offline-conflict");
        conflict.setAlignment(Pos.CENTER_LEFT);
        conflict.setPadding(new Insets(6, 12, 6, 12));
        conflict.setStyle("-fx-background-color: -color-danger-subtle;");
        conflict.visibleProperty().bind(model.offlineConflictProperty().isNotNull());
        conflict.managedProperty().bind(conflict.visibleProperty());
        return new VBox(taken, conflict);
    }

    private static String badgeText(ArticleStatus status) {
        return status == null ? "" : switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case ARCHIVED -> "Archived";
        };
    }

    /** AtlantaFX's muted colours: one per status, readable in light and dark. */
    private static String badgeColour(ArticleStatus status) {
        return status == null ? "transparent" : switch (status) {
            case DRAFT -> "-color-neutral-muted";
            case IN_REVIEW -> "-color-accent-muted";
            case SCHEDULED -> "-color-warning-muted";
            case PUBLISHED -> "-color-success-muted";
            case ARCHIVED -> "-color-neutral-subtle";
        };
    }
}
