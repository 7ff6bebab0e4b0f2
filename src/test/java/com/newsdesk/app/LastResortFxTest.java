package com.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failure nobody foresaw is logged with its trace and told in plain words, with its details to copy. */
@ExtendWith(ApplicationExtension.class)
class LastResortFxTest {
    @TempDir Path dataFolder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void anUnforeseenFailureIsLoggedAndToldOnce(FxRobot robot) throws Exception {
        IllegalStateException failure = new IllegalStateException("boom in a cell factory");
        LastResort.report("JavaFX Application Thread", failure, () -> stage, dataFolder);
        LastResort.report("JavaFX Application Thread", failure, () -> stage, dataFolder); // a repeat: no second window
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup(".dialog-pane").queryAll().size());
        DialogPane pane = robot.lookup(".dialog-pane").query();
        assertEquals("Something unexpected went wrong (IllegalStateException).", pane.getHeaderText());
        Path log = dataFolder.resolve("logs").resolve("newsdesk.log");
        assertTrue(pane.getContentText().endsWith("The details are in " + log + "."), pane.getContentText());
        String logged = Files.readString(log);
        assertTrue(logged.contains("unforeseen failure in JavaFX Application Thread"), logged);
        assertTrue(logged.contains("boom in a cell factory"), logged);
        robot.clickOn("Copy details");
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get();
        assertTrue(copied.contains("IllegalStateException: boom in a cell factory"), copied);
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
