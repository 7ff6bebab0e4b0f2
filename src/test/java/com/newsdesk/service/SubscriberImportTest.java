package com.newsdesk.service;

import com.newsdesk.domain.SubscriberColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberImportReport;
import com.newsdesk.domain.SubscriberImportReport.Outcome;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.storage.Database;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberImport;

class SubscriberImportTest {
    @TempDir Path dir;
    private final Actor editor = Actor.staff("nadia", Role.EDITOR);

    private static final String GHOST = "\uFEFFid,email,name,note,subscribed_to_emails,complimentary_plan,"
            + "stripe_customer_id,created_at,deleted_at,labels,tiers\r\n"
            + "1,ana@example.org,Ana Lima,,true,false,,2024-01-05T10:00:00.000Z,,\"News, daily,VIP\",\r\n"
            + "2,ANA@example.org,Ana again,,true,false,,2024-01-06T10:00:00.000Z,,,\r\n"
            + "3,bo@example.org,\"Bo \"\"the\"\" Reader\",,false,false,,2024-01-07T10:00:00.000Z,,,\r\n"
            + "4,not-an-address,Cy,,true,false,,2024-01-08T10:00:00.000Z,,,\r\n"
            + "5,di@example.org,,,true,false,,,,,\r\n";

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static SubscriberImport.Options options(SubscriberImport.Mode mode, boolean dryRun) {
        return new SubscriberImport.Options(null, SubscriberColumns.AUTO, mode, false, dryRun);
    }

    private static Subscriber find(Database db, String email) {
        return db.read(tx -> tx.subscribers().findByEmail(email)).orElseThrow();
    }

    @Test
    void ghostMembersWithByteOrderMarkCrlfQuotedCommasAndCaseDuplicates() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            Path file = write("members.csv", GHOST, StandardCharsets.UTF_8);

            SubscriberImportReport dry = service.imports().importCsv(editor, file, options(SubscriberImport.Mode.ADD, true),
                    null, TaskMonitor.NONE);
            assertEquals(0L, (long) db.read(tx -> tx.subscribers().count()), "a dry run writes nothing");
            SubscriberImportReport real = service.imports().importCsv(editor, file, options(SubscriberImport.Mode.ADD, false),
                    null, TaskMonitor.NONE);
            assertEquals(dry.counts(), real.counts(), "the dry run agrees with the import");
            assertEquals("Ghost members", real.format());
            assertEquals(3, real.count(Outcome.NEW));
            assertEquals(1, real.count(Outcome.DUPLICATE));
            assertEquals(1, real.count(Outcome.INVALID));
            assertEquals(List.of(new SubscriberImportReport.RowNote(3, "ANA@example.org", Outcome.DUPLICATE,
                    "the same address as an earlier row (ignoring case)"), new SubscriberImportReport.RowNote(5,
                    "not-an-address", Outcome.INVALID, "Invalid email address \"not-an-address\": it has no @")),
                    real.notes());

            Subscriber ana = find(db, "ana@example.org");
            assertEquals("Ana Lima", ana.name());
            assertEquals(List.of("daily", "News", "VIP"), ana.labels(), "Ghost's labels: comma-separated");
            assertEquals(SubscriberStatus.SUBSCRIBED, ana.status());
            assertEquals("2024-01-05T10:00:00Z", ana.subscribedAt().toString());
            Subscriber bo = find(db, "bo@example.org");
            assertEquals("Bo \"the\" Reader", bo.name());
            assertEquals(SubscriberStatus.UNSUBSCRIBED, bo.status(), "subscribed_to_emails=false stays unsubscribed");
            assertEquals("", find(db, "di@example.org").name());
        }
    }

    @Test
    void unsubscribedAddressesAreNeverResubscribedAndUpsertUpdatesTheRest() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            service.imports().importCsv(editor, write("members.csv", GHOST, StandardCharsets.UTF_8),
                    options(SubscriberImport.Mode.ADD, false), null, TaskMonitor.NONE);
            Path again = write("again.csv", "email,name,status,labels\n"
                    + "bo@example.org,Bo,subscribed,\n"
                    + "ana@example.org,Ana Lima,,\n"
                    + "di@example.org,Di Renamed,,\n"
                    + "new@example.org,New,,\n", StandardCharsets.UTF_8);

            SubscriberImportReport add = service.imports().importCsv(editor, again, options(SubscriberImport.Mode.ADD, true),
                    null, TaskMonitor.NONE);
            assertEquals(Map.of(Outcome.NEW, 1L, Outcome.UPDATED, 0L, Outcome.UNCHANGED, 2L, Outcome.DUPLICATE, 0L,
                    Outcome.INVALID, 0L, Outcome.SUPPRESSED, 1L), add.counts());
            SubscriberImportReport upsert = service.imports().importCsv(editor, again,
                    options(SubscriberImport.Mode.UPSERT, false), null, TaskMonitor.NONE);
            assertEquals(1, upsert.count(Outcome.UPDATED));
            assertEquals(1, upsert.count(Outcome.UNCHANGED), "an empty cell leaves the stored value");
            assertEquals(1, upsert.count(Outcome.SUPPRESSED));
            assertEquals("unsubscribed in the newsroom; an import never changes or re-subscribes it",
                    upsert.notes().get(0).reason());
            assertEquals(SubscriberStatus.UNSUBSCRIBED, find(db, "bo@example.org").status());
            assertEquals("Di Renamed", find(db, "di@example.org").name());
            assertEquals(List.of("daily", "News", "VIP"), find(db, "ana@example.org").labels());

            SubscriberImportReport clearing = service.imports().importCsv(editor, again, new SubscriberImport.Options(
                    null, null, SubscriberImport.Mode.UPSERT, true, false), null, TaskMonitor.NONE);
            assertEquals(1, clearing.count(Outcome.UPDATED));
            assertEquals(List.of(), find(db, "ana@example.org").labels(), "overwrite-empty clears the labels");
        }
    }

    @Test
    void mailchimpListmonkAndWindows1252() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            Path mailchimp = write("mailchimp.csv", "Email Address,First Name,Last Name,MEMBER_RATING,OPTIN_TIME,"
                    + "UNSUB_TIME,TAGS\n"
                    + "eve@example.org,Ève,Dupont,2,2023-04-01 08:00:00,,\"\"\"Local, Rabat\"\",\"\"Sport\"\"\"\n"
                    + "fay@example.org,Fay,,2,2023-04-02 08:00:00,2024-01-01 00:00:00,\n", StandardCharsets.UTF_8);
            SubscriberImportReport chimp = service.imports().importCsv(editor, mailchimp,
                    options(SubscriberImport.Mode.ADD, false), null, TaskMonitor.NONE);
            assertEquals("Mailchimp audience", chimp.format());
            assertEquals(2, chimp.count(Outcome.NEW));
            Subscriber eve = find(db, "eve@example.org");
            assertEquals("Ève Dupont", eve.name());
            assertEquals(List.of("Local, Rabat", "Sport"), eve.labels(), "a Mailchimp tag may hold a comma");
            assertEquals(SubscriberStatus.UNSUBSCRIBED, find(db, "fay@example.org").status());

            Path listmonk = write("listmonk.csv", "email,name,attributes\n"
                    + "gus@example.org,Gus,\"{\"\"city\"\": \"\"Fès\"\"}\"\n"
                    + "hal@example.org,Hal,not json\n", StandardCharsets.UTF_8);
            SubscriberImportReport monk = service.imports().importCsv(editor, listmonk,
                    options(SubscriberImport.Mode.ADD, false), null, TaskMonitor.NONE);
            assertEquals("listmonk", monk.format());
            assertEquals(2, monk.count(Outcome.NEW), "as listmonk does: bad attributes, the person without them");
            assertEquals("imported without its attributes: they are not valid JSON", monk.notes().get(0).reason());

            Path windows = write("excel.csv", "Name;Courriel\r\n", StandardCharsets.UTF_8);
            assertThrows(com.newsdesk.domain.InvalidInputException.class, () -> service.imports().importCsv(editor, windows,
                    options(SubscriberImport.Mode.ADD, false), null, TaskMonitor.NONE), "no email column");
            Path latin = write("latin.csv", "E-mail,Prénom,Nom\r\nines@example.org,Inès,Müller\r\n",
                    Charset.forName("windows-1252"));
            service.imports().importCsv(editor, latin, options(SubscriberImport.Mode.ADD, false), null, TaskMonitor.NONE);
            assertEquals("Inès Müller", find(db, "ines@example.org").name());
        }
    }

    @Test
    void rejectedRowsImportAsIsOnceFixedAndCancelLeavesNothing() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            Path report = dir.resolve("rejected.csv");
            service.imports().importCsv(editor, write("members.csv", GHOST, StandardCharsets.UTF_8),
                    options(SubscriberImport.Mode.ADD, false), com.newsdesk.service.output.OutputTarget.file(report), TaskMonitor.NONE);
            String rejected = Files.readString(report);
            assertTrue(rejected.startsWith("id,email,name,note,subscribed_to_emails,complimentary_plan,"
                    + "stripe_customer_id,created_at,deleted_at,labels,tiers,newsdesk_row,newsdesk_outcome,"
                    + "newsdesk_reason\r\n"), rejected);
            assertTrue(rejected.contains("4,not-an-address,Cy,"), rejected);
            Path fixed = write("fixed.csv", rejected.replace("not-an-address", "cy@example.org"),
                    StandardCharsets.UTF_8);
            SubscriberImportReport again = service.imports().importCsv(editor, fixed, options(SubscriberImport.Mode.ADD, false),
                    null, TaskMonitor.NONE);
            assertEquals(1, again.count(Outcome.NEW), "the fixed row comes in");
            assertEquals(1, again.count(Outcome.UNCHANGED), "the duplicate row is the address already there");
            assertEquals("Cy", find(db, "cy@example.org").name());

            StringBuilder many = new StringBuilder("email\n");
            for (int i = 0; i < 20_000; i++) {
                many.append("reader").append(i).append("@example.net\n");
            }
            Path big = write("big.csv", many.toString(), StandardCharsets.UTF_8);
            long before = db.read(tx -> tx.subscribers().count());
            TaskMonitor cancelling = new TaskMonitor() {
                @Override public void progress(long done, long total, String message) { }

                @Override public boolean isCancelled() { return true; }
            };
            assertThrows(CancelledException.class, () -> service.imports().importCsv(editor, big,
                    options(SubscriberImport.Mode.ADD, false), com.newsdesk.service.output.OutputTarget.file(dir.resolve("never.csv")), cancelling));
            assertEquals(before, (long) db.read(tx -> tx.subscribers().count()), "a cancel leaves nothing");
            assertTrue(Files.notExists(dir.resolve("never.csv")));
            assertThrows(com.newsdesk.domain.AccessDeniedException.class, () -> service.imports().importCsv(
                    Actor.staff("mo", Role.MODERATOR), big, options(SubscriberImport.Mode.ADD, true), null,
                    TaskMonitor.NONE));
        }
    }

    @Test
    void aRepeatedAddressInsideAFullBatchIsFoundByRow() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            StringBuilder csv = new StringBuilder("email,name\n");
            for (int i = 0; i < 120; i++) {
                csv.append(i == 69 ? "READER10@example.org" : "reader" + i + "@example.org").append(",R").append(i)
                        .append('\n');
            }
            SubscriberImportReport report = new SubscriberImport(db, TestNewsrooms.CLOCK).importCsv(editor,
                    write("batch.csv", csv.toString(), StandardCharsets.UTF_8),
                    options(SubscriberImport.Mode.ADD, false), null, TaskMonitor.NONE);
            assertEquals(119, report.count(Outcome.NEW));
            assertEquals(List.of(new SubscriberImportReport.RowNote(71, "READER10@example.org", Outcome.DUPLICATE,
                    "the same address as an earlier row (ignoring case)")), report.notes());
            assertEquals(119L, (long) db.read(tx -> tx.subscribers().count()));
            assertEquals("R10", find(db, "reader10@example.org").name());
        }
    }

    @Test
    void theColumnsOfAnyCsvCanBeChosen() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            Path file = write("export.csv", "Adresse,Nom complet,État,Groupes\n"
                    + "ines@example.org,Inès Martin,unsubscribed,\"Presse, Sport\"\n", StandardCharsets.UTF_8);
            SubscriberColumns columns = SubscriberColumns.email("adresse").with("name", "Nom complet")
                    .with("status", "État").with("labels", "groupes");
            SubscriberImportReport report = new SubscriberImport(db, TestNewsrooms.CLOCK).importCsv(editor, file,
                    new SubscriberImport.Options(null, columns, SubscriberImport.Mode.ADD, false, false), null,
                    TaskMonitor.NONE);
            assertEquals(List.of("Adresse", "Nom complet", "État", "Groupes"), report.columns());
            Subscriber ines = find(db, "ines@example.org");
            assertEquals("Inès Martin", ines.name());
            assertEquals(SubscriberStatus.UNSUBSCRIBED, ines.status());
            assertEquals(List.of("Presse", "Sport"), ines.labels());
            assertEquals("line 1: no column \"Phone\" in the header", assertThrows(
                    com.newsdesk.domain.InvalidInputException.class, () -> new SubscriberImport(db,
                            TestNewsrooms.CLOCK).importCsv(editor, file, new SubscriberImport.Options(null,
                            columns.with("name", "Phone"), SubscriberImport.Mode.ADD, false, true), null,
                            TaskMonitor.NONE)).getMessage());
        }
    }
}
