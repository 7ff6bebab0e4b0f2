package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.settings.SettingsViewModel;
import com.newsdesk.ui.subscribers.SubscribersViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberExport;

/** View models without a toolkit: the rules form and the subscriber list. */
class SettingsAndSubscribersViewModelTest {
    @TempDir Path dir;
    private final List<String> tasks = new ArrayList<>();

    @Test
    void theBackupPolicyIsSavedCheckedAndBackUpNowListsTheNewBackup() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 30, 10)) {
            com.newsdesk.service.BackupService backups = new com.newsdesk.service.BackupService(db,
                    TestNewsrooms.CLOCK);
            com.newsdesk.ui.settings.BackupSettingsViewModel model = new com.newsdesk.ui.settings
                    .BackupSettingsViewModel(TestNewsrooms.OWNER, backups, BackgroundExecutor.direct(),
                            failure -> { throw new AssertionError(failure); });
            model.load();
            assertEquals(com.newsdesk.service.BackupService.DEFAULT_KEEP, model.keepProperty().get());
            assertTrue(model.recent().isEmpty());

            model.keepProperty().set(0);
            model.save();
            assertTrue(model.messageProperty().get().contains("between 1 and 1000"), model.messageProperty().get());
            model.keepProperty().set(4);
            model.everyMinutesProperty().set(15);
            model.save();
            assertEquals(new com.newsdesk.service.BackupService.Policy(4, 15), backups.policy());

            model.backUpNow();
            assertEquals(1, model.recent().size());
            assertTrue(model.messageProperty().get().startsWith("Backed up to "), model.messageProperty().get());
            assertEquals(dir.resolve("backups").resolve(model.recent().get(0)), backups.list().get(0));
        }
    }

    @Test
    void theRulesFormSavesRefusesBadEntriesAndRerunsOnlyWhatIsStored() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 300, 0)) {
            CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);
            SettingsViewModel model = new SettingsViewModel(TestNewsrooms.OWNER, comments,
                    BackgroundExecutor.direct(), failure -> { throw new AssertionError(failure); },
                    (title, work) -> tasks.add(work.apply(TaskMonitor.NONE)));
            model.load();
            assertFalse(model.changedProperty().get());
            assertEquals(CommentRules.DEFAULT_LINK_LIMIT, model.linkLimitProperty().get());

            model.listProperty(CommentRules.Kind.BLOCKED_IP).set("203.0.113.0/24\nnot an address");
            assertTrue(model.changedProperty().get());
            model.save();
            assertTrue(model.messageProperty().get().contains("\"not an address\" is not an IP address"),
                    model.messageProperty().get());
            assertEquals(List.of(), comments.rules(TestNewsrooms.OWNER).list(CommentRules.Kind.BLOCKED_IP));

            model.rerunOnPending();
            assertEquals("Save the rules first: the rerun uses the stored rules.", model.messageProperty().get());
            model.listProperty(CommentRules.Kind.BLOCKED_IP).set("203.0.113.0/24");
            model.listProperty(CommentRules.Kind.BLOCKED_WORD).set("  explanation \n\n");
            model.save();
            assertFalse(model.changedProperty().get());
            assertEquals(List.of("explanation"), comments.rules(TestNewsrooms.OWNER).list(CommentRules.Kind.BLOCKED_WORD));
            model.rerunOnPending();
            assertEquals(1, tasks.size());
            assertTrue(tasks.get(0).startsWith("Rules checked"), tasks.get(0));
            assertTrue(db.read(tx -> tx.comments().countByStatus()).get(CommentStatus.SPAM) > 0);
        }
    }

    @Test
    void theSubscriberListFiltersAddsAndRefusesWithTheSitesMessage() throws Exception {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 2, 0, 400)) {
            SubscribersViewModel model = new SubscribersViewModel(TestNewsrooms.OWNER,
                    SubscriberDesk.of(db, TestNewsrooms.CLOCK), BackgroundExecutor.direct(), new ScriptedDialogs(),
                    failure -> { throw new AssertionError(failure); },
                    (title, work) -> tasks.add(work.apply(TaskMonitor.NONE)));
            model.refresh();
            assertEquals(400, model.rows().size());
            long unsubscribed = model.countsProperty().get().get(SubscriberStatus.UNSUBSCRIBED);
            model.statusProperty().set(SubscriberStatus.UNSUBSCRIBED);
            assertEquals(unsubscribed, model.rows().size());
            model.rows().get(0);
            assertEquals(SubscriberStatus.UNSUBSCRIBED, model.rows().get(0).status());

            model.clearFilters();
            model.add(" not-an-address ", "X", "", added -> { throw new AssertionError("added"); });
            assertEquals("email: Invalid email address \"not-an-address\": it has no @", model.messageProperty().get());
            List<String> added = new ArrayList<>();
            model.add(" Nadia@Example.org ", "Nadia", "News, Sport", subscriber -> added.add(subscriber.email()));
            assertEquals(List.of("Nadia@Example.org"), added);
            model.add("nadia@example.ORG", "Again", "", subscriber -> { throw new AssertionError("twice"); });
            assertTrue(model.messageProperty().get().startsWith("Nadia@Example.org is already on the list"),
                    model.messageProperty().get());
            model.searchTextProperty().set("nadia@");
            model.applyFilter();
            assertEquals(1, model.rows().size());
            model.rows().get(0);
            assertEquals(List.of("News", "Sport"), model.rows().get(0).labels());
            model.labelProperty().set("sport");
            assertEquals(1, model.rows().size(), "search and label together");
            Path exported = dir.resolve("shown.csv");
            model.export(SubscriberExport.Format.CSV, SubscriberExport.CommaLabels.REFUSE, exported);
            List<String> lines = java.nio.file.Files.readAllLines(exported);
            assertEquals(2, lines.size(), "the export holds what the list shows: " + lines);
            assertTrue(lines.get(1).startsWith("Nadia@Example.org,Nadia,subscribed,"), lines.get(1));

            // Issue 13: Ghost splits labels on commas; the desk asks before writing, so the model says which.
            String[] split = new String[1];
            model.labelsGhostWouldSplit(labels -> split[0] = String.join("|", labels));
            assertTrue(split[0].contains("Politics, national"), "the sample's label with a comma: " + split[0]);
        }
    }

    /** Issue 18: the desk's questions go through the dialog service, so a test answers them. */
    @Test
    void aGhostExportAsksAboutLabelsWithACommaThenWhereAndWritesNothingWhenTheAnswerIsNo() throws Exception {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 2, 0, 60)) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            SubscribersViewModel model = new SubscribersViewModel(TestNewsrooms.OWNER,
                    SubscriberDesk.of(db, TestNewsrooms.CLOCK), BackgroundExecutor.direct(), dialogs,
                    failure -> { throw new AssertionError(failure); },
                    (title, work) -> tasks.add(work.apply(TaskMonitor.NONE)));
            model.refresh();
            dialogs.answering(false);
            model.exportAsked(SubscriberExport.Format.GHOST);
            assertEquals(1, dialogs.asked.size(), dialogs.asked.toString());
            assertTrue(dialogs.asked.get(0).startsWith("confirm: Labels Ghost would split")
                    && dialogs.asked.get(0).contains("Politics, national") && dialogs.asked.get(0)
                    .endsWith("[Write split]"), dialogs.asked.get(0));
            assertTrue(tasks.isEmpty(), "nothing exported: " + tasks);

            Path ghost = dir.resolve("ghost.csv");
            dialogs.answering(true, ghost);
            model.exportAsked(SubscriberExport.Format.GHOST);
            assertEquals("save: Export subscribers [subscribers.csv]", dialogs.asked.get(2));
            assertTrue(java.nio.file.Files.readString(ghost).contains("\"Politics, national\""),
                    "written split by Ghost, as the user chose");

            model.rows().get(0); // the first read asks for the page; the direct executor has it at once
            Subscriber someone = model.rows().get(0);
            dialogs.answering(ScriptedDialogs.NO_FILE, false);
            model.exportPersonAsked(someone);
            model.eraseAsked(someone);
            assertTrue(dialogs.asked.get(4).startsWith("confirm: Erase " + someone.email()), dialogs.asked.get(4));
            boolean stillThere = db.read(tx -> tx.subscribers().findByEmail(someone.email()).isPresent());
            assertTrue(stillThere, "not erased: the answer was no");
            assertTrue(dialogs.allAnswered());
        }
    }
}
