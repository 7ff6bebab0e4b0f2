package com.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Runnable check = context.backupCheck(made::add, failures::add); // what the timer runs, run here in turn
            check.run();
            Path backups = dir.resolve("backups");
            assertTrue(hasFiles(backups), "a backup at the first check after opening");
            check.run();
            check.run();
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
            Runnable check = context.backupCheck(backup -> { throw new AssertionError("no backup can be made"); },
                    failures::add);
            for (int minute = 0; minute < 20; minute++) {
                check.run();
            }
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
