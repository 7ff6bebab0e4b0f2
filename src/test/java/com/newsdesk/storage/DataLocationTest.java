package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
    private static final Path HOME = Path.of("/home/amina");

    @Test
    void explicitFileThenEnvironmentThenPlatformFolder() {
        assertEquals(Path.of("x.db"), DataLocation.resolve("x.db", Map.of("NEWSDESK_DB", "/y.db")));
        assertEquals(Path.of("/y.db"), DataLocation.resolve((String) null, Map.of("NEWSDESK_DB", "/y.db")));
    }

    @Test
    void followsEachPlatformsConvention() {
        assertEquals(Path.of("/data/newsdesk/newsdesk.db"),
                DataLocation.defaultFile(Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME));
        assertEquals(HOME.resolve(".local/share/newsdesk/newsdesk.db"), DataLocation.defaultFile(Map.of(), "Linux", HOME));
        assertEquals(HOME.resolve(".local/share/newsdesk/newsdesk.db"),
                DataLocation.defaultFile(Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME));
        assertEquals(Path.of("C:/Users/a/AppData/Roaming").resolve("Newsdesk").resolve("newsdesk.db"),
                DataLocation.defaultFile(Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", HOME));
        assertEquals(HOME.resolve("Library/Application Support/Newsdesk/newsdesk.db"),
                DataLocation.defaultFile(Map.of(), "Mac OS X", HOME));
    }

    @Test
    void sqlitesOwnFilesBesideANewsroomAreNeverTakenForOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.createFile(dir.resolve("n.db"));
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            String named = dir.resolve("n.db" + suffix).toString();
            StorageException refused = org.junit.jupiter.api.Assertions.assertThrows(StorageException.class,
                    () -> DataLocation.resolveAddress(named, "--to", Map.of()));
            assertEquals("--to " + named + " is a file SQLite keeps beside the newsroom n.db, not a newsroom; nothing"
                    + " was opened.", refused.getMessage());
        }
        Path walOfNothing = dir.resolve("other.db-wal"); // no newsroom beside it: an odd name, but a file like any
        assertEquals(new NewsroomAddress.File(walOfNothing), DataLocation.resolveAddress(walOfNothing.toString(),
                Map.of()));
    }
}
