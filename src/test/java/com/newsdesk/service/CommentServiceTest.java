package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Role;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentServiceTest {
    @TempDir Path dir;

    @Test
    void decisionsAreSavedAuditedAndNeverOverwriteSomeoneElses() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 50, 0)) {
            CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);
            Actor salma = Actor.staff("salma", Role.MODERATOR);
            Comment pending = db.read(tx -> tx.comments().page(CommentStatus.PENDING, 0, 1)).get(0).comment();
            Comment approved = comments.decide(salma, pending.id(), CommentStatus.PENDING, CommentStatus.APPROVED);
            assertEquals(CommentStatus.APPROVED, approved.status());
            assertEquals("salma", approved.decidedBy());
            assertEquals(TestNewsrooms.CLOCK.instant(), approved.decidedAt());
            RefusedException late = assertThrows(RefusedException.class, () -> comments.decide(
                    Actor.staff("hugo", Role.MODERATOR), pending.id(), CommentStatus.PENDING, CommentStatus.SPAM));
            assertEquals("Comment " + pending.id() + " is already approved (someone decided meanwhile); nothing was"
                    + " changed.", late.getMessage());
            assertThrows(AccessDeniedException.class, () -> comments.decide(Actor.staff("julien", Role.WRITER),
                    pending.id(), CommentStatus.APPROVED, CommentStatus.TRASH));
            assertEquals("pending → approved", new AuditService(db, TestNewsrooms.CLOCK)
                    .entries(salma, AuditFilter.ALL, 1).get(0).detail());
        }
    }
}
