package com.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's automatic backups, on a real newsroom file. */
class AppContextTest {
    @TempDir Path dir;

    @Test
    void automaticBackupsStartSoonAfterOpening() throws Exception {
        TestNewsrooms.sample(dir.resolve("newsroom.db"), 2, 5, 5).close();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (AppContext context = AppContext.open(dir.resolve("newsroom.db"), TestNewsrooms.CLOCK,
                TestNewsrooms.FAST_HASHER, BackgroundExecutor.direct())) {
            List<Path> made = new CopyOnWriteArrayList<>();
            context.startAutomaticBackups(made::add, failures::add, Duration.ofMillis(10), Duration.ofMillis(50));
            Path backups = dir.resolve("backups");
            for (int wait = 0; wait < 200 && made.isEmpty(); wait++) {
                Thread.sleep(25);
            }
            assertTrue(hasFiles(backups), "a backup soon after opening");
            assertEquals(1, made.size(), "told once: nothing was saved since");
            assertTrue(Files.exists(made.get(0)));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aFailingAutomaticBackupIsReportedOnceNotEveryMinute() throws Exception {
        TestNewsrooms.sample(dir.resolve("newsroom.db"), 2, 5, 5).close();
        Files.writeString(dir.resolve("backups"), "a file where the backups folder should be");
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (AppContext context = AppContext.open(dir.resolve("newsroom.db"), TestNewsrooms.CLOCK,
                TestNewsrooms.FAST_HASHER, BackgroundExecutor.direct())) {
            context.startAutomaticBackups(backup -> { throw new AssertionError("no backup can be made"); },
                    failures::add, Duration.ofMillis(10), Duration.ofMillis(20));
            Thread.sleep(400); // about twenty tries
        }
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).getMessage().startsWith("The automatic backup failed: ")
                && failures.get(0).getMessage().contains("a file is in the way"),
                failures.get(0).getMessage());
    }

    private static boolean hasFiles(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith("-start.db"));
        }
    }
}
