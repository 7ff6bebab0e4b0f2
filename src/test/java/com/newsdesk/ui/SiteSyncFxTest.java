package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.app.AppContext;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.site.RealWordPress;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Theme;
import com.newsdesk.ui.shell.ShellView;
import com.newsdesk.ui.shell.ShellViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A WordPress site in the window (issue 19), against a real WordPress: added on the Settings desk, synced from the
 * status bar (its password asked once, in a dialog), a decision made here waiting until the next sync sends it.
 */
@ExtendWith(ApplicationExtension.class)
class SiteSyncFxTest {
    private RealWordPress wordpress;
    private Path file;
    private AppContext context;
    private BackgroundExecutor executor;
    private long held;

    @Start
    void start(Stage stage) throws IOException {
        Theme.apply(false);
        wordpress = RealWordPress.start();
        held = wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Fix the <em>drains</em>, please", "0");
        file = Files.createTempDirectory("newsdesk-site").resolve("newsroom.db");
        Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE).close();
        executor = BackgroundExecutor.withWorkers(Platform::runLater, 2);
        context = AppContext.open(file, TestNewsrooms.CLOCK, TestNewsrooms.FAST_HASHER, executor);
        var dialogs = new com.newsdesk.ui.common.FxDialogService(() -> stage);
        ShellViewModel model = context.ownerShell(dialogs);
        stage.setScene(new Scene(new ShellView(model, dialogs, path -> { }, () -> { }, () -> { }).root(), 1280, 800));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
        executor.close();
        wordpress.close();
    }

    @Test
    void aSiteAddedInSettingsSyncsFromTheStatusBarAndADecisionHereReachesTheSite(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("Settings");
        waitUntil(() -> robot.lookup("#site-add").tryQuery().isPresent());
        javafx.scene.control.ScrollPane scroll = robot.lookup("#site-add").query().getParent().getParent().getParent()
                .getParent().getParent() instanceof javafx.scene.control.ScrollPane pane ? pane
                        : robot.lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax())); // the Sites section is below the fold
        robot.clickOn("#site-name").write("Our site");
        robot.clickOn("#site-url").write(wordpress.url);
        robot.clickOn("#site-user").write(wordpress.user);
        robot.clickOn("#site-password").write(wordpress.password);
        robot.clickOn("#site-add");
        waitUntil(() -> text(robot, "#sites-message").startsWith("Added Our site."));
        waitUntil(() -> robot.lookup("#site-sync").match(Node::isVisible).tryQuery().isPresent());
        assertEquals("Not synced with Our site yet", text(robot, "#site-state"));

        robot.clickOn("#site-sync"); // the password given when adding counts for this session: no dialog
        waitUntil(() -> text(robot, "#site-state").startsWith("Synced "));
        // The sync asks for the site's state to be read again before its task reports: the state may say "Synced"
        // a moment before the status bar gives the task's summary.
        waitUntil(() -> !text(robot, "#status-message").startsWith("Syncing with "));
        assertTrue(text(robot, "#status-message").startsWith("Our site: 2 pulled, 0 pushed."),
                text(robot, "#status-message"));

        robot.clickOn("Comments");
        waitUntil(() -> robot.lookup("Fix the drains, please").tryQuery().isPresent());
        robot.clickOn("Fix the drains, please");
        robot.type(KeyCode.A);
        waitUntil(() -> text(robot, "#site-state").equals("1 change waiting for the site"));
        robot.clickOn("#site-sync");
        waitUntil(() -> text(robot, "#site-state").startsWith("Synced "));
        assertEquals("approved", wordpress.status(held));
    }

    @Test
    void syncAsksForThePasswordOnceASession(FxRobot robot) throws TimeoutException {
        try (Database database = Database.open(file, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE)) {
            new com.newsdesk.service.site.SiteService(database, TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER,
                    "Our site", wordpress.url, wordpress.user, wordpress.password);
        }
        robot.clickOn("Comments"); // a desk's load reads the sites again
        waitUntil(() -> robot.lookup("#site-sync").match(Node::isVisible).tryQuery().isPresent());
        robot.clickOn("#site-sync");
        waitUntil(() -> robot.lookup("#password").tryQuery().isPresent());
        robot.clickOn("#password").write(wordpress.password);
        robot.clickOn("#site-password-sync");
        waitUntil(() -> text(robot, "#site-state").startsWith("Synced "));
        try (Database database = Database.open(file, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE)) {
            assertEquals(2L, (long) database.read(tx -> tx.comments().count(null)));
            assertEquals(1L, (long) database.read(tx -> tx.comments().countByStatus().get(CommentStatus.PENDING)));
        }
        robot.clickOn("#site-sync"); // asked once: this one runs at once
        waitUntil(() -> text(robot, "#status-message").startsWith("Our site: 0 pulled, 0 pushed."));
        assertTrue(robot.lookup("#password").tryQuery().isEmpty());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> ((javafx.scene.control.Labeled) node).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get()); // a bound, not a pause
    }
}
