package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.app.AppContext;
import com.newsdesk.domain.SearchHit;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Theme;
import com.newsdesk.ui.shell.ShellView;
import com.newsdesk.ui.shell.ShellViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a real newsroom file, headless (Monocle): welcome, sample, desks, shortcuts. */
@ExtendWith(ApplicationExtension.class)
class ShellViewFxTest {
    private Path dir;
    private AppContext context;
    private BackgroundExecutor executor;
    private ShellViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        Theme.apply(false);
        dir = Files.createTempDirectory("newsdesk-fx");
        executor = BackgroundExecutor.withWorkers(Platform::runLater, 2);
        stage.setScene(new Scene(new javafx.scene.layout.VBox(), 1280, 800));
        open(stage, dir.resolve("newsroom.db"));
        stage.show();
    }

    /** What the window does on File → Open (and after making the sample): the newsroom's desks replace the last. */
    private void open(Stage stage, Path file) {
        if (context != null) {
            model.retire(); // its last loads may still run against the newsroom being closed
            context.close();
        }
        context = AppContext.open(file, TestNewsrooms.CLOCK, TestNewsrooms.FAST_HASHER, executor);
        model = context.ownerShell(new com.newsdesk.ui.common.FxDialogService(() -> stage));
        stage.getScene().setRoot(new ShellView(model, new com.newsdesk.ui.common.FxDialogService(() -> stage), other -> open(stage, other), () -> { }, () -> { }).root());
        model.load();
    }

    @AfterEach
    void closeNewsroom() {
        context.close();
        executor.close();
    }

    @Test
    void theSampleNewsroomOpensFromTheWelcomeAndLists(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false));
        openTheSample(robot);
        assertTrue(model.databaseFile().endsWith("sample-newsroom.db"), "a file of its own: " + model.databaseFile());
        try (com.newsdesk.storage.Database first = TestNewsrooms.open(dir.resolve("newsroom.db"))) {
            assertEquals(0, new com.newsdesk.service.NewsroomService(first).stats().articleCount(),
                    "the newsroom that was open is not filled");
        }

        TableView<SearchHit> articles = robot.lookup("#articles-table").queryTableView();
        waitUntil(() -> articles.getItems().size() == SampleNewsroom.WINDOW_SAMPLE.articles()
                && articles.getItems().get(0) != null);
        assertFalse(articles.getItems().get(0).article().headline().isBlank());
        assertTrue(robot.lookup("#status-counts").queryLabeled().getText()
                .startsWith("240 articles · 6,000 comments"), robot.lookup("#status-counts").queryLabeled().getText());
    }

    @Test
    void shortcutsSwitchDesks(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
        openTheSample(robot);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<Subscriber> subscribers = robot.lookup("#subscribers-table").queryTableView();
        waitUntil(() -> subscribers.isVisible() && subscribers.getItems().size() == 12_000
                && subscribers.getItems().get(0) != null);
        assertTrue(subscribers.getItems().get(0).email().contains("@"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<CommentSummary> comments = robot.lookup("#comments-table").queryTableView();
        waitUntil(() -> comments.isVisible() && !comments.getItems().isEmpty() && comments.getItems().get(0) != null);
        assertEquals("pending", comments.getItems().get(0).comment().status().code());
        // Keyboard moderation: A approves the selected comment at once; it is marked, then leaves the pending queue,
        // and the next one is selected; Z brings it back and selects it again.
        robot.clickOn(comments);
        robot.interact(() -> comments.getSelectionModel().select(0));
        long firstId = comments.getItems().get(0).comment().id();
        long secondId = comments.getItems().get(1).comment().id();
        long thirdId = comments.getItems().get(2).comment().id();
        long pending = comments.getItems().size();
        robot.type(KeyCode.A);
        waitUntil(() -> comments.getItems().get(0).comment().status().code().equals("approved")
                || comments.getItems().get(0).comment().id() == secondId);
        assertEquals(secondId, comments.getSelectionModel().getSelectedItem().comment().id(),
                "the next comment is selected");
        waitUntil(() -> comments.getItems().get(0).comment().id() == secondId
                && comments.getItems().size() == pending - 1); // the approved one has left the queue
        assertEquals(secondId, comments.getSelectionModel().getSelectedItem().comment().id());
        robot.type(KeyCode.S);
        waitUntil(() -> comments.getItems().get(0).comment().id() == thirdId
                && comments.getItems().size() == pending - 2);
        assertEquals(thirdId, comments.getSelectionModel().getSelectedItem().comment().id());
        robot.type(KeyCode.Z); // brings back the spam decision
        waitUntil(() -> comments.getItems().get(0).comment().id() == secondId
                && comments.getItems().get(0).comment().status().code().equals("pending")
                && comments.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.Z); // and the approval
        waitUntil(() -> comments.getItems().get(0).comment().id() == firstId
                && comments.getItems().get(0).comment().status().code().equals("pending")
                && comments.getItems().get(1).comment().id() == secondId
                && comments.getSelectionModel().getSelectedIndex() == 0
                && comments.getItems().size() == pending);
        // Ctrl+A selects the comments on screen; Shift+S sends them all to spam; they leave together.
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        int shown = model.comments().marked().size();
        assertTrue(shown > 3 && shown < pending, shown + " of " + pending);
        robot.press(KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT);
        waitUntil(() -> comments.getItems().size() == pending - shown);
        robot.type(KeyCode.Z);
        waitUntil(() -> comments.getItems().size() == pending && comments.getItems().get(0).comment().id() == firstId
                && comments.getItems().get(0).comment().status().code().equals("pending"));
        // At keyboard speed: four approvals in a row, each on the comment after the last, while the earlier ones are
        // still leaving; then exactly those four are gone and the fifth comment is selected.
        robot.interact(() -> comments.getSelectionModel().clearAndSelect(0));
        java.util.List<Long> firstFive = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> comments.getItems().get(i).comment().id()).toList();
        robot.type(KeyCode.A, KeyCode.A, KeyCode.A, KeyCode.A);
        waitUntil(() -> comments.getItems().size() == pending - 4
                && comments.getItems().get(0).comment().id() == firstFive.get(4)
                && comments.getSelectionModel().getSelectedItem() != null
                && comments.getSelectionModel().getSelectedItem().comment().id() == firstFive.get(4));
        try (com.newsdesk.storage.Database file = TestNewsrooms.open(dir.resolve("sample-newsroom.db"))) {
            for (long id : firstFive.subList(0, 4)) {
                assertEquals("approved", file.read(tx -> tx.comments().find(id)).orElseThrow().status().code());
            }
            assertEquals("pending", file.read(tx -> tx.comments().find(firstFive.get(4))).orElseThrow().status()
                    .code());
        }
        robot.clickOn("#queue-spam");
        waitUntil(() -> comments.getItems().size() > 0 && comments.getItems().get(0) != null
                && comments.getItems().get(0).comment().status().code().equals("spam"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#articles-table").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void theCommentDeskTakesTheKeyboardAndShowsTheWholeComment(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
        openTheSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<CommentSummary> comments = robot.lookup("#comments-table").queryTableView();
        try {
            waitUntil(() -> comments.getScene().getFocusOwner() == comments
                    && comments.getSelectionModel().getSelectedIndex() == 0);
        } catch (TimeoutException e) {
            throw new AssertionError("focus owner " + comments.getScene().getFocusOwner() + ", selected "
                    + comments.getSelectionModel().getSelectedIndex() + ", rows " + comments.getItems().size(), e);
        }
        waitUntil(() -> robot.lookup("#reading-body").tryQuery().isPresent());
        robot.type(KeyCode.J); // no click: the queue has the keyboard as soon as the desk shows
        waitUntil(() -> comments.getSelectionModel().getSelectedIndex() == 1);
        CommentSummary second = comments.getItems().get(1);
        waitUntil(() -> robot.lookup("#reading-body").query().getAccessibleText()
                .equals(second.comment().plainText().strip()));

        // R opens a reply box under the comment in the reading pane; Ctrl+Enter saves; the reply is approved,
        // threaded under the comment and shown in the pane; the comment it approved leaves the pending queue.
        robot.type(KeyCode.R);
        waitUntil(() -> robot.lookup("#reply-box").tryQuery().isPresent()
                && robot.lookup("#comment-text-box").query().isFocused());
        robot.write("Thank you, we will look into it.");
        robot.type(KeyCode.J); // typed into the reply, not a moderation key
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#reading-replies").tryQuery().isPresent());
        waitUntil(() -> comments.getItems().stream().noneMatch(row -> row != null
                && row.comment().id() == second.comment().id()));
        long parentId = second.comment().id();
        try (com.newsdesk.storage.Database file = TestNewsrooms.open(dir.resolve("sample-newsroom.db"))) {
            java.util.List<com.newsdesk.domain.Comment> replies = new java.util.ArrayList<>();
            file.read(tx -> {
                tx.comments().forEach(comment -> {
                    if (comment.parentId() != null && comment.parentId() == parentId) {
                        replies.add(comment);
                    }
                });
                return null;
            });
            assertEquals(1, replies.size());
            assertEquals("Thank you, we will look into it.j", replies.get(0).body());
            assertEquals("approved", replies.get(0).status().code());
        }

        // Coral's keys: D approves, Ctrl+Z undoes; ? lists the keys in use.
        robot.interact(() -> model.comments().keymapProperty().set(com.newsdesk.ui.comments.ModerationKeymap.CORAL));
        robot.interact(() -> comments.getSelectionModel().clearAndSelect(2));
        long approvedId = comments.getItems().get(2).comment().id();
        robot.type(KeyCode.D);
        waitUntil(() -> comments.getItems().stream().noneMatch(row -> row != null
                && row.comment().id() == approvedId));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> comments.getItems().get(2).comment().id() == approvedId
                && comments.getItems().get(2).comment().status().code().equals("pending")
                && comments.getSelectionModel().getSelectedIndex() == 2);
        robot.interact(() -> comments.getSelectionModel().clearAndSelect(2));
        robot.press(KeyCode.SHIFT, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.SHIFT);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().map(pane ->
                ((javafx.scene.control.DialogPane) pane).getHeaderText().startsWith("Coral keys")).orElse(false));
        javafx.scene.control.DialogPane help = robot.lookup(".dialog-pane").query();
        robot.interact(() -> help.getScene().getWindow().hide());
    }

    @Test
    void startingEmptyShowsTheEmptyDesks(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
        robot.clickOn("#start-empty");
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isEmpty());
        assertEquals(0, robot.lookup("#articles-table").queryTableView().getItems().size());
        assertTrue(robot.lookup("#status-database").queryLabeled().getText().endsWith("newsroom.db"));
    }

    /** Checks the condition on the JavaFX thread, which owns the scene, until it holds. */
    @Test
    void backUpNowFromTheKeyboardAndTheSettingsDesk(FxRobot robot) throws TimeoutException, IOException {
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
        openTheSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#status-message").queryLabeled().getText().startsWith("Backed up to "));
        Path backups = dir.resolve("backups");
        try (var files = Files.list(backups)) {
            assertEquals(1, files.filter(file -> file.getFileName().toString().endsWith("-manual.db")).count());
        }

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#backups-list").tryQuery().map(Node::isVisible).orElse(false));
        javafx.scene.control.ListView<String> list = robot.lookup("#backups-list").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#backups-now").query()).fire());
        waitUntil(() -> list.getItems().size() == 2);
        assertTrue(robot.lookup("#backups-message").queryLabeled().getText().startsWith("Backed up to "),
                robot.lookup("#backups-message").queryLabeled().getText());
    }

    @Test
    void emptySpamAsksNamingTheCountThenDeletesTheQueue(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
        openTheSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#comments-table").tryQuery().isPresent());
        assertFalse(robot.lookup("#empty-queue").query().isVisible(), "not offered on the pending queue");
        robot.interact(() -> model.comments().queueProperty().set(com.newsdesk.domain.CommentStatus.SPAM));
        long spam = model.comments().countsProperty().get().get(com.newsdesk.domain.CommentStatus.SPAM);
        assertTrue(spam > 0);
        waitUntil(() -> robot.lookup("#empty-queue").query().isVisible());
        robot.clickOn("#empty-queue");
        waitUntil(() -> robot.lookup("#confirm-empty").tryQuery().isPresent());
        assertEquals(String.format("Delete %,d", spam), robot.lookup("#confirm-empty").queryButton().getText());
        robot.clickOn("#confirm-empty");
        TableView<CommentSummary> comments = robot.lookup("#comments-table").queryTableView();
        waitUntil(() -> comments.getItems().isEmpty()
                && model.comments().countsProperty().get().get(com.newsdesk.domain.CommentStatus.SPAM) == 0);
    }

    /** The welcome's button: the sample is made in a file of its own and the window opens it. */
    private void openTheSample(FxRobot robot) throws TimeoutException {
        robot.clickOn("#open-sample");
        waitUntil(() -> model.databaseFile().endsWith("sample-newsroom.db") && model.taskProperty().get() == null
                && robot.lookup("#articles-table").tryQuery().isPresent()
                && model.statsProperty().get() != null && !model.statsProperty().get().isEmpty());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
