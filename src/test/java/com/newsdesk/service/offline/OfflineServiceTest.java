package com.newsdesk.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleFilter;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Take offline and bring back, between a newsroom (on the server in the server run) and a newsroom file: the three
 * article outcomes, the two decision outcomes, a return resumed after it stopped half way, a second return, and the
 * refusals.
 */
class OfflineServiceTest {
    private static final Actor AMINA = Actor.owner("amina");
    private static final Actor LOCAL = Actor.owner("amina-laptop");
    @TempDir Path dir;
    private Database source;
    private Database local;
    private ArticleService sourceArticles;
    private ArticleService localArticles;
    private final OfflineService offline = new OfflineService(TestNewsrooms.CLOCK);
    private Article tram;

    @BeforeEach
    void newsrooms() {
        source = TestNewsrooms.open(dir.resolve("newsroom.db"));
        local = Database.open(dir.resolve("laptop.db"), Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE);
        sourceArticles = new ArticleService(source, TestNewsrooms.CLOCK);
        localArticles = new ArticleService(local, TestNewsrooms.CLOCK);
        Article created = sourceArticles.create(AMINA, "Tram opens");
        tram = sourceArticles.save(AMINA, created.id(), draft(created, "Tram opens", "The tram opens on Monday."),
                created.version(), null);
    }

    @AfterEach
    void close() {
        source.close();
        local.close();
    }

    @Test
    void anArticleUnchangedAtTheSourceTakesTheOfflineTextAsANewRevision() {
        OfflineService.Taken taken = offline.take(AMINA, source, local, LOCAL, List.of(tram.slug()), 0);
        assertEquals(1, taken.articles());
        assertEquals("amina", sourceArticles.checkouts(AMINA, tram.id()).get(0).takenBy());
        assertEquals("draft, offline with amina", sourceArticles.list(AMINA, ArticleFilter.ALL, 10).get(0).statusText());

        Article mine = onlyLocalArticle();
        localArticles.save(LOCAL, mine.id(), draft(mine, "Tram opens", "The tram opens on Monday at six."),
                mine.version(), null);
        OfflineService.Returned returned = bringBack(source, local);

        assertEquals(List.of(1, 0, 0, 0), counts(returned));
        Article back = sourceArticles.find(AMINA, String.valueOf(tram.id()));
        assertEquals("The tram opens on Monday at six.", back.bodyText());
        assertEquals("Offline changes by amina", sourceArticles.revisions(AMINA, tram.id()).get(0).note());
        assertTrue(sourceArticles.checkouts(AMINA, tram.id()).isEmpty(), "back: no longer shown as offline");

        OfflineService.Returned again = bringBack(source, local);
        assertTrue(again.nothingChanged(), "a second return does nothing");
        assertEquals(back.version(), sourceArticles.find(AMINA, String.valueOf(tram.id())).version());
    }

    @Test
    void anArticleChangedOnBothSidesBecomesAConflictAndOverwritesNothing() {
        offline.take(AMINA, source, local, LOCAL, List.of(String.valueOf(tram.id())), 0);
        Article mine = onlyLocalArticle();
        localArticles.save(LOCAL, mine.id(), draft(mine, "Tram opens", "Offline: the tram opens at six."),
                mine.version(), null);
        Article theirs = sourceArticles.save(Actor.owner("julien"), tram.id(), draft(tram, "Tram opens",
                "Desk: the tram opens at seven."), tram.version(), null);

        OfflineService.Returned returned = bringBack(source, local);

        assertEquals(List.of(0, 1, 0, 0), counts(returned));
        assertEquals("Desk: the tram opens at seven.", sourceArticles.find(AMINA, tram.slug()).bodyText());
        var conflicts = sourceArticles.conflicts(AMINA, tram.id());
        assertEquals(1, conflicts.size());
        assertEquals("Offline: the tram opens at six.", conflicts.get(0).offline().draft().body().plainText());
        assertEquals("amina", conflicts.get(0).offline().savedBy());
        assertTrue(sourceArticles.list(AMINA, ArticleFilter.ALL, 10).get(0).inConflict());
        assertEquals("Conflict: offline changes by amina", sourceArticles.revisions(AMINA, tram.id()).get(0).note());
        assertTrue(bringBack(source, local).nothingChanged(), "the conflict is not made twice");

        Article kept = sourceArticles.settleConflict(Actor.owner("julien"), tram.id(), conflicts.get(0).revisionId(),
                true, theirs.version());
        assertEquals("Offline: the tram opens at six.", kept.bodyText());
        assertTrue(sourceArticles.conflicts(AMINA, tram.id()).isEmpty());
        assertTrue(sourceArticles.revisions(AMINA, tram.id()).stream()
                .anyMatch(revision -> revision.note().equals("Before keeping the offline changes by amina")));
    }

    @Test
    void anArticleWrittenOfflineBecomesANewDraftOnce() {
        offline.take(AMINA, source, local, LOCAL, List.of(tram.slug()), 0);
        Article written = localArticles.create(LOCAL, "Night buses");
        localArticles.save(LOCAL, written.id(), draft(written, "Night buses", "Night buses run again."),
                written.version(), null);

        OfflineService.Returned returned = bringBack(source, local);

        assertEquals(List.of(0, 0, 1, 0), counts(returned));
        assertEquals(1, returned.unchanged(), "the taken article, untouched");
        Article draft = sourceArticles.find(AMINA, "night-buses");
        assertEquals("Night buses run again.", draft.bodyText());
        assertEquals("amina", draft.createdBy());
        assertTrue(bringBack(source, local).nothingChanged());
        assertEquals(2, sourceArticles.list(AMINA, ArticleFilter.ALL, 10).size());
    }

    @Test
    void decisionsComeBackWhereTheCommentIsAsSeenAndOthersAreReportedLost() {
        long first = pendingComment("First reader");
        long second = pendingComment("Second reader");
        pendingComment("Third reader");
        OfflineService.Taken taken = offline.take(AMINA, source, local, LOCAL, List.of(), 3);
        assertEquals(3, taken.comments());
        assertEquals(1, taken.alongWithComments());
        CommentService localModeration = new CommentService(local, TestNewsrooms.CLOCK);
        for (Comment comment : local.read(tx -> tx.comments().ofArticle(onlyLocalArticle().id()))) {
            if (!comment.authorName().equals("Third reader")) {
                localModeration.decide(LOCAL, comment.id(), CommentStatus.PENDING, comment.authorName()
                        .equals("First reader") ? CommentStatus.APPROVED : CommentStatus.SPAM);
            }
        }
        new CommentService(source, TestNewsrooms.CLOCK).decide(Actor.owner("sara"), second, CommentStatus.PENDING,
                CommentStatus.APPROVED);

        OfflineService.Returned returned = bringBack(source, local);

        assertEquals(1, returned.decisionsSaved());
        assertEquals(1, returned.decisionsLost());
        assertTrue(returned.lines().contains("decision lost: comment by Second reader (spam offline): already"
                + " approved by sara"), returned.lines().toString());
        assertEquals(CommentStatus.APPROVED, source.read(tx -> tx.comments().find(first)).orElseThrow().status());
        assertEquals(CommentStatus.APPROVED, source.read(tx -> tx.comments().find(second)).orElseThrow().status());
        assertEquals(1, source.read(tx -> tx.audit().find(new AuditFilter(null, "comment.offline-lost", null, null),
                10)).size());
        assertEquals(1, local.read(tx -> tx.audit().find(new AuditFilter(null, "comment.offline-lost", null, null),
                10)).size(), "kept in the local history");
        OfflineService.Returned again = bringBack(source, local);
        assertTrue(again.nothingChanged(), again.toString());
    }

    @Test
    void aMoveMadeOfflineFollowsTheTextWhenTheRoleAllowsItThereAndARefusedOneIsReported() {
        Article buses = sourceArticles.create(AMINA, "Night buses");
        buses = sourceArticles.save(AMINA, buses.id(), draft(buses, "Night buses", "Night buses run again."),
                buses.version(), null);
        Actor writer = Actor.staff("amina", com.newsdesk.domain.Role.WRITER);
        offline.take(writer, source, local, LOCAL, List.of(tram.slug(), buses.slug()), 0);
        // In her own file she may do anything: she submits one story and publishes the other.
        for (var taken : local.read(tx -> tx.offline().takenArticles())) {
            Article mine = localArticles.find(LOCAL, String.valueOf(taken.localId()));
            localArticles.changeStatus(LOCAL, mine.id(), mine.headline().equals("Tram opens") ? ArticleStatus.IN_REVIEW
                    : ArticleStatus.PUBLISHED, mine.version());
        }

        OfflineService.Returned returned = offline.bringBack(writer, source, local, LOCAL,
                com.newsdesk.service.TaskMonitor.NONE);

        assertEquals(ArticleStatus.IN_REVIEW, sourceArticles.find(AMINA, tram.slug()).status());
        assertEquals(ArticleStatus.DRAFT, sourceArticles.find(AMINA, buses.slug()).status(), "a Writer does not publish");
        assertEquals(List.of(2, 0, 0, 1), counts(returned), returned.lines().toString());
        assertTrue(returned.lines().contains("saved: \u201CTram opens\u201D, now in review"),
                returned.lines().toString());
        assertTrue(returned.lines().stream().anyMatch(line -> line.startsWith("saved: \u201CNight buses\u201D; its"
                + " status was not changed: ")), returned.lines().toString());
        assertTrue(offline.bringBack(writer, source, local, LOCAL, com.newsdesk.service.TaskMonitor.NONE)
                .nothingChanged());
    }

    @Test
    void aReplyWrittenOfflineComesBackUnderItsCommentOnce() {
        long first = pendingComment("First reader");
        offline.take(AMINA, source, local, LOCAL, List.of(), 1);
        long localFirst = local.read(tx -> tx.offline().takenComments()).get(0).localId();
        new CommentService(local, TestNewsrooms.CLOCK).reply(LOCAL, localFirst, "Thank you, we have corrected it.");

        OfflineService.Returned returned = bringBack(source, local);

        assertEquals(1, returned.replies());
        assertEquals(1, returned.decisionsSaved(), "replying approved the comment, offline as here");
        List<Comment> replies = source.read(tx -> tx.comments().replies(first));
        assertEquals(1, replies.size());
        assertEquals("Thank you, we have corrected it.", replies.get(0).body());
        assertEquals("amina", replies.get(0).decidedBy());
        assertTrue(bringBack(source, local).nothingChanged());
        assertEquals(1, source.read(tx -> tx.comments().replies(first)).size());
    }

    @Test
    void aReturnStoppedAfterTheSourceSavedAnArticleAppliesItOnceWhenRunAgain() {
        offline.take(AMINA, source, local, LOCAL, List.of(tram.slug()), 0);
        Article mine = onlyLocalArticle();
        Article edited = localArticles.save(LOCAL, mine.id(), draft(mine, "Tram opens", "Six o'clock."),
                mine.version(), null);
        // The first run got this far: the source committed the article, then the process died before the file
        // recorded it.
        String copyId = offline.copyIn(local).orElseThrow().copyId();
        sourceArticles.bringBack(AMINA, tram.id(), ArticleDraft.of(edited), tram.version(),
                copyId + ":article:" + mine.id() + ":" + edited.version());
        long revisionsBefore = sourceArticles.revisions(AMINA, tram.id()).size();

        OfflineService.Returned returned = bringBack(source, local);

        assertEquals(List.of(1, 0, 0, 0), counts(returned));
        assertEquals(revisionsBefore, sourceArticles.revisions(AMINA, tram.id()).size(), "not applied twice");
        assertTrue(sourceArticles.conflicts(AMINA, tram.id()).isEmpty(), "its own first half is no conflict");
        assertTrue(bringBack(source, local).nothingChanged());
    }

    @Test
    void aCopyGoesBackOnlyToTheNewsroomItCameFrom() {
        offline.take(AMINA, source, local, LOCAL, List.of(tram.slug()), 0);
        try (Database other = TestNewsrooms.open(dir.resolve("other.db"))) {
            RefusedException refused = assertThrows(RefusedException.class,
                    () -> bringBack(other, local));
            assertTrue(refused.getMessage().contains(OfflineService.addressOf(source)), refused.getMessage());
            assertTrue(refused.getMessage().contains(OfflineService.addressOf(other)), refused.getMessage());
            RefusedException second = assertThrows(RefusedException.class,
                    () -> offline.take(AMINA, other, local, LOCAL, List.of(), 1));
            assertTrue(second.getMessage().contains("Bring that copy back first"), second.getMessage());
        }
        try (Database empty = Database.open(dir.resolve("empty.db"), Database.OpenMode.CREATE,
                JsonDocumentCodec.INSTANCE)) {
            RefusedException none = assertThrows(RefusedException.class,
                    () -> bringBack(source, empty));
            assertTrue(none.getMessage().contains("holds no offline copy"), none.getMessage());
        }
        var unknown = assertThrows(com.newsdesk.domain.InvalidInputException.class,
                () -> offline.take(AMINA, source, local, LOCAL, List.of("no-such-article"), 0));
        assertTrue(unknown.getMessage().contains("no article \"no-such-article\""), unknown.getMessage());
        assertEquals(1, local.read(tx -> tx.offline().takenArticles()).size(), "a refused taking takes nothing");
    }

    private OfflineService.Returned bringBack(Database to, Database from) {
        return offline.bringBack(AMINA, to, from, LOCAL, com.newsdesk.service.TaskMonitor.NONE);
    }

    private long pendingComment(String author) {
        return source.write(tx -> tx.comments().insert(new Comment(0, tram.id(), null, author,
                author.toLowerCase().replace(' ', '.') + "@example.org", "A comment by " + author, CommentStatus.PENDING,
                "", Instant.parse("2026-11-28T09:00:00Z"), null, null)));
    }

    private Article onlyLocalArticle() {
        List<Long> ids = local.read(tx -> tx.offline().takenArticles()).stream()
                .map(com.newsdesk.domain.offline.TakenArticle::localId).toList();
        assertEquals(1, ids.size());
        return localArticles.find(LOCAL, String.valueOf(ids.get(0)));
    }

    private static List<Integer> counts(OfflineService.Returned returned) {
        return List.of(returned.saved(), returned.conflicts(), returned.created(), returned.refused());
    }

    private static ArticleDraft draft(Article article, String headline, String body) {
        return new ArticleDraft(headline, article.dek(), article.byline(), article.section(), article.tags(),
                article.slug(), article.language(), Document.of(Block.paragraph(body)));
    }
}
