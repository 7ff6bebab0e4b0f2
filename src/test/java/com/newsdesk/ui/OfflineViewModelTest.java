package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleFilter;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Take offline… on the Articles and Comments desks and the offline copy's Bring back, driven without a toolkit:
 * work runs at once on the test's thread.
 */
class OfflineViewModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir Path dir;

    @Test
    void anArticleAndCommentsTakenOfflineComeBackWithBringBack() {
        Path offlineFile = dir.resolve("offline-newsroom.db");
        long articleId;
        try (Database newsroom = Database.open(dir.resolve("newsroom.db"), Database.OpenMode.CREATE,
                JsonDocumentCodec.INSTANCE)) {
            ArticleService articles = new ArticleService(newsroom, TestNewsrooms.CLOCK);
            Article tram = articles.create(TestNewsrooms.OWNER, "Tram opens");
            articleId = tram.id();
            newsroom.write(tx -> tx.comments().insert(new Comment(0, tram.id(), null, "Reader", "reader@example.org",
                    "First!", CommentStatus.PENDING, "", Instant.parse("2026-11-28T09:00:00Z"), null, null)));
            ShellViewModel window = window(newsroom);
            window.load();
            assertNull(window.offlineCopyProperty().get(), "the newsroom is no offline copy");
            var summary = articles.list(TestNewsrooms.OWNER, ArticleFilter.ALL, 1).get(0);
            assertTrue(window.articles().actionsFor(summary).contains(
                    com.newsdesk.ui.articles.ArticlesViewModel.RowAction.TAKE_OFFLINE));

            dialogs.answering(true);
            window.articles().takeOfflineAsked(summary);
            assertTrue(dialogs.asked.get(0).startsWith("confirm: Take offline: Take \u201CTram opens\u201D offline into "
                    + offlineFile), dialogs.asked.get(0));
            assertEquals("Taken offline into offline-newsroom.db.", window.articles().messageProperty().get());
            assertEquals("draft, offline with tester", articles.list(TestNewsrooms.OWNER, ArticleFilter.ALL, 5).get(0)
                    .statusText());

            dialogs.answering(1);
            window.comments().takeOfflineAsked();
            assertEquals("Took 1 pending comment offline into offline-newsroom.db.",
                    window.comments().messageProperty().get());
        }
        assertTrue(Files.exists(offlineFile));

        try (Database offline = Database.open(offlineFile, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE)) {
            ArticleService local = new ArticleService(offline, TestNewsrooms.CLOCK);
            Article mine = local.find(TestNewsrooms.OWNER, "tram-opens");
            local.save(TestNewsrooms.OWNER, mine.id(), new ArticleDraft("Tram opens", "", "", "", java.util.List.of(),
                    mine.slug(), "en", Document.of(Block.paragraph("Written offline."))), mine.version(), null);
            ShellViewModel window = window(offline);
            window.load();
            assertNotNull(window.offlineCopyProperty().get());
            assertEquals(1, window.offlineCopyProperty().get().articles());
            assertEquals(1, window.offlineCopyProperty().get().comments());
            assertEquals(dir.resolve("newsroom.db").toString(), window.offlineCopyProperty().get().copy().source());
            assertTrue(window.articles().actionsFor(local.list(TestNewsrooms.OWNER, ArticleFilter.ALL, 1).get(0)).stream()
                    .noneMatch(action -> action == com.newsdesk.ui.articles.ArticlesViewModel.RowAction.TAKE_OFFLINE),
                    "a copy is not taken from again");

            window.bringBackAsked(); // a newsroom file: no password to ask
            assertEquals("Brought back: 1 saved, 0 in conflict, 0 new, 0 unchanged; decisions: 0 saved, 0 lost."
                    + " saved: \u201CTram opens\u201D.", window.statusMessageProperty().get());
            assertNotNull(window.offlineCopyProperty().get().copy().returnedAt());
        }
        try (Database newsroom = Database.open(dir.resolve("newsroom.db"), Database.OpenMode.EXISTING,
                JsonDocumentCodec.INSTANCE)) {
            assertEquals("Written offline.", new ArticleService(newsroom, TestNewsrooms.CLOCK)
                    .find(TestNewsrooms.OWNER, String.valueOf(articleId)).bodyText());
        }
        assertTrue(dialogs.allAnswered());
    }

    private ShellViewModel window(Database database) {
        return new ShellViewModel(TestNewsrooms.OWNER, false, ShellViewModelTest.services(database),
                BackgroundExecutor.direct(), dialogs);
    }
}
