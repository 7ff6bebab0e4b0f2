package com.newsdesk.service;

import com.newsdesk.domain.SubscriberColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.SubscriberImportReport;
import com.newsdesk.domain.SubscriberImportReport.Outcome;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.storage.Database;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberExport;
import com.newsdesk.service.subscribers.SubscriberImport;
import com.newsdesk.service.subscribers.SubscriberPrivacy;

class SubscriberExportAndPrivacyTest {
    @TempDir Path dir;
    private final Actor editor = Actor.staff("nadia", Role.EDITOR);

    private static String export(SubscriberDesk service, Actor actor, SubscriberExport.Format format,
            SubscriberStatus status, String label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exports().export(actor, format, new com.newsdesk.domain.SubscriberFilter(status, label, null, null, null, null),
                SubscriberExport.CommaLabels.SPLIT, out, TaskMonitor.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void exportsInEachLayoutAndOurCsvImportsBack() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            service.imports().importCsv(editor, file("in.csv", "email,name,status,labels\n"
                    + "ana@example.org,\"Lima, Ana\",subscribed,\"[\"\"News, daily\"\",\"\"VIP\"\"]\"\n"
                    + "bo@example.org,Bo,unsubscribed,\n"), new SubscriberImport.Options(null, SubscriberColumns.AUTO,
                    SubscriberImport.Mode.ADD, false, false), null, TaskMonitor.NONE);

            RefusedException comma = assertThrows(RefusedException.class, () -> service.exports().export(editor,
                    SubscriberExport.Format.GHOST, (SubscriberStatus) null, null, new ByteArrayOutputStream(),
                    TaskMonitor.NONE));
            assertEquals("Ghost splits labels on commas, so this label would not survive: \"News, daily\". Rename them"
                    + " first (labels rename), or export them split (--split-comma-labels). Nothing was written.",
                    comma.getMessage());
            assertEquals(java.util.List.of("News, daily"), service.exports().labelsGhostWouldSplit(editor));
            String ghost = export(service, editor, SubscriberExport.Format.GHOST, null, null); // split, asked
            assertTrue(ghost.startsWith("id,email,name,note,subscribed_to_emails,complimentary_plan,"
                    + "stripe_customer_id,created_at,deleted_at,labels,tiers\r\n"), ghost);
            assertTrue(ghost.contains(",ana@example.org,\"Lima, Ana\",,true,false,,2026-11-29T10:00:00Z,,"
                    + "\"News, daily,VIP\",\r\n"), ghost);
            assertTrue(ghost.contains(",bo@example.org,Bo,,false,"), ghost);

            // Issue 13: listmonk applies one mode to a whole file; its file holds the subscribed (or blocklisted) only.
            String listmonk = export(service, editor, SubscriberExport.Format.LISTMONK, null, null);
            assertTrue(listmonk.startsWith("uuid,email,name,attributes,status,created_at,updated_at\r\n"), listmonk);
            assertEquals(2, listmonk.split("\r\n").length, "only the subscribed one: " + listmonk);
            assertTrue(listmonk.contains(",ana@example.org,\"Lima, Ana\",\"{\"\"labels\"\":"), listmonk);
            assertTrue(listmonk.contains(",enabled,"), listmonk);
            assertEquals("1 unsubscribed, bounced or blocklisted left out: listmonk's importer subscribes (or"
                    + " blocklists) everyone in a file, so it holds only the subscribed", service.exports().leftOutOfListmonk(
                            editor, com.newsdesk.domain.SubscriberFilter.ALL).orElseThrow());
            RefusedException unsubscribed = assertThrows(RefusedException.class, () -> export(service, editor,
                    SubscriberExport.Format.LISTMONK, SubscriberStatus.UNSUBSCRIBED, null));
            assertTrue(unsubscribed.getMessage().contains("no way to bring in unsubscribed people"),
                    unsubscribed.getMessage());

            String ours = export(service, editor, SubscriberExport.Format.CSV, null, "news, DAILY");
            assertEquals(2, ours.split("\r\n").length, "only the one with the label, any case");
            try (Database other = TestNewsrooms.open(dir.resolve("other.db"))) {
                SubscriberDesk target = SubscriberDesk.of(other, TestNewsrooms.CLOCK);
                SubscriberImportReport back = target.imports().importCsv(editor, file("ours.csv", ours),
                        new SubscriberImport.Options(null, SubscriberColumns.AUTO, SubscriberImport.Mode.ADD, false, false), null,
                        TaskMonitor.NONE);
                assertEquals(1, back.count(Outcome.NEW));
                var ana = other.read(tx -> tx.subscribers().findByEmail("ana@example.org")).orElseThrow();
                assertEquals(java.util.List.of("News, daily", "VIP"), ana.labels(), "a label may hold a comma");
                assertEquals("Lima, Ana", ana.name());
            }

            String json = export(service, editor, SubscriberExport.Format.JSON, null, null);
            try (Database other = TestNewsrooms.open(dir.resolve("json.db"))) {
                new TransferService(other, TestNewsrooms.CLOCK).importFile(TestNewsrooms.OWNER, file("s.json", json),
                        false, TaskMonitor.NONE);
                assertEquals(2L, (long) other.read(tx -> tx.subscribers().count()), "the JSON imports back");
            }
        }
    }

    @Test
    void erasureDeletesAnonymisesAndKeepsTheAddressSuppressed() throws Exception {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 2, 0, 0)) {
            SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            service.imports().importCsv(editor, file("in.csv", "email,name\nana@example.org,Ana\n"),
                    new SubscriberImport.Options(null, SubscriberColumns.AUTO, SubscriberImport.Mode.ADD, false, false), null,
                    TaskMonitor.NONE);
            db.write(tx -> tx.comments().insert(new Comment(0, 1, null, "Ana", "ANA@example.org", "My view", 
                    CommentStatus.APPROVED, null, TestNewsrooms.CLOCK.instant(), null, null, "192.0.2.4")));

            ByteArrayOutputStream person = new ByteArrayOutputStream();
            service.privacy().exportPerson(editor, "Ana@Example.org", person);
            String text = person.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("\"status\" : \"subscribed\""), text);
            assertTrue(text.contains("\"body\" : \"My view\""), text);
            assertTrue(text.contains("\"authorIp\" : \"192.0.2.4\""), text);

            SubscriberPrivacy.Erasure erased = service.privacy().erase(editor, "ana@example.org");
            assertEquals(new SubscriberPrivacy.Erasure(true, 1, 0, 0), erased);
            assertEquals(0L, (long) db.read(tx -> tx.subscribers().count()));
            Comment anonymous = db.read(tx -> tx.comments().page(CommentStatus.APPROVED, 0, 1)).get(0).comment();
            assertEquals("", anonymous.authorEmail());
            assertEquals("", anonymous.authorName());
            assertEquals("My view", anonymous.body());

            SubscriberImportReport again = service.imports().importCsv(editor, file("again.csv", "email\nANA@example.org\n"),
                    new SubscriberImport.Options(null, SubscriberColumns.AUTO, SubscriberImport.Mode.UPSERT, false, false), null,
                    TaskMonitor.NONE);
            assertEquals(1, again.count(Outcome.SUPPRESSED), "an erased address is never subscribed again");
            assertEquals("erased on request; never subscribed again", again.notes().get(0).reason());

            service.privacy().blockDomain(editor, "@Spam.Example");
            SubscriberImportReport blocked = service.imports().importCsv(editor, file("b.csv", "email\nx@spam.example\n"),
                    new SubscriberImport.Options(null, SubscriberColumns.AUTO, SubscriberImport.Mode.ADD, false, true), null,
                    TaskMonitor.NONE);
            assertEquals(1, blocked.count(Outcome.SUPPRESSED));
            var audit = new AuditService(db, TestNewsrooms.CLOCK).entries(TestNewsrooms.OWNER,
                    com.newsdesk.domain.AuditFilter.ALL, 10);
            assertTrue(audit.stream().filter(entry -> entry.action().equals("subscriber.erase"))
                    .noneMatch(entry -> entry.detail().toLowerCase().contains("ana@")), "the audit does not name it");
        }
    }

    @Test
    void labelsAreCreatedRenamedMergedDeletedAndSetOnASelection() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            service.imports().importCsv(editor, file("in.csv", "Adresse,Nom,labels\n"
                    + "ana@example.org,Ana,Sport\n"
                    + "bo@example.org,Bo,\"Sports, Culture\"\n"
                    + "cy@example.org,Cy,\n"), new SubscriberImport.Options(null, SubscriberColumns.email("adresse"),
                    SubscriberImport.Mode.ADD, false, false), null, TaskMonitor.NONE);
            assertEquals("Ana", db.read(tx -> tx.subscribers().findByEmail("ana@example.org")).orElseThrow().name(),
                    "the address column was chosen by name");

            assertEquals("merged into Sport", service.labels().renameLabel(editor, "Sports", "sport"));
            assertEquals(java.util.List.of(java.util.Map.entry("Culture", 1L), java.util.Map.entry("Sport", 2L)),
                    service.labels().withCounts(editor));
            service.labels().createLabel(editor, "Weekly");
            var ids = db.read(tx -> java.util.List.of(tx.subscribers().findByEmail("ana@example.org").orElseThrow().id(),
                    tx.subscribers().findByEmail("cy@example.org").orElseThrow().id()));
            assertEquals(2, service.labels().labelSelection(editor, ids, "weekly", true));
            assertEquals(1, service.labels().labelSelection(editor, ids, "Sport", false));
            service.labels().renameLabel(editor, "Culture", "Arts");
            service.labels().deleteLabel(editor, "weekly");
            assertEquals(java.util.List.of(java.util.Map.entry("Arts", 1L), java.util.Map.entry("Sport", 1L)),
                    service.labels().withCounts(editor));
            assertEquals(java.util.List.of("Arts", "Sport"),
                    db.read(tx -> tx.subscribers().findByEmail("bo@example.org")).orElseThrow().labels());
        }
    }
}
