package com.newsdesk.app;

import com.newsdesk.cli.Logs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * What happens to a failure nobody foresaw, on any thread of the window: it is written with its trace to the log in
 * the data folder, and one window says in plain words what happened and where the details are, with "Copy details".
 * Work already saved stays saved; a failure never passes silently.
 */
final class LastResort {
    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private LastResort() {}

    /** Catches what every thread of this process lets fall, the JavaFX thread's too. */
    static void install(java.util.function.Supplier<Window> owner, Path dataFolder) {
        Thread.UncaughtExceptionHandler handler = (thread, failure) -> report(thread.getName(), failure, owner,
                dataFolder);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(handler));
    }

    /** Logs the failure and tells the person at the window, once at a time. */
    static void report(String where, Throwable failure, java.util.function.Supplier<Window> owner, Path dataFolder) {
        String log = logged(where, failure, dataFolder);
        // Later, never inside the pulse or the layout the failure came from (a dialog may not open there).
        Platform.runLater(() -> show(failure, log, owner));
    }

    private static String logged(String where, Throwable failure, Path dataFolder) {
        try {
            Path file = Logs.writeTo(dataFolder);
            org.slf4j.LoggerFactory.getLogger(LastResort.class).error("unforeseen failure in " + where, failure);
            return file.toString();
        } catch (RuntimeException | Error unwritable) {
            return null;
        }
    }

    private static void show(Throwable failure, String log, java.util.function.Supplier<Window> owner) {
        if (!SHOWING.compareAndSet(false, true)) {
            return; // one window at a time: a failure repeating on every frame does not bury the screen
        }
        boolean shown = false;
        try {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle("Newsdesk");
            alert.setHeaderText("Something unexpected went wrong (" + failure.getClass().getSimpleName() + ").");
            alert.setContentText("What was saved stays saved; what you were doing may not have finished. "
                    + (log == null ? "The details could not be written to the log; copy them below."
                            : "The details are in " + log + "."));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(details);
            ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
            ((Button) alert.getDialogPane().lookupButton(copy)).addEventFilter(javafx.event.ActionEvent.ACTION,
                    event -> {
                        ClipboardContent content = new ClipboardContent();
                        content.putString(trace.toString());
                        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                        event.consume(); // stays open: copying is not closing
                    });
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                alert.initOwner(window);
            }
            alert.setOnHidden(event -> SHOWING.set(false));
            alert.show();
            shown = true;
        } finally {
            if (!shown) {
                SHOWING.set(false);
            }
        }
    }
}
