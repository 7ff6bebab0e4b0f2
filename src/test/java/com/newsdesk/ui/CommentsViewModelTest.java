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
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir Path dir;

    @Test
    void aDecidedCommentLeavesTheQueueAndUndoBringsItBack() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 80, 0)) {
            CommentsViewModel model = new CommentsViewModel(Actor.staff("salma", Role.MODERATOR), new NewsroomService(db),
                    new CommentService(db, TestNewsrooms.CLOCK), BackgroundExecutor.direct(), dialogs,
                    failure -> { throw new AssertionError(failure); });
            model.refresh();
            long pending = model.countsProperty().get().get(CommentStatus.PENDING);
            model.rows().get(0);
            long id = model.rows().get(0).comment().id();
            long next = model.rows().get(1).comment().id();
            java.util.List<Runnable> pauses = new java.util.ArrayList<>();
            model.leaveAfter(pauses::add);
            java.util.List<Integer> returned = new java.util.ArrayList<>();
            model.onReturned(returned::add);
            model.decide(0, CommentStatus.SPAM);
            assertEquals(CommentStatus.SPAM, model.rows().get(0).comment().status(), "shown in place at once, marked");
            assertEquals(false, model.belongs(model.rows().get(0)));
            assertEquals(pending - 1, model.countsProperty().get().get(CommentStatus.PENDING));
            assertEquals(CommentStatus.SPAM, db.read(tx -> tx.comments().find(id)).orElseThrow().status());
            pauses.remove(0).run();
            assertEquals(next, model.rows().get(0).comment().id(), "then it leaves the pending queue");
            assertEquals(pending - 1, model.rows().size());
            model.undoLast();
            assertEquals(CommentStatus.PENDING, db.read(tx -> tx.comments().find(id)).orElseThrow().status());
            assertEquals(pending, model.countsProperty().get().get(CommentStatus.PENDING));
            assertEquals(id, model.rows().get(0).comment().id(), "back at its place");
            assertEquals(java.util.List.of(0), returned, "and selected again");
            assertEquals(pending, model.rows().size());
            model.undoLast();
            assertEquals("Nothing to undo.", model.messageProperty().get());
        }
    }

    private CommentsViewModel model(Database db) {
        return new CommentsViewModel(Actor.staff("salma", Role.MODERATOR), new NewsroomService(db),
                new CommentService(db, TestNewsrooms.CLOCK), BackgroundExecutor.direct(), dialogs,
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
            java.util.List<Long> before = java.util.stream.IntStream.range(0, 5)
                    .mapToObj(i -> model.rows().get(i).comment().id()).toList();
            model.decideMarked(CommentStatus.SPAM); // no pause here: they leave at once
            assertEquals(java.util.List.of(before.get(1), before.get(3), before.get(4)),
                    java.util.stream.IntStream.range(0, 3).mapToObj(i -> model.rows().get(i).comment().id()).toList());
            assertEquals(0, model.marked().size(), "a bulk decision clears the selection");
            assertEquals(pending - 2, model.countsProperty().get().get(CommentStatus.PENDING));
            assertEquals(pending - 2, model.rows().size());
            model.undoLast();
            assertEquals(before, java.util.stream.IntStream.range(0, 5)
                    .mapToObj(i -> model.rows().get(i).comment().id()).toList(), "each back at its place");
            assertEquals(CommentStatus.PENDING, model.rows().get(0).comment().status());
            assertEquals(CommentStatus.PENDING, model.rows().get(2).comment().status());
            assertEquals(pending, model.countsProperty().get().get(CommentStatus.PENDING));
        }
    }

    @Test
    void inTheAllQueueADecidedCommentStays() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 80, 0)) {
            CommentsViewModel model = model(db);
            model.queueProperty().set(null);
            model.refresh();
            model.rows().get(0);
            long id = model.rows().get(0).comment().id();
            int size = model.rows().size();
            CommentStatus to = model.rows().get(0).comment().status() == CommentStatus.TRASH ? CommentStatus.SPAM
                    : CommentStatus.TRASH;
            model.decide(0, to);
            assertEquals(size, model.rows().size());
            assertEquals(id, model.rows().get(0).comment().id());
            assertEquals(to, model.rows().get(0).comment().status());
        }
    }

    @Test
    void aReplyShowsUnderTheCommentAndTheCommentItApprovedLeaves() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 80, 0)) {
            CommentsViewModel model = model(db);
            model.refresh();
            model.rows().get(0);
            long id = model.rows().get(0).comment().id();
            int size = model.rows().size();
            model.show(0);
            int replies = model.detailProperty().get().replies().size();
            boolean[] done = {false};
            model.reply("Thanks, fixed.", () -> done[0] = true);
            assertEquals(true, done[0]);
            var shown = model.detailProperty().get().replies();
            assertEquals(replies + 1, shown.size());
            assertEquals("Thanks, fixed.", shown.get(shown.size() - 1).body());
            assertEquals(size - 1, model.rows().size(), "approved by the reply: out of the pending queue");
            assertEquals(false, model.rows().get(0).comment().id() == id);
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
