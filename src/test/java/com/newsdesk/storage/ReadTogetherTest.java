package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's readers on several threads must see one and the same newsroom (on a file the snapshots are taken under
 * the write lock; a shared newsroom gives one transaction): a commit made while they read is seen by none of them.
 */
class ReadTogetherTest {
    @TempDir Path dir;

    @Test
    void readersTogetherSeeOneSnapshotWhateverIsCommittedMeanwhile() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 1, 1, 60)) {
            long before = db.read(tx -> tx.subscribers().count());
            List<Long> seen = db.readTogether(2, readers -> {
                assertEquals(TestServer.active() ? 1 : 2, readers.size());
                long first = readers.get(0).subscribers().count();
                db.write(tx -> Queries.execute(tx, "DELETE FROM subscribers WHERE id % 2 = 0"));
                return List.of(first, readers.get(readers.size() - 1).subscribers().count(),
                        readers.get(0).subscribers().count());
            });
            assertEquals(List.of(before, before, before), seen, "the commit made while reading is seen by none");
            assertEquals(before - before / 2, (long) db.read(tx -> tx.subscribers().count()), "but it is made");
        }
    }
}
