package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.newsdesk.service.subscribers.SubscriberList;

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
            assertEquals("Comment " + pending.id() + " is already approved by salma (someone decided meanwhile); nothing was"
                    + " changed.", late.getMessage());
            assertThrows(AccessDeniedException.class, () -> comments.decide(Actor.staff("julien", Role.WRITER),
                    pending.id(), CommentStatus.APPROVED, CommentStatus.TRASH));
            assertEquals("pending → approved", new AuditService(db, TestNewsrooms.CLOCK)
                    .entries(salma, AuditFilter.ALL, 1).get(0).detail());
        }
    }

    /** Issue 12, finding 8: a probe comment is no way for a Moderator to look a subscriber up. */
    @Test
    void aModeratorLearnsOnlyWhetherACommenterIsSubscribed() throws Exception {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 0, 0)) {
            Actor salma = Actor.staff("salma", Role.MODERATOR);
            Actor edna = Actor.staff("edna", Role.EDITOR);
            new SubscriberList(db, TestNewsrooms.CLOCK).add(edna, "target@example.org", "Secret Name",
                    java.util.List.of("Major donors"), "gala");
            long probe = db.write(tx -> tx.comments().insert(new Comment(0, 1, null, "x", "Target@example.org", "probe",
                    CommentStatus.PENDING, null, TestNewsrooms.CLOCK.instant(), null, null)));
            CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);

            var seenByModerator = comments.detail(salma, probe).author().newsletter();
            assertEquals(new com.newsdesk.domain.CommentDetail.Newsletter(true, null, null), seenByModerator);
            assertEquals("Newsletter subscriber: yes.", seenByModerator.describe());
            String everything = comments.detail(salma, probe).toString();
            for (String secret : java.util.List.of("Secret Name", "Major donors", "gala")) {
                assertEquals(false, everything.contains(secret), secret + " reached a Moderator: " + everything);
            }
            var seenByEditor = comments.detail(edna, probe).author().newsletter();
            assertEquals(com.newsdesk.domain.SubscriberStatus.SUBSCRIBED, seenByEditor.status(),
                    "someone who may manage subscribers sees the status");
        }
    }

    private static Comment firstPending(Database db) {
        return db.read(tx -> tx.comments().page(CommentStatus.PENDING, 0, 1)).get(0).comment();
    }

    @Test
    void repliesEditsAndTheirHistory() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 50, 0)) {
            CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);
            Actor salma = Actor.staff("salma", Role.MODERATOR);
            Comment pending = firstPending(db);

            Comment reply = comments.reply(salma, pending.id(), "  Thanks, we have corrected it.  ");
            assertEquals(pending.id(), reply.parentId());
            assertEquals(pending.articleId(), reply.articleId());
            assertEquals(CommentStatus.APPROVED, reply.status());
            assertEquals("salma", reply.authorName());
            assertEquals("Thanks, we have corrected it.", reply.body());
            assertEquals(CommentStatus.APPROVED, db.read(tx -> tx.comments().find(pending.id())).orElseThrow().status(),
                    "replying approves the comment, as WordPress's Approve and Reply does");
            assertThrows(com.newsdesk.domain.InvalidInputException.class, () -> comments.reply(salma, pending.id(), " "));

            Comment edited = comments.edit(salma, pending.id(), pending.body(), "Edited text");
            assertEquals("Edited text", edited.body());
            assertThrows(RefusedException.class, () -> comments.edit(salma, pending.id(), pending.body(),
                    "A stale edit"), "an edit from the text as it was before someone else's edit is refused");
            var detail = comments.detail(salma, pending.id());
            var edit = detail.history().stream().filter(entry -> entry.previousText() != null).findFirst().orElseThrow();
            assertEquals(pending.body(), edit.previousText(), "the original text is kept");
            assertEquals("salma", edit.who());
            assertEquals(true, detail.history().stream().anyMatch(entry -> entry.what().contains("pending → approved")),
                    detail.history().toString());
            assertEquals(java.util.List.of("comment.edit", "comment.reply", "comment.decide"),
                    new AuditService(db, TestNewsrooms.CLOCK).entries(salma, AuditFilter.ALL, 3).stream()
                            .map(entry -> entry.action()).toList());
            var replyDetail = comments.detail(salma, reply.id());
            assertEquals(pending.id(), replyDetail.parent().id());
        }
    }

    @Test
    void blockingAnAuthorSpamsTheirPendingCommentsAndTheirNextOnes() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 400, 0)) {
            CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);
            Actor salma = Actor.staff("salma", Role.MODERATOR);
            Comment pending = firstPending(db);
            String email = pending.authorEmail();
            long pendingByAuthor = db.read(tx -> tx.comments().ofAuthor(email, CommentStatus.PENDING)).size();

            int moved = comments.blockAuthor(salma, email.toUpperCase(java.util.Locale.ROOT));
            assertEquals(pendingByAuthor, moved);
            assertEquals(0, db.read(tx -> tx.comments().ofAuthor(email, CommentStatus.PENDING)).size());
            assertEquals(true, comments.detail(salma, pending.id()).author().blocked());
            assertEquals("blocked email " + email.toLowerCase(java.util.Locale.ROOT), comments.rules(salma)
                    .judge("X", email, "", "hello", false).reason());
        }
    }

    @Test
    void rulesRerunOverThePendingQueueInOneAuditedTransaction() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 600, 0)) {
            CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);
            Actor salma = Actor.staff("salma", Role.MODERATOR);
            long pendingBefore = db.read(tx -> tx.comments().count(CommentStatus.PENDING));
            long withThanks = db.read(tx -> tx.comments().countMatching(new com.newsdesk.domain.CommentFilter(
                    CommentStatus.PENDING, null, null, null, null, "explanation")));
            org.junit.jupiter.api.Assumptions.assumeTrue(withThanks > 0, "the sample has such comments");
            comments.saveRules(salma, com.newsdesk.domain.CommentRules.defaults()
                    .with(com.newsdesk.domain.CommentRules.Kind.BLOCKED_WORD, java.util.List.of("Explanation")));

            TaskMonitor cancelAtOnce = new TaskMonitor() {
                @Override public void progress(long done, long total, String message) { }

                @Override public boolean isCancelled() { return true; }
            };
            assertThrows(CancelledException.class, () -> comments.rerunRulesOnPending(salma, cancelAtOnce));
            assertEquals(pendingBefore, (long) db.read(tx -> tx.comments().count(CommentStatus.PENDING)));

            CommentService.RerunSummary summary = comments.rerunRulesOnPending(salma, TaskMonitor.NONE);
            assertEquals(pendingBefore, summary.checked());
            assertEquals(withThanks, summary.moved().get(CommentStatus.SPAM));
            Comment moved = db.read(tx -> tx.comments().page(new com.newsdesk.domain.CommentFilter(CommentStatus.SPAM,
                    null, null, null, null, "explanation"), 0, 1)).get(0).comment();
            assertEquals("blocked word “Explanation”", moved.reason());
            assertEquals(true, comments.detail(salma, moved.id()).history().stream()
                    .anyMatch(entry -> entry.what().contains("sorted by the rules: pending → spam")));
        }
    }

    @Test
    void bulkDecisionsAreAllOrNothing() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 200, 0)) {
            CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);
            Actor salma = Actor.staff("salma", Role.MODERATOR);
            var page = db.read(tx -> tx.comments().page(CommentStatus.PENDING, 0, 3));
            java.util.List<Comment> seen = page.stream().map(row -> row.comment()).toList();
            comments.decide(salma, seen.get(2).id(), CommentStatus.PENDING, CommentStatus.TRASH); // someone else
            assertThrows(RefusedException.class, () -> comments.decideAll(salma, seen, CommentStatus.SPAM));
            assertEquals(CommentStatus.PENDING, db.read(tx -> tx.comments().find(seen.get(0).id())).orElseThrow()
                    .status(), "nothing of a refused bulk decision is kept");
            assertEquals(2, comments.decideAll(salma, seen.subList(0, 2), CommentStatus.SPAM).size());
        }
    }

    @Test
    void emptyingSpamDeletesThatQueueOnlyForGoodAuditedAndRepliesKeepTheirText() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 0, 0)) {
            java.time.Instant at = TestNewsrooms.CLOCK.instant();
            long spam = db.write(tx -> tx.comments().insert(new Comment(0, 1, null, "Bot", "bot@example.org",
                    "cheap pills", CommentStatus.SPAM, "blocked word", at, null, null)));
            long reply = db.write(tx -> tx.comments().insert(new Comment(0, 1, spam, "Reader", "r@example.org",
                    "Is this real?", CommentStatus.APPROVED, null, at, null, null)));
            db.write(tx -> tx.comments().insert(new Comment(0, 1, null, "Bot", "bot@example.org", "more pills",
                    CommentStatus.TRASH, null, at, null, null)));
            CommentService comments = new CommentService(db, TestNewsrooms.CLOCK);
            Actor salma = Actor.staff("salma", Role.MODERATOR);

            assertThrows(AccessDeniedException.class,
                    () -> comments.emptyQueue(Actor.staff("julien", Role.WRITER), CommentStatus.SPAM));
            var refused = assertThrows(com.newsdesk.domain.InvalidInputException.class,
                    () -> comments.emptyQueue(salma, CommentStatus.PENDING));
            assertEquals("status: only the spam and trash queues can be emptied, not pending", refused.getMessage());

            assertEquals(1, comments.emptyQueue(salma, CommentStatus.SPAM));
            assertTrue(db.read(tx -> tx.comments().find(spam)).isEmpty());
            Comment kept = db.read(tx -> tx.comments().find(reply)).orElseThrow();
            assertEquals("Is this real?", kept.body());
            assertNull(kept.parentId(), "the reply stays, without its deleted parent");
            assertEquals(0L, (long) db.read(tx -> tx.comments().count(CommentStatus.SPAM)));
            assertEquals(1L, (long) db.read(tx -> tx.comments().count(CommentStatus.TRASH)), "trash untouched");
            var entry = db.read(tx -> tx.audit().find(AuditFilter.ALL, 1)).get(0);
            assertEquals("comment.empty", entry.action());
            assertEquals("spam emptied: 1 comments deleted", entry.detail());
        }
    }
}
