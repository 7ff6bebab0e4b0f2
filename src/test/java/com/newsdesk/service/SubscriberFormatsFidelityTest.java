package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.SubscriberColumns;
import com.newsdesk.domain.SubscriberImportReport;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.storage.Database;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberExport;
import com.newsdesk.service.subscribers.SubscriberImport;

/**
 * Issue 13, subscribers: files in the shapes the tools themselves write and test (Ghost's members importer fixtures
 * {@code subscribed-to-emails-cases.csv} and {@code member-csv-export.csv}, listmonk's subscriber export, a
 * Mailchimp audience with one Name field, a spreadsheet's byte-order mark before a quoted header), written here.
 */
class SubscriberFormatsFidelityTest {
    @TempDir Path dir;
    private final Actor editor = Actor.staff("edna", Role.EDITOR);

    private SubscriberImportReport importing(Database db, String name, byte[] bytes, SubscriberColumns columns)
            throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        return new SubscriberImport(db, TestNewsrooms.CLOCK).importCsv(editor, file,
                new SubscriberImport.Options(null, columns, SubscriberImport.Mode.ADD, false, false), null,
                TaskMonitor.NONE);
    }

    private static SubscriberStatus statusOf(Database db, String email) {
        return db.read(tx -> tx.subscribers().findByEmail(email)).orElseThrow().status();
    }

    @Test
    void ghostReadsAnEmptyOrNullSubscribedToEmailsAsSubscribedAndNamesTheColumnsNotKept() throws Exception {
        String csv = "email,name,note,subscribed_to_emails,stripe_customer_id,complimentary_plan,labels,created_at\n"
                + "true@example.com,Test Email,A note,true,cus_1,false,\"vip,promotion\",2019-10-30T14:52:08.000Z\n"
                + "false@example.com,Test Email,A note,false,cus_1,false,\"vip,promotion\",2019-10-30T14:52:08.000Z\n"
                + "null@example.com,Test Email,A note,null,cus_1,false,\"vip,promotion\",2019-10-30T14:52:08.000Z\n"
                + "empty@example.com,Test Email,A note,,cus_1,false,\"vip,promotion\",2019-10-30T14:52:08.000Z\n";
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberImportReport report = importing(db, "ghost.csv", csv.getBytes(StandardCharsets.UTF_8),
                    SubscriberColumns.AUTO);
            assertEquals(4, report.count(SubscriberImportReport.Outcome.NEW), report.describe());
            assertEquals(SubscriberStatus.SUBSCRIBED, statusOf(db, "true@example.com"));
            assertEquals(SubscriberStatus.UNSUBSCRIBED, statusOf(db, "false@example.com"));
            assertEquals(SubscriberStatus.SUBSCRIBED, statusOf(db, "null@example.com"), "null is subscribed, as Ghost reads it");
            assertEquals(SubscriberStatus.SUBSCRIBED, statusOf(db, "empty@example.com"), "so is an empty cell");
            assertEquals(java.util.Set.of("vip", "promotion"), java.util.Set.copyOf(db.read(tx -> tx.subscribers()
                    .findByEmail("null@example.com")).orElseThrow().labels()));
            assertEquals(List.of("stripe_customer_id", "complimentary_plan"), report.notKept());
            assertTrue(report.describe().endsWith("columns not kept: stripe_customer_id, complimentary_plan"),
                    report.describe());
            assertEquals("A note", db.read(tx -> tx.subscribers().findByEmail("true@example.com")).orElseThrow().note(),
                    "Ghost's note is kept");
            ByteArrayOutputStream ghost = new ByteArrayOutputStream();
            new SubscriberExport(db, TestNewsrooms.CLOCK).export(editor, SubscriberExport.Format.GHOST,
                    com.newsdesk.domain.SubscriberFilter.ALL, SubscriberExport.CommaLabels.REFUSE, ghost,
                    TaskMonitor.NONE);
            assertTrue(ghost.toString(StandardCharsets.UTF_8).contains(",true@example.com,\"Test Email\",\"A note\",true,"),
                    "and written back to Ghost: " + ghost);
        }
    }

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderIsStillAHeader() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "\"Email Address\",\"First Name\",\"Last Name\"\r\n\"ana@example.org\",\"Ana\",\"Lima\"\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberImportReport report = importing(db, "excel.csv", file, SubscriberColumns.AUTO);
            assertEquals("Mailchimp audience", report.format());
            assertEquals("Ana Lima", db.read(tx -> tx.subscribers().findByEmail("ana@example.org")).orElseThrow()
                    .name());
        }
    }

    @Test
    void aMailchimpAudienceWithOneNameField() throws Exception {
        String csv = "Email Address,Name,TAGS\nbo@example.org,Bo Diallo,\"\"\"Sport\"\"\"\n";
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            importing(db, "audience.csv", csv.getBytes(StandardCharsets.UTF_8), SubscriberColumns.AUTO);
            var bo = db.read(tx -> tx.subscribers().findByEmail("bo@example.org")).orElseThrow();
            assertEquals("Bo Diallo", bo.name());
            assertEquals(List.of("Sport"), bo.labels());
        }
    }

    @Test
    void listmonksOwnExportKeepsItsStatusesAndDates() throws Exception {
        String csv = "uuid,email,name,attributes,status,created_at,updated_at\n"
                + "6f3b…-1,on@example.org,On,\"{\"\"city\"\": \"\"Rabat\"\"}\",enabled,"
                + "2020-08-31 16:53:56.577084 +0530 IST,2020-08-31 16:53:56.577084 +0530 IST\n"
                + "6f3b…-2,off@example.org,Off,{},disabled,2021-01-02 03:04:05 +0000 UTC,2021-01-02 03:04:05 +0000 UTC\n"
                + "6f3b…-3,blocked@example.org,Blocked,{},blocklisted,2022-05-06 07:08:09.1 -0700 PDT,"
                + "2022-05-06 07:08:09.1 -0700 PDT\n";
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberImportReport report = importing(db, "listmonk.csv", csv.getBytes(StandardCharsets.UTF_8),
                    SubscriberColumns.AUTO);
            assertTrue(report.format().toLowerCase(java.util.Locale.ROOT).contains("listmonk"), report.format());
            assertEquals(SubscriberStatus.SUBSCRIBED, statusOf(db, "on@example.org"));
            assertEquals(SubscriberStatus.UNSUBSCRIBED, statusOf(db, "off@example.org"));
            assertEquals(SubscriberStatus.BLOCKLISTED, statusOf(db, "blocked@example.org"));
            assertEquals(Instant.parse("2020-08-31T11:23:56.577084Z"), db.read(tx -> tx.subscribers()
                    .findByEmail("on@example.org")).orElseThrow().createdAt());
            assertEquals(List.of("uuid", "updated_at"), report.notKept());
            assertEquals("{\"city\":\"Rabat\"}", db.read(tx -> tx.subscribers().findByEmail("on@example.org"))
                    .orElseThrow().attributes(), "listmonk's attributes are kept");
        }
    }

    @Test
    void chosenColumnsWorkWithEveryFormat() throws Exception {
        String csv = "email,name,subscribed_to_emails,labels,Nom complet\nines@example.org,ignored,true,,Inès Amrani\n";
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberImportReport report = importing(db, "ghost.csv", csv.getBytes(StandardCharsets.UTF_8),
                    SubscriberColumns.email(null).with("name", "Nom complet"));
            assertEquals("Ghost members", report.format());
            assertEquals("Inès Amrani", db.read(tx -> tx.subscribers().findByEmail("ines@example.org")).orElseThrow()
                    .name(), "--column name=… wins over Ghost's name column");
        }
    }

    @Test
    void badListmonkAttributesImportThePersonWithoutThemAndSaySo() throws Exception {
        String csv = "email,name,attributes\ngood@example.org,Good,\"{\"\"plan\"\": \"\"gold\"\"}\"\n"
                + "bad@example.org,Bad,{not json\n";
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberImportReport report = importing(db, "listmonk.csv", csv.getBytes(StandardCharsets.UTF_8),
                    SubscriberColumns.AUTO);
            assertEquals(2, report.count(SubscriberImportReport.Outcome.NEW), report.describe());
            assertEquals("", db.read(tx -> tx.subscribers().findByEmail("bad@example.org")).orElseThrow().attributes());
            assertEquals(List.of(new SubscriberImportReport.RowNote(3, "bad@example.org",
                    SubscriberImportReport.Outcome.NEW, "imported without its attributes: they are not valid JSON")),
                    report.notes());

            ByteArrayOutputStream json = new ByteArrayOutputStream();
            new SubscriberExport(db, TestNewsrooms.CLOCK).export(editor, SubscriberExport.Format.JSON,
                    com.newsdesk.domain.SubscriberFilter.ALL, SubscriberExport.CommaLabels.REFUSE, json,
                    TaskMonitor.NONE);
            assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"attributes\":{\"plan\":\"gold\"}"),
                    json.toString(StandardCharsets.UTF_8));
            try (Database other = TestNewsrooms.open(dir.resolve("other.db"))) {
                new TransferService(other, TestNewsrooms.CLOCK).importFile(TestNewsrooms.OWNER,
                        Files.write(dir.resolve("s.json"), json.toByteArray()), false, TaskMonitor.NONE);
                assertEquals("{\"plan\":\"gold\"}", other.read(tx -> tx.subscribers().findByEmail("good@example.org"))
                        .orElseThrow().attributes(), "the JSON export carries them back");
            }
            ByteArrayOutputStream listmonk = new ByteArrayOutputStream();
            new SubscriberExport(db, TestNewsrooms.CLOCK).export(editor, SubscriberExport.Format.LISTMONK,
                    com.newsdesk.domain.SubscriberFilter.ALL, SubscriberExport.CommaLabels.REFUSE, listmonk,
                    TaskMonitor.NONE);
            assertTrue(listmonk.toString(StandardCharsets.UTF_8).contains("\"{\"\"plan\"\":\"\"gold\"\",\"\"labels\"\""),
                    "and to listmonk: " + listmonk);
        }
    }

    @Test
    void ourOwnCsvImportsBackToTheSamePeopleWithTheirHistory() throws Exception {
        Instant t = Instant.parse("2025-03-04T05:06:07Z");
        List<com.newsdesk.domain.Subscriber> people = List.of(
                new com.newsdesk.domain.Subscriber(0, "ana@example.org", "Ana Lima", SubscriberStatus.SUBSCRIBED,
                        List.of("Rabat, Salé", "daily"), "signup form", t, null, t, t.plusSeconds(60), 0, "", ""),
                new com.newsdesk.domain.Subscriber(0, "omar@example.org", "Omar", SubscriberStatus.UNSUBSCRIBED,
                        List.of(), "import ghost.csv", t, t.plusSeconds(3600), t.minusSeconds(86_400),
                        t.plusSeconds(3600), 0, "=asked by phone, \"twice\"", "{\"city\":\"Fès\"}"),
                new com.newsdesk.domain.Subscriber(0, "gone@example.org", "", SubscriberStatus.BOUNCED, List.of("weekly"),
                        "", null, null, t, t, 0, "line one\nline two", ""),
                new com.newsdesk.domain.Subscriber(0, "spam@example.org", "Spam", SubscriberStatus.BLOCKLISTED,
                        List.of(), "comment form", null, null, t, t.plusSeconds(5), 0, "", ""));
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"));
                Database back = TestNewsrooms.open(dir.resolve("back.db"))) {
            db.write(tx -> {
                people.forEach(tx.subscribers()::insert);
                return null;
            });
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            new SubscriberExport(db, TestNewsrooms.CLOCK).export(editor, SubscriberExport.Format.CSV,
                    com.newsdesk.domain.SubscriberFilter.ALL, SubscriberExport.CommaLabels.REFUSE, csv,
                    TaskMonitor.NONE);
            Path file = Files.write(dir.resolve("ours.csv"), csv.toByteArray());
            SubscriberImportReport report = new SubscriberImport(back, TestNewsrooms.CLOCK).importCsv(editor, file,
                    new SubscriberImport.Options(null, null, SubscriberImport.Mode.ADD, false, false), null,
                    TaskMonitor.NONE);
            assertEquals(4, report.count(SubscriberImportReport.Outcome.NEW), report.describe());
            assertEquals(List.of(), report.notKept(), "every column of our own CSV is read");
            for (com.newsdesk.domain.Subscriber person : people) {
                com.newsdesk.domain.Subscriber before = comparable(db, person.email());
                if (before.source().isEmpty()) { // no origin recorded: the file they came in by becomes it
                    before = before.asRecorded("import ours.csv", null, null, null);
                }
                assertEquals(before, comparable(back, person.email()),
                        "the same person, history and all, after our own CSV: " + csv);
            }
        }
    }

    /** A person as stored, less what a newsroom gives (its id and version). */
    private static com.newsdesk.domain.Subscriber comparable(Database db, String email) {
        com.newsdesk.domain.Subscriber s = db.read(tx -> tx.subscribers().findByEmail(email)).orElseThrow();
        return new com.newsdesk.domain.Subscriber(0, s.email(), s.name(), s.status(), s.labels(), s.source(),
                s.subscribedAt(), s.unsubscribedAt(), s.createdAt(), s.updatedAt(), 0, s.note(), s.attributes());
    }
}
