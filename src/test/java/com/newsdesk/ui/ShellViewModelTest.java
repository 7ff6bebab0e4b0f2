package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.AuditService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.StaffService;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.TransferService;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.shell.Desk;
import com.newsdesk.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberList;

/** The window's state, driven without a toolkit: work runs at once on the test's thread. */
class ShellViewModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir Path dir;
    private Database database;

    private ShellViewModel model(String file) {
        database = TestNewsrooms.open(dir.resolve(file));
        return new ShellViewModel(TestNewsrooms.OWNER, false, services(database), BackgroundExecutor.direct(),
                dialogs);
    }

    static ShellViewModel.Services services(Database database) {
        return new ShellViewModel.Services(new NewsroomService(database),
                new TransferService(database, TestNewsrooms.CLOCK), new SampleNewsroom(database, TestNewsrooms.CLOCK),
                new StaffService(database, TestNewsrooms.FAST_HASHER, TestNewsrooms.CLOCK),
                new AuditService(database, TestNewsrooms.CLOCK), new ArticleService(database, TestNewsrooms.CLOCK),
                new com.newsdesk.service.CommentService(database, TestNewsrooms.CLOCK),
                SubscriberDesk.of(database, TestNewsrooms.CLOCK),
                new com.newsdesk.service.BackupService(database, TestNewsrooms.CLOCK), null,
                new com.newsdesk.service.offline.OfflineDesk(database, TestNewsrooms.CLOCK,
                        database.isShared() ? Path.of(System.getProperty("java.io.tmpdir"))
                                : database.file().getParent()),
                new com.newsdesk.service.site.SiteService(database, TestNewsrooms.CLOCK),
                new com.newsdesk.service.site.SitePublishing(database, TestNewsrooms.CLOCK));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /**
     * Issue 17: the desk on screen reads its data first; the other desks only once that work is done (on two cores
     * a million-row desk read meanwhile delayed the first screen), or as soon as one of them is shown.
     */
    @Test
    void theDeskOnScreenLoadsFirstAndTheOthersOnceItsRowsAreIn() {
        database = TestNewsrooms.sample(dir.resolve("order.db"), 3, 5, 20);
        java.util.ArrayDeque<Runnable> work = new java.util.ArrayDeque<>();
        ShellViewModel model = new ShellViewModel(TestNewsrooms.OWNER, false, services(database),
                BackgroundExecutor.using(work::add, Runnable::run), dialogs);
        model.load();
        int firstWave = work.size();
        while (work.size() > 1) { // all but the last task of the first desk's wave
            work.poll().run();
        }
        assertTrue(model.subscribers().countsProperty().get().isEmpty(), "no subscriber read while Articles loads");
        work.poll().run();
        assertTrue(work.size() > 0, "the other desks asked for their data once the first was done (" + firstWave
                + " tasks first)");
        while (!work.isEmpty()) {
            work.poll().run();
        }
        assertEquals(20L, model.subscribers().countsProperty().get().values().stream().mapToLong(Long::longValue).sum());

        model.load(); // read again: the other desks wait again, but one shown now reads at once
        while (!work.isEmpty() && work.size() > 1) {
            work.poll().run();
        }
        int before = work.size();
        model.deskProperty().set(Desk.SUBSCRIBERS);
        assertTrue(work.size() > before, "showing a desk not yet read asks for its data");
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    /** Issue 18: File → Import JSON… asks for the file, and into a newsroom that holds data asks to merge. */
    @Test
    void importingIntoANewsroomThatHoldsDataIsAMergeAskedFirst() throws Exception {
        ShellViewModel model = model("held.db");
        new ArticleService(database, TestNewsrooms.CLOCK).create(TestNewsrooms.OWNER, "Already here");
        model.load();
        Path export = dir.resolve("other.json");
        Files.writeString(export, "{\"format\":\"newsdesk\",\"version\":1,\"articles\":[]}");
        dialogs.answering(export, false);
        model.importJson();
        assertEquals("open: Import a Newsdesk JSON export", dialogs.asked.get(0));
        assertTrue(dialogs.asked.get(1).startsWith("confirm: Import into a newsroom that holds data")
                && dialogs.asked.get(1).endsWith("[Merge]"), dialogs.asked.get(1));
        assertNull(model.taskProperty().get());

        dialogs.answering(ScriptedDialogs.NO_FILE);
        model.exportNewsroom();
        assertEquals("save: Export the newsroom as JSON [newsroom-export.json]", dialogs.asked.get(2));
        assertTrue(dialogs.allAnswered());
    }

    @Test
    void anEmptyNewsroomOffersTheWelcomeChoices() {
        ShellViewModel model = model("empty.db");
        model.load();
        assertTrue(model.welcomeShownProperty().get());
        assertTrue(model.isNewsroomEmpty());
        model.startEmptyNewsroom();
        assertFalse(model.welcomeShownProperty().get());
    }

    @Test
    void theSampleNewsroomIsAFileOfItsOwnNeverTheNewsroomOpenNow() {
        ShellViewModel current = model("mine.db");
        current.load();
        java.util.List<Path> opened = new java.util.ArrayList<>();
        current.openSampleNewsroom(opened::add);
        assertEquals(java.util.List.of(dir.resolve("sample-newsroom.db")), opened);
        assertEquals(0, new NewsroomService(database).stats().articleCount(), "the newsroom open is not filled");
        assertTrue(current.statusMessageProperty().get().startsWith("Sample newsroom ready:"),
                current.statusMessageProperty().get());
        current.openSampleNewsroom(opened::add);
        assertEquals(2, opened.size());
        assertEquals("The sample newsroom sample-newsroom.db is there already.",
                current.statusMessageProperty().get(), "made once, then opened again");
        database.close();

        ShellViewModel model = model("sample-newsroom.db");
        model.load();
        model.openSampleNewsroom(opened::add);
        assertEquals("This is the sample newsroom.", model.statusMessageProperty().get());
        assertNull(model.taskProperty().get());
        assertFalse(model.welcomeShownProperty().get());
        assertEquals(SampleNewsroom.WINDOW_SAMPLE.articles(), model.articles().rows().size());
        assertEquals(SampleNewsroom.WINDOW_SAMPLE.subscribers(), model.subscribers().rows().size());
        long pending = model.statsProperty().get().comments().get(CommentStatus.PENDING);
        assertEquals(pending, model.comments().rows().size());
        model.comments().queueProperty().set(null);
        assertEquals(SampleNewsroom.WINDOW_SAMPLE.comments(), model.comments().rows().size());
        model.deskProperty().set(Desk.SUBSCRIBERS);
        assertEquals(Desk.SUBSCRIBERS, model.deskProperty().get());

        model.deskProperty().set(Desk.AUDIT); // shown again, read again: no "Show" needed
        assertEquals("sample", model.audit().entries().get(0).action());
        new SubscriberList(database, TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER,
                "late@example.org", "Late", java.util.List.of(), "test");
        model.deskProperty().set(Desk.ARTICLES);
        model.deskProperty().set(Desk.AUDIT);
        assertEquals("subscriber.add", model.audit().entries().get(0).action());
    }

    @Test
    void exportsAndReportsAFailedImportWithoutChangingAnything() throws Exception {
        ShellViewModel model = model("n.db");
        new SampleNewsroom(database, TestNewsrooms.CLOCK).fill(TestNewsrooms.OWNER, SampleNewsroom.WINDOW_SAMPLE, 1,
                com.newsdesk.service.TaskMonitor.NONE);
        model.load();
        Path export = dir.resolve("export.json");
        model.exportTo(export);
        assertTrue(Files.size(export) > 100_000);
        assertTrue(model.statusMessageProperty().get().startsWith("Exported 240 articles"),
                model.statusMessageProperty().get());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"newsdesk\",\"version\":1,\"articles\":[{\"id\":1");
        long before = model.statsProperty().get().articleCount();
        model.importFrom(bad, true);
        assertEquals("$.articles[0].id: the file ends too early (is it truncated?)", model.errorMessageProperty().get());
        assertEquals("Importing bad.json: failed; nothing was changed.", model.statusMessageProperty().get());
        assertEquals(before, new NewsroomService(database).stats().articleCount());
        assertNull(model.taskProperty().get());
    }

    @Test
    void backUpNowThenRestoreBringsTheNewsroomBackAndSaysWhereTheOldOneWent() throws Exception {
        ShellViewModel model = model("n.db");
        new SampleNewsroom(database, TestNewsrooms.CLOCK).fill(TestNewsrooms.OWNER, SampleNewsroom.WINDOW_SAMPLE, 1,
                com.newsdesk.service.TaskMonitor.NONE);
        model.load();
        model.backUpNow();
        assertTrue(model.statusMessageProperty().get().startsWith("Backed up to "), model.statusMessageProperty().get());
        Path backup;
        try (var files = Files.list(model.backupsFolder())) {
            backup = files.findFirst().orElseThrow();
        }
        long subscribers = new NewsroomService(database).stats().subscriberCount();
        new SubscriberList(database, TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER,
                "after@example.org", "After", java.util.List.of(), "test");

        java.util.List<com.newsdesk.domain.BackupFile> checked = new java.util.ArrayList<>();
        model.inspectBackup(backup, checked::add);
        assertEquals(subscribers, checked.get(0).subscribers());
        boolean[] reopened = {false};
        model.restore(backup, () -> reopened[0] = true);
        assertTrue(reopened[0], "the window reopens on the restored newsroom");
        assertNull(model.errorMessageProperty().get());
        assertEquals(subscribers, new NewsroomService(database).stats().subscriberCount());
        assertTrue(model.statusMessageProperty().get().contains("the newsroom as it was is in "),
                model.statusMessageProperty().get());

        boolean[] reopenedAgain = {false};
        model.restore(dir.resolve("missing.db"), () -> reopenedAgain[0] = true);
        assertFalse(reopenedAgain[0], "a refused restore does not reopen anything");
        assertTrue(model.errorMessageProperty().get().contains("no such file"), model.errorMessageProperty().get());
    }

    /** Issue 13: the window lists the comments an import would leave out before anything is kept. */
    @Test
    void aCommentImportIsReadFirstAndItsBadCommentsListedBeforeAnythingIsKept() throws Exception {
        ShellViewModel model = model("comments.db");
        model.load();
        model.startEmptyNewsroom();
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("c.json"), """
                [{"articleSlug": "nowhere", "authorName": "A", "body": "lost", "submittedAt": "2026-11-01T10:00:00Z"},
                 {"articleSlug": "nowhere", "authorName": "B", "body": "lost too"}]
                """);
        com.newsdesk.service.CommentIntakeSummary[] seen = new com.newsdesk.service.CommentIntakeSummary[1];
        model.previewComments(file, summary -> seen[0] = summary);
        assertEquals(2, seen[0].invalidCount());
        assertEquals("$[0].articleSlug: no article with the slug \"nowhere\"", seen[0].invalid().get(0).toString());
        assertEquals("$[1].submittedAt: required time is missing", seen[0].invalid().get(1).toString());
        assertEquals(0L, (long) database.read(tx -> tx.comments().count(null)), "a preview keeps nothing");
        assertTrue(model.statusMessageProperty().get().contains("nothing imported yet"),
                model.statusMessageProperty().get());
    }

    @Test
    void theStatusBarFollowsWhatADeskChangedAndOldMessagesGo() {
        ShellViewModel model = model("m.db");
        new SampleNewsroom(database, TestNewsrooms.CLOCK).fill(TestNewsrooms.OWNER, new SampleNewsroom.Size(20, 40, 10),
                1, com.newsdesk.service.TaskMonitor.NONE);
        model.load();
        long articles = model.statsProperty().get().articleCount();
        var draft = new ArticleService(database, TestNewsrooms.CLOCK).list(TestNewsrooms.OWNER,
                com.newsdesk.domain.ArticleFilter.ofStatus(com.newsdesk.domain.ArticleStatus.DRAFT), 1).get(0);
        model.articles().delete(draft);
        assertEquals(articles - 1, model.statsProperty().get().articleCount(), "the status bar counts agree");
        assertTrue(model.articles().messageProperty().get().startsWith("Deleted"));
        model.articles().statusProperty().set(com.newsdesk.domain.ArticleStatus.PUBLISHED);
        assertEquals("", model.articles().messageProperty().get(), "a message that is no longer true goes");

        model.comments().refresh();
        model.comments().rows().get(0);
        model.comments().decide(0, CommentStatus.APPROVED);
        assertTrue(model.comments().messageProperty().get().endsWith("Z undoes."));
        model.comments().queueProperty().set(CommentStatus.SPAM);
        assertEquals("", model.comments().messageProperty().get(), "Z undoes nothing once the queue changed");
    }
}
