package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSqliteTest {
    @TempDir Path cache;

    @Test
    void theLibraryIsCopiedOnceIntoTheCacheAndTheDriverPointedAtIt() throws Exception {
        String path = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name");
        try {
            System.clearProperty("org.sqlite.lib.path");
            System.clearProperty("org.sqlite.lib.name");
            NativeSqlite.useCachedLibrary(Map.of("XDG_CACHE_HOME", cache.toString()));
            Path folder = Path.of(System.getProperty("org.sqlite.lib.path"));
            Path library = folder.resolve(System.getProperty("org.sqlite.lib.name"));
            assertTrue(folder.startsWith(cache.resolve("newsdesk")), folder.toString());
            assertTrue(Files.size(library) > 100_000, "the whole library was copied");
            long copied = Files.getLastModifiedTime(library).toMillis();
            try (var files = Files.list(folder)) {
                assertEquals(1, files.count(), "no partial copy is left behind");
            }

            System.clearProperty("org.sqlite.lib.path");
            NativeSqlite.useCachedLibrary(Map.of("XDG_CACHE_HOME", cache.toString()));
            assertEquals(copied, Files.getLastModifiedTime(library).toMillis(), "the next start reuses the copy");
        } finally { // the rest of the suite loads the driver its own way
            restore("org.sqlite.lib.path", path);
            restore("org.sqlite.lib.name", name);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
