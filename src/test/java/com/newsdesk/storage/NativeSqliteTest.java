package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSqliteTest {
    @TempDir Path cache;

    @Test
    void theLibraryIsCopiedOnceIntoTheCacheAndTheDriverPointedAtIt() throws Exception {
        String path = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name");
        String temporary = System.getProperty("org.sqlite.tmpdir");
        try {
            System.clearProperty("org.sqlite.tmpdir");
            System.clearProperty("org.sqlite.lib.path");
            System.clearProperty("org.sqlite.lib.name");
            NativeSqlite.useCachedLibrary(Map.of("XDG_CACHE_HOME", cache.toString()));
            Path folder = Path.of(System.getProperty("org.sqlite.lib.path"));
            Path library = folder.resolve(System.getProperty("org.sqlite.lib.name"));
            assertTrue(folder.startsWith(cache.resolve("newsdesk")), folder.toString());
            assertTrue(Files.size(library) > 100_000, "the whole library was copied");
            assertEquals(folder.toString(), System.getProperty("org.sqlite.tmpdir"),
                    "the driver's clean-up lists this folder, not the system's temporary one");
            long copied = Files.getLastModifiedTime(library).toMillis();
            try (var files = Files.list(folder)) {
                assertTrue(files.noneMatch(file -> file.toString().endsWith(".partial")), "no partial copy is left");
            }

            System.clearProperty("org.sqlite.lib.path");
            NativeSqlite.useCachedLibrary(Map.of("XDG_CACHE_HOME", cache.toString()));
            assertEquals(copied, Files.getLastModifiedTime(library).toMillis(), "the next start reuses the copy");
        } finally { // the rest of the suite loads the driver its own way
            restore("org.sqlite.lib.path", path);
            restore("org.sqlite.lib.name", name);
            restore("org.sqlite.tmpdir", temporary);
        }
    }

    /** Issue 12, finding 10: a library planted in the cache is never loaded; the folders are closed to others. */
    @Test
    void aPlantedOrAlteredLibraryIsReplacedAndLooseFoldersAreClosed() throws Exception {
        String path = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name");
        String temporary = System.getProperty("org.sqlite.tmpdir");
        try {
            System.clearProperty("org.sqlite.tmpdir");
            System.clearProperty("org.sqlite.lib.path");
            NativeSqlite.useCachedLibrary(Map.of("XDG_CACHE_HOME", cache.toString()));
            Path folder = Path.of(System.getProperty("org.sqlite.lib.path"));
            Path library = folder.resolve(System.getProperty("org.sqlite.lib.name"));
            byte[] genuine = Files.readAllBytes(library);

            byte[] planted = genuine.clone(); // same size, other code
            planted[planted.length / 2] ^= 0x01;
            Files.write(library, planted);
            Files.setPosixFilePermissions(cache.resolve("newsdesk"), PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
            System.clearProperty("org.sqlite.lib.path");
            NativeSqlite.useCachedLibrary(Map.of("XDG_CACHE_HOME", cache.toString()));
            assertArrayEquals(genuine, Files.readAllBytes(library), "the planted library was replaced before loading");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(cache.resolve("newsdesk"))));

            Path elsewhere = Files.write(cache.resolve("evil.so"), planted);
            Files.delete(library);
            Files.createSymbolicLink(library, elsewhere);
            System.clearProperty("org.sqlite.lib.path");
            NativeSqlite.useCachedLibrary(Map.of("XDG_CACHE_HOME", cache.toString()));
            assertFalse(Files.isSymbolicLink(library), "a link is not trusted");
            assertArrayEquals(genuine, Files.readAllBytes(library));

            Path notAFolder = Files.writeString(cache.resolve("file-cache"), "x");
            System.clearProperty("org.sqlite.lib.path");
            NativeSqlite.useCachedLibrary(Map.of("XDG_CACHE_HOME", notAFolder.toString()));
            assertNull(System.getProperty("org.sqlite.lib.path"), "anything off: the driver's own way, quietly");
        } finally { // the rest of the suite loads the driver its own way
            restore("org.sqlite.lib.path", path);
            restore("org.sqlite.lib.name", name);
            restore("org.sqlite.tmpdir", temporary);
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
