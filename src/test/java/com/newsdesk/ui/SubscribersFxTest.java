package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.SubscriberImportReport;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Theme;
import com.newsdesk.ui.subscribers.SubscribersView;
import com.newsdesk.ui.subscribers.SubscribersViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import com.newsdesk.service.subscribers.SubscriberDesk;

/** The subscriber desk's import preview on a real newsroom file, headless: the dry run, then the import. */
@ExtendWith(ApplicationExtension.class)
class SubscribersFxTest {
    private Path dir;
    private Database db;
    private BackgroundExecutor executor;
    private SubscribersViewModel model;
    private SubscribersView view;

    @Start
    void start(Stage stage) throws IOException {
        Theme.apply(false);
        dir = Files.createTempDirectory("newsdesk-subscribers-fx");
        db = TestNewsrooms.open(dir.resolve("n.db"));
        executor = BackgroundExecutor.withWorkers(Platform::runLater, 2);
        SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
        model = new SubscribersViewModel(TestNewsrooms.OWNER, service, executor,
                new com.newsdesk.ui.common.FxDialogService(() -> stage), failure -> { },
                (title, work) -> executor.submit(() -> work.apply(TaskMonitor.NONE), done -> model.refresh(),
                        failure -> { }));
        view = new SubscribersView(model);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 760));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        executor.close();
        db.close();
    }

    @Test
    void theImportPreviewShowsWhatWouldHappenAndThenImports(FxRobot robot) throws Exception {
        Path csv = Files.writeString(dir.resolve("members.csv"), "email,name,status\n"
                + "ana@example.org,Ana,subscribed\n"
                + "ANA@example.org,Ana twice,\n"
                + "nobody,Broken,\n"
                + "bo@example.org,Bo,unsubscribed\n");
        SubscribersViewModel.ImportPreview[] preview = new SubscribersViewModel.ImportPreview[1];
        robot.interact(() -> preview[0] = model.preview(csv));
        Platform.runLater(() -> view.showImport(preview[0])); // the dialog waits for its answer: not on this thread
        try {
            waitUntil(() -> robot.lookup("#import-summary").tryQuery().map(node -> ((Label) node).getText()
                    .startsWith("4 rows")).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("preview: problem=" + preview[0].problemProperty().get() + " report="
                    + preview[0].reportProperty().get() + " summary=" + robot.lookup("#import-summary").tryQuery()
                    .map(node -> ((Label) node).getText()).orElse("(no dialog)") + " windows="
                    + javafx.stage.Window.getWindows(), e);
        }
        Label summary = robot.lookup("#import-summary").query();
        assertTrue(summary.getText().contains("2 new"), summary.getText());
        TableView<SubscriberImportReport.RowNote> notes = robot.lookup("#import-notes").queryTableView();
        assertEquals(java.util.List.of("2 new: new subscriber", "3 duplicates: the same address as an earlier row"
                + " (ignoring case)", "4 invalid: Invalid email address \"nobody\": it has no @",
                "5 new: new, unsubscribed as the file says"), notes.getItems().stream()
                .map(note -> note.row() + " " + note.outcome().code() + ": " + note.reason()).toList(),
                "every row, with its outcome and why");
        robot.interact(() -> robot.lookup("#import-outcome").<javafx.scene.control.ChoiceBox<SubscriberImportReport
                .Outcome>>query().setValue(SubscriberImportReport.Outcome.INVALID));
        assertEquals(1, notes.getItems().size());
        assertEquals(4, notes.getItems().get(0).row());
        assertEquals(0L, (long) db.read(tx -> tx.subscribers().count()), "the preview wrote nothing");

        robot.clickOn("#import-confirm");
        waitUntil(() -> db.read(tx -> tx.subscribers().count()) == 2);
        TableView<?> table = robot.lookup("#subscribers-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2 && table.getItems().get(0) != null);
        assertEquals("unsubscribed", db.read(tx -> tx.subscribers().findByEmail("bo@example.org")).orElseThrow()
                .status().code());

        // The person selected shows beside the list: status and since when, labels, source, history.
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> robot.lookup("#subscriber-detail").query().isVisible()
                && robot.lookup("#subscriber-detail-history").tryQuery().isPresent());
        Object first = table.getItems().get(0);
        assertTrue(((javafx.scene.layout.VBox) robot.lookup("#subscriber-detail").query()).getChildren().stream()
                .anyMatch(node -> node instanceof Label label
                        && label.getText().equals(((com.newsdesk.domain.Subscriber) first).email())));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
