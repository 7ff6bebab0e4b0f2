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
}
