package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.comments.CommentsViewModel;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages loaded by key (next to a known row) are exactly the pages an offset would give, both ways and after jumps. */
class CommentQueuePagingTest {
    @TempDir Path dir;

    @Test
    void keysetPagesMatchOffsetPagesInEveryQueue() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 10, 3_000, 0)) {
            for (CommentStatus queue : new CommentStatus[] {CommentStatus.PENDING, CommentStatus.APPROVED, null}) {
                CommentsViewModel model = new CommentsViewModel(TestNewsrooms.OWNER, new NewsroomService(db),
                        new CommentService(db, TestNewsrooms.CLOCK), BackgroundExecutor.direct(), new ScriptedDialogs(),
                        failure -> { throw new AssertionError(failure); });
                model.queueProperty().set(queue);
                model.refresh();
                int size = model.rows().size();
                // Visit pages out of order: 0, 1 (after), 4 (jump), 3 (before), 2 (after and before known).
                int[] order = {0, 1, 4, 3, 2};
                List<Long> seen = new ArrayList<>();
                for (int page : order) {
                    int index = Math.min(page * 200, size - 1);
                    model.rows().get(index);
                }
                for (int i = 0; i < Math.min(size, 1_000); i++) {
                    model.rows().get(i);
                    seen.add(model.rows().get(i).comment().id());
                }
                List<Long> byOffset = db.read(tx -> tx.comments().page(queue, 0, 1_000)).stream()
                        .map(CommentSummary::comment).map(comment -> comment.id()).toList();
                assertEquals(byOffset, seen, "queue " + queue);
            }
        }
    }
}
