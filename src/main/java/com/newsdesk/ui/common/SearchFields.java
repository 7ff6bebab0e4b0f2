package com.newsdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/** How every desk's search field behaves: results as you type, Down into the results, Escape clears. */
public final class SearchFields {
    /** Long enough that a word typed at speed is one search, short enough to feel immediate. */
    public static final Duration PAUSE = Duration.millis(300);

    private SearchFields() {}

    /**
     * Runs {@code apply} once typing pauses (Enter at once); Down moves into {@code results} (selecting the first
     * row when none is, once {@code reloading} is over); Escape clears the field and the search, or, when it is
     * empty, moves into the results.
     */
    public static void live(TextField field, Runnable apply, Control results,
            javafx.beans.value.ObservableBooleanValue reloading) {
        PauseTransition pause = new PauseTransition(PAUSE);
        pause.setOnFinished(event -> apply.run());
        field.textProperty().addListener((observable, before, after) -> pause.playFromStart());
        field.setOnAction(event -> {
            pause.stop();
            apply.run();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN) {
                if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                    pause.stop(); // typed and Down at once: search now
                    apply.run();
                }
                if (reloading.get()) { // the first result is selected once the results are in
                    selectFirstWhenReloaded(results);
                    results.requestFocus();
                } else {
                    enter(results);
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                if (field.getText().isEmpty()) {
                    enter(results);
                } else {
                    field.clear();
                    pause.stop();
                    apply.run();
                }
                event.consume();
            }
        });
    }

    /**
     * Selects the first row once it has arrived: a paged list shows a row as empty until its page loads, and the
     * load replaces it, which would drop a selection made earlier.
     */
    private static void selectFirstWhenReloaded(Control results) {
        if (results instanceof TableView<?> table) {
            table.getItems().addListener(new javafx.collections.ListChangeListener<Object>() {
                @Override
                public void onChanged(Change<?> change) {
                    if (table.getItems().isEmpty() || table.getItems().get(0) != null) {
                        table.getItems().removeListener(this);
                        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                            table.getSelectionModel().select(0);
                            table.getFocusModel().focus(0);
                        }
                    }
                }
            });
        }
    }

    private static void enter(Control results) {
        if (results instanceof TableView<?> table && table.getSelectionModel().isEmpty()
                && !table.getItems().isEmpty()) {
            if (table.getItems().get(0) == null) {
                selectFirstWhenReloaded(table);
            } else {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        }
        results.requestFocus();
    }
}
