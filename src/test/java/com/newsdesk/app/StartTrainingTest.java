package com.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run must keep running real commands as the command line changes. */
class StartTrainingTest {
    @Test
    void everyTrainingCommandSucceedsInItsOwnFolder(@TempDir Path folder) throws Exception {
        assertEquals(List.of(), StartTraining.train(folder, Map.of()));
        assertTrue(Files.size(folder.resolve("copy.db")) > 0, "the export imported back into a second newsroom");
        assertTrue(Files.readString(folder.resolve("people2.csv")).contains("reader@example.org"));
    }
}
