package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.app.AppContext;
import com.newsdesk.domain.Role;
import com.newsdesk.service.StaffService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Theme;
import com.newsdesk.ui.shell.ShellView;
import com.newsdesk.ui.staff.SignInView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
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

/** Signing in through the window, and a Writer's window without a Subscribers desk. */
@ExtendWith(ApplicationExtension.class)
class SignInFxTest {
    private AppContext context;
    private BackgroundExecutor executor;

    @Start
    void start(Stage stage) throws IOException {
        Theme.apply(false);
        Path file = Files.createTempDirectory("newsdesk-sign-in").resolve("newsroom.db");
        try (Database db = TestNewsrooms.sample(file, 3, 10, 10)) {
            StaffService staff = new StaffService(db, TestNewsrooms.FAST_HASHER, TestNewsrooms.CLOCK);
            var admin = staff.createFirstAdmin(TestNewsrooms.OWNER, "amina", "", "the admin password".toCharArray());
            staff.add(admin.asActor(), "julien", "Julien", Role.WRITER, "the writer password".toCharArray());
        }
        executor = BackgroundExecutor.withWorkers(Platform::runLater, 2);
        context = AppContext.open(file, TestNewsrooms.CLOCK, TestNewsrooms.FAST_HASHER, executor);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1200, 800);
        scene.setRoot(new SignInView(context.signIn(member -> {
            var model = context.shellFor(member.asActor(), new com.newsdesk.ui.common.FxDialogService(() -> stage));
            scene.setRoot(new ShellView(model, new com.newsdesk.ui.common.FxDialogService(() -> stage), path -> { }, () -> { }, () -> { }).root());
            model.load();
        }), "newsroom.db").root());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
        executor.close();
    }

    @Test
    void aWrongPasswordIsRefusedAndAWriterSeesNoSubscribersDesk(FxRobot robot) throws TimeoutException {
        robot.clickOn("#sign-in-username").write("julien");
        robot.clickOn("#sign-in-password").write("not it at all");
        robot.clickOn("#sign-in");
        waitUntil(() -> robot.lookup("#sign-in-error").queryLabeled().getText().equals("Wrong username or password."));
        assertEquals("", robot.lookup("#sign-in-password").queryTextInputControl().getText(), "the field is emptied");

        robot.clickOn("#sign-in-password").write("the writer password");
        robot.clickOn("#sign-in");
        waitUntil(() -> robot.lookup("#desk-articles").tryQuery().isPresent());
        assertTrue(robot.lookup("#desk-subscribers").tryQuery().isEmpty());
        assertTrue(robot.lookup("#desk-comments").tryQuery().isEmpty());
        assertTrue(robot.lookup("#desk-staff").tryQuery().isEmpty());
        assertTrue(robot.lookup("#desk-audit").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#subscribers-table").tryQuery().isEmpty(), "Ctrl+3 opens nothing for a writer");
        assertTrue(robot.lookup("julien (Writer)").tryQuery().isPresent(), "the menu bar says who is signed in");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
