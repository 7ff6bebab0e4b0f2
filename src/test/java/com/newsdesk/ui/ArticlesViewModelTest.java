package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.SearchHit;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.articles.ArticlesViewModel;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Debouncer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesViewModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir Path dir;
    private Database db;
    private ArticlesViewModel model;

    @BeforeEach
    void sample() {
        db = TestNewsrooms.sample(dir.resolve("n.db"), 120, 0, 0);
        model = new ArticlesViewModel(TestNewsrooms.OWNER, new NewsroomService(db),
                new ArticleService(db, TestNewsrooms.CLOCK), BackgroundExecutor.direct(), Debouncer::manual, dialogs,
                failure -> { throw new AssertionError(failure); });
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SearchHit row(int index) {
        model.rows().get(index);
        return model.rows().get(index); // the first read loads the page
    }

    @Test
    void searchesRanksAndShowsWhereItMatched() {
        assertEquals(120, model.rows().size());
        assertNull(row(0).snippet());
        model.searchProperty().set("festival");
        assertTrue(model.rows().size() > 0 && model.rows().size() < 120, "some articles are about the festival");
        SearchHit first = row(0);
        assertTrue(first.snippet().toLowerCase().contains("[festival]"), first.snippet());
        model.searchProperty().set("");
        assertEquals(120, model.rows().size());
    }

    @Test
    void filtersBySectionAndLanguageAndSortsByPublication() {
        assertTrue(model.languages().containsAll(java.util.List.of("ar", "en", "fr")), model.languages().toString());
        model.languageProperty().set("ar");
        long arabic = model.rows().size();
        assertTrue(arabic > 0 && arabic < 120);
        assertEquals("ar", row(0).article().language());
        String section = row(0).article().section();
        model.sectionProperty().set(section);
        assertTrue(model.rows().size() <= arabic);
        assertEquals(section, row(0).article().section());
        model.languageProperty().set(null);
        model.sectionProperty().set(null);
        String byline = model.bylines().get(0);
        model.bylineProperty().set(byline);
        assertEquals(byline, row(0).article().byline());
        model.bylineProperty().set(null);
        assertEquals(120L, model.statusCountsProperty().get().values().stream().mapToLong(Long::longValue).sum());
        model.orderProperty().set(com.newsdesk.domain.ArticleFilter.Order.PUBLISHED);
        java.time.Instant first = row(0).article().publishedAt();
        java.time.Instant second = row(1).article().publishedAt();
        assertTrue(first != null && !first.isBefore(second), first + " then " + second);
    }

    @Test
    void filtersByStatus() {
        long drafts = db.read(tx -> tx.articles().count(com.newsdesk.domain.ArticleFilter.ofStatus(ArticleStatus.DRAFT)));
        model.statusProperty().set(ArticleStatus.DRAFT);
        assertEquals(drafts, model.rows().size());
        assertEquals(ArticleStatus.DRAFT, row(0).article().status());
    }
}
