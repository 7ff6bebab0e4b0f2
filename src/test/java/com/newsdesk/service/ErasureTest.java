package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.SubscriberColumns;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberImport;
import com.newsdesk.service.subscribers.SubscriberPrivacy;

/**
 * Issue 12, finding 7: erasing a person leaves nothing of them in the newsroom's files (table, index, search index,
 * rules, audit, freed pages, journal), and no import brings them back.
 */
class ErasureTest {
    private static final String EMAIL = "zebedee.quintanilla@example.org";
    private static final String NAME = "Zebedee Quintanilla";
    @TempDir Path dir;
    private final Actor editor = Actor.staff("edna", Role.EDITOR);

    /** Where the address or the name still stands in the newsroom's files, in any case, as UTF-8 or UTF-16. */
    static List<String> traces(Path db, String... needles) throws Exception {
        List<String> found = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-journal")) {
            Path file = db.resolveSibling(db.getFileName() + suffix);
            if (!Files.exists(file)) {
                continue;
            }
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            for (String needle : needles) {
                String lower = needle.toLowerCase(Locale.ROOT);
                int count = 0;
                for (int at = bytes.indexOf(lower); at >= 0; at = bytes.indexOf(lower, at + 1)) {
                    count++;
                }
                if (count > 0) {
                    found.add(file.getFileName() + ": \"" + needle + "\" × " + count);
                }
            }
        }
        return found;
    }

    private Path fill(Database db) throws Exception {
        SubscriberDesk subscribers = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
        subscribers.imports().importCsv(editor, Files.writeString(dir.resolve("in.csv"), "email,name,labels\n" + EMAIL + ","
                + NAME + ",\"[\"\"Donors\"\"]\"\nother@example.org,Other Person,\n"),
                new SubscriberImport.Options(null, SubscriberColumns.AUTO, SubscriberImport.Mode.ADD, false,
                        false), null, TaskMonitor.NONE);
        CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);
        long id = db.write(tx -> tx.comments().insert(new Comment(0, 1, null, NAME, EMAIL.toUpperCase(Locale.ROOT),
                "My view, says Zebedee", CommentStatus.PENDING, null, TestNewsrooms.CLOCK.instant(), null, null,
                "192.0.2.4")));
        comments.edit(editor, id, "My view, edited");
        comments.approveAllByAuthor(editor, EMAIL);
        comments.blockAuthor(editor, EMAIL);
        Path export = dir.resolve("before.json");
        new TransferService(db, TestNewsrooms.CLOCK).exportTo(TestNewsrooms.OWNER, OutputTarget.file(export),
                ExportScope.ALL, TaskMonitor.NONE);
        return export;
    }

    @Test
    void afterAnErasureNoFileOfTheNewsroomHoldsTheAddressOrTheName() throws Exception {
        // About the newsroom's own files; a server's storage is its administrator's (see README, erasure).
        org.junit.jupiter.api.Assumptions.assumeFalse(TestServer.active());
        Path file = dir.resolve("n.db");
        try (Database db = TestNewsrooms.sample(file, 2, 0, 0)) {
            fill(db);
            assertTrue(!traces(file, EMAIL).isEmpty() || Files.exists(dir.resolve("n.db-wal")), "the test sees data");
            SubscriberPrivacy.Erasure erased = new SubscriberPrivacy(db, TestNewsrooms.CLOCK).erase(editor, EMAIL);
            assertEquals(1, erased.commentsAnonymized());
            assertEquals(List.of(), traces(file, EMAIL, NAME, "Quintanilla", "192.0.2.4"),
                    "while the newsroom is open, after the erasure");
        }
        assertEquals(List.of(), traces(file, EMAIL, NAME, "Quintanilla", "192.0.2.4"), "after closing");
    }

    @Test
    void noImportBringsAnErasedPersonBack() throws Exception {
        Path file = dir.resolve("n.db");
        try (Database db = TestNewsrooms.sample(file, 2, 0, 0)) {
            Path olderExport = fill(db);
            new SubscriberPrivacy(db, TestNewsrooms.CLOCK).erase(editor, EMAIL);
            TransferSummary merged = new TransferService(db, TestNewsrooms.CLOCK).importFile(TestNewsrooms.OWNER,
                    olderExport, true, TaskMonitor.NONE);
            assertTrue(merged.describe("imported").contains("erased"), merged.describe("imported"));
            assertTrue(db.read(tx -> tx.subscribers().findByEmail(EMAIL)).isEmpty(), "not subscribed again");
            assertEquals(0L, (long) db.read(tx -> tx.comments().countByStatusOfAuthor(EMAIL).values().stream()
                    .mapToLong(Long::longValue).sum()), "their comments come back anonymised, if at all");
            assertEquals(List.of(), traces(file, EMAIL, NAME));

        }
    }
}
