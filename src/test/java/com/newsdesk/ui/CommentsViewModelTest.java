package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Role;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.comments.CommentsViewModel;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentsViewModelTest {
    @TempDir Path dir;

    @Test
    void decidesInPlaceAndUndoes() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 80, 0)) {
            CommentsViewModel model = new CommentsViewModel(Actor.staff("salma", Role.MODERATOR), new NewsroomService(db),
                    new CommentService(db, TestNewsrooms.CLOCK), BackgroundExecutor.direct(),
                    failure -> { throw new AssertionError(failure); });
            model.refresh();
            long pending = model.countsProperty().get().get(CommentStatus.PENDING);
            model.rows().get(0);
            long id = model.rows().get(0).comment().id();
            model.decide(0, CommentStatus.SPAM);
            assertEquals(CommentStatus.SPAM, model.rows().get(0).comment().status(), "shown in place at once");
            assertEquals(pending - 1, model.countsProperty().get().get(CommentStatus.PENDING));
            assertEquals(CommentStatus.SPAM, db.read(tx -> tx.comments().find(id)).orElseThrow().status());
            model.undoLast();
            assertEquals(CommentStatus.PENDING, db.read(tx -> tx.comments().find(id)).orElseThrow().status());
            assertEquals(pending, model.countsProperty().get().get(CommentStatus.PENDING));
            model.undoLast();
            assertEquals("Nothing to undo.", model.messageProperty().get());
        }
    }

    private static CommentsViewModel model(Database db) {
        return new CommentsViewModel(Actor.staff("salma", Role.MODERATOR), new NewsroomService(db),
                new CommentService(db, TestNewsrooms.CLOCK), BackgroundExecutor.direct(),
                failure -> { throw new AssertionError(failure); });
    }

    @Test
    void bulkDecisionsOnTheSelectionUndoAsOne() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 200, 0)) {
            CommentsViewModel model = model(db);
            model.refresh();
            long pending = model.countsProperty().get().get(CommentStatus.PENDING);
            model.rows().get(0);
            model.toggleMark(0);
            model.toggleMark(2);
            model.toggleMark(3);
            model.toggleMark(3); // X twice unselects
            assertEquals(2, model.marked().size());
            model.decideMarked(CommentStatus.SPAM);
            assertEquals(CommentStatus.SPAM, model.rows().get(0).comment().status());
            assertEquals(CommentStatus.PENDING, model.rows().get(1).comment().status());
            assertEquals(CommentStatus.SPAM, model.rows().get(2).comment().status());
            assertEquals(0, model.marked().size(), "a bulk decision clears the selection");
            assertEquals(pending - 2, model.countsProperty().get().get(CommentStatus.PENDING));
            model.undoLast();
            assertEquals(CommentStatus.PENDING, model.rows().get(0).comment().status());
            assertEquals(CommentStatus.PENDING, model.rows().get(2).comment().status());
            assertEquals(pending, model.countsProperty().get().get(CommentStatus.PENDING));
        }
    }

    @Test
    void filtersNarrowTheQueueAndTheReadingPaneFollowsTheSelection() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 300, 0)) {
            CommentsViewModel model = model(db);
            model.queueProperty().set(null);
            model.refresh();
            int all = model.rows().size();
            model.rows().get(0); // loads the first page
            model.show(0);
            var first = model.detailProperty().get().comment();
            assertEquals(model.rows().get(0).comment().id(), first.comment().id());

            model.onlyThisAuthor();
            int byAuthor = model.rows().size();
            model.rows().get(0);
            assertEquals(true, byAuthor >= 1 && byAuthor < all, byAuthor + " of " + all);
            for (int i = 0; i < byAuthor; i++) {
                assertEquals(first.comment().authorEmail().toLowerCase(),
                        model.rows().get(i).comment().authorEmail().toLowerCase());
            }
            model.clearFilters();
            model.onlyThisArticle();
            model.rows().get(0);
            for (int i = 0; i < model.rows().size(); i++) {
                assertEquals(first.comment().articleId(), model.rows().get(i).comment().articleId());
            }
            model.clearFilters();
            String word = first.comment().body().split("\\s+")[0];
            model.searchTextProperty().set(word.toUpperCase());
            model.applyFilter();
            assertEquals(true, model.rows().size() >= 1);
            model.rows().get(0);
            for (int i = 0; i < model.rows().size(); i++) {
                var comment = model.rows().get(i).comment();
                assertEquals(true, (comment.body() + comment.authorName()).toLowerCase().contains(word.toLowerCase()));
            }
            model.clearFilters();
            model.fromDateProperty().set(java.time.LocalDate.of(2100, 1, 1));
            assertEquals(0, model.rows().size(), "no comment comes from the future");
            model.clearFilters();
            assertEquals(all, model.rows().size());
            model.show(-1);
            assertEquals(null, model.detailProperty().get());
        }
    }
}
