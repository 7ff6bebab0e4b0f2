package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.ArticleWorkflow;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleServiceTest {
    private static final Actor WRITER = Actor.staff("julien", Role.WRITER);
    private static final Actor OTHER_WRITER = Actor.staff("lea", Role.WRITER);
    private static final Actor EDITOR = Actor.staff("nadia", Role.EDITOR);
    private static final Actor MODERATOR = Actor.staff("hugo", Role.MODERATOR);
    @TempDir Path dir;
    private Database db;
    private ArticleService articles;

    @BeforeEach
    void open() {
        db = TestNewsrooms.open(dir.resolve("n.db"));
        articles = new ArticleService(db, TestNewsrooms.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ArticleDraft draft(Article article, String body) {
        return new ArticleDraft(article.headline(), article.dek(), article.byline(), article.section(), article.tags(),
                article.slug(), article.language(), Document.of(Block.paragraph(body)));
    }

    @Test
    void aWriterCreatesAndEditsTheirOwnDraftOnly() {
        Article article = articles.create(WRITER, "Le tramway arrive à Fès");
        assertEquals("le-tramway-arrive-a-fes", article.slug());
        assertEquals("julien", article.createdBy());
        assertEquals("le-tramway-arrive-a-fes-2", articles.create(WRITER, "Le tramway arrive à Fès").slug());
        assertTrue(articles.open(WRITER, article.id()).editable());
        assertFalse(articles.open(OTHER_WRITER, article.id()).editable());
        assertThrows(AccessDeniedException.class,
                () -> articles.autosave(OTHER_WRITER, article.id(), draft(article, "not mine"), article.version()));
        assertThrows(AccessDeniedException.class, () -> articles.create(MODERATOR, "No"));
        assertTrue(articles.open(EDITOR, article.id()).editable(), "editors edit any article");
    }

    @Test
    void aNewArticleHasNoHeadlineAndLeftUntouchedLeavesNothingBehind() {
        Article untouched = articles.create(WRITER, "");
        assertEquals("", untouched.headline(), "no \"Untitled\" to publish by mistake");
        assertEquals("untitled", untouched.slug());
        articles.open(WRITER, untouched.id());
        assertTrue(articles.close(WRITER, untouched.id()), "closed untouched: removed");
        assertTrue(db.read(tx -> tx.articles().find(untouched.id())).isEmpty());
        assertEquals(0, articles.list(WRITER, com.newsdesk.domain.ArticleFilter.ALL, 10).size());

        Article typedIn = articles.create(WRITER, "");
        articles.open(WRITER, typedIn.id());
        articles.autosave(WRITER, typedIn.id(), draft(typedIn, "A first sentence."), typedIn.version());
        assertFalse(articles.close(WRITER, typedIn.id()), "anything typed is kept");
        Article someoneElses = articles.create(WRITER, "");
        articles.open(EDITOR, someoneElses.id());
        assertFalse(articles.close(EDITOR, someoneElses.id()), "only its author's own untouched draft goes");
        assertEquals(2L, (long) db.read(tx -> tx.articles().count()));

        var refused = assertThrows(InvalidInputException.class, () -> articles.changeStatus(EDITOR,
                someoneElses.id(), ArticleStatus.PUBLISHED, someoneElses.version()));
        assertTrue(refused.getMessage().contains("The headline is empty."), refused.getMessage());
    }

    @Test
    void savesCheckTheVersionSoNobodyOverwritesAnybody() {
        Article article = articles.create(WRITER, "Headline");
        Article mine = articles.autosave(WRITER, article.id(), draft(article, "my words"), article.version());
        assertEquals(article.version() + 1, mine.version());
        Article theirs = articles.autosave(EDITOR, article.id(), draft(article, "their words"), mine.version());
        ArticleConflictException conflict = assertThrows(ArticleConflictException.class,
                () -> articles.autosave(WRITER, article.id(), draft(article, "my later words"), mine.version()));
        assertEquals(theirs.version(), conflict.theirs().version());
        assertEquals("their words", db.read(tx -> tx.articles().find(article.id())).orElseThrow().bodyText());
    }

    @Test
    void aCrashedSessionIsRecoveredAndItsLastAutosaveKeptAsARevision() {
        Article article = articles.create(WRITER, "Headline");
        articles.open(WRITER, article.id());
        Article saved = articles.autosave(WRITER, article.id(), draft(article, "typed before the crash"), article.version());
        // no close(): the process died
        ArticleService.Opened reopened = articles.open(WRITER, article.id());
        assertEquals(saved.updatedAt(), reopened.recoveredFrom());
        assertEquals("typed before the crash", reopened.article().bodyText());
        List<ArticleRevision> revisions = articles.revisions(WRITER, article.id());
        assertEquals(List.of("Recovered autosave", "Created"), revisions.stream().map(ArticleRevision::note).toList());
        articles.close(WRITER, article.id());
        assertEquals(2, articles.revisions(WRITER, article.id()).size(), "nothing new since the recovery: no revision");
        assertNull(articles.open(WRITER, article.id()).recoveredFrom(), "a closed session recovers nothing");
    }

    @Test
    void autosavesAreCoalescedIntoOneRevisionPerSession() {
        Article article = articles.create(WRITER, "Headline");
        articles.open(WRITER, article.id());
        long version = article.version();
        for (int i = 0; i < 5; i++) {
            version = articles.autosave(WRITER, article.id(), draft(article, "draft " + i), version).version();
        }
        articles.close(WRITER, article.id());
        List<ArticleRevision> revisions = articles.revisions(WRITER, article.id());
        assertEquals(List.of("Autosave", "Created"), revisions.stream().map(ArticleRevision::note).toList());
        assertEquals("draft 4", revisions.get(0).body().plainText());
    }

    @Test
    void autosaveNumbersATakenSlugWhereAManualSaveRefusesIt() {
        Article first = articles.create(WRITER, "First");
        Article second = articles.create(WRITER, "Second");
        ArticleDraft clash = new ArticleDraft("Second", "", "", "", List.of(), first.slug(), "en", Document.EMPTY);
        assertEquals("first-2", articles.autosave(WRITER, second.id(), clash, second.version()).slug());
        Article current = db.read(tx -> tx.articles().find(second.id())).orElseThrow();
        ArticleDraft invalid = new ArticleDraft("Second", "", "", "", List.of(), "has space", "en", Document.EMPTY);
        assertEquals("first-2", articles.autosave(WRITER, second.id(), invalid, current.version()).slug(),
                "an unusable slug is not saved; the stored one stays");
        Article latest = db.read(tx -> tx.articles().find(second.id())).orElseThrow();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> articles.save(WRITER, second.id(), clash, latest.version(), null));
        assertEquals("slug: \"first\" is the slug of another article", refused.getMessage());
    }

    @Test
    void restoringARevisionKeepsTheCurrentTextInTheHistory() {
        Article article = articles.create(WRITER, "Headline");
        Article first = articles.save(WRITER, article.id(), draft(article, "first version"), article.version(), "One");
        Article second = articles.save(WRITER, article.id(), draft(first, "second version"), first.version(), "Two");
        ArticleRevision one = articles.revisions(WRITER, article.id()).stream()
                .filter(revision -> revision.note().equals("One")).findFirst().orElseThrow();
        Article restored = articles.restore(WRITER, article.id(), one.id(), second.version());
        assertEquals("first version", restored.bodyText());
        List<String> notes = articles.revisions(WRITER, article.id()).stream().map(ArticleRevision::note).toList();
        assertEquals("Restored the revision of " + one.createdAt(), notes.get(0));
        assertEquals("Before restoring a revision", notes.get(1));
        assertEquals("second version", articles.revisions(WRITER, article.id()).get(1).body().plainText());
    }

    @Test
    void schedulingNeedsAFutureTimeAndCorrectionsArePublishedArticlesOnly() throws Exception {
        Article article = articles.create(EDITOR, "Headline");
        Article written = articles.autosave(EDITOR, article.id(), new ArticleDraft("Headline", "Dek", "By", "", List.of(),
                article.slug(), "en", Document.of(Block.paragraph("Text.")), null,
                com.newsdesk.domain.ArticleExtras.NONE), article.version());
        assertEquals("scheduled time: set a time before scheduling", assertThrows(InvalidInputException.class,
                () -> articles.changeStatus(EDITOR, article.id(), ArticleStatus.SCHEDULED, written.version())).getMessage());
        Article timed = articles.autosave(EDITOR, article.id(), new ArticleDraft("Headline", "Dek", "By", "", List.of(),
                article.slug(), "en", Document.of(Block.paragraph("Text.")), TestNewsrooms.CLOCK.instant().plusSeconds(60),
                new com.newsdesk.domain.ArticleExtras("Ex", "SEO", "Meta", "", "", "", null)), written.version());
        Article scheduled = articles.changeStatus(EDITOR, article.id(), ArticleStatus.SCHEDULED, timed.version());
        assertEquals("SEO", scheduled.extras().seoTitle(), "a status change keeps the extras");
        assertThrows(InvalidInputException.class, () -> articles.addCorrection(EDITOR, article.id(), "Too early"));
        articles.changeStatus(EDITOR, article.id(), ArticleStatus.PUBLISHED, scheduled.version());
        assertThrows(AccessDeniedException.class, () -> articles.addCorrection(WRITER, article.id(), "Not mine"));
        articles.addCorrection(EDITOR, article.id(), "The vote was on Tuesday, not Monday.");
        assertEquals(List.of("The vote was on Tuesday, not Monday."), articles.corrections(WRITER, article.id()).stream()
                .map(com.newsdesk.domain.Correction::note).toList());

        Path image = dir.resolve("Photo of the tram.JPG");
        java.nio.file.Files.write(image, new byte[] {1, 2, 3});
        String stored = articles.copyImage(EDITOR, article.id(), image);
        assertEquals(article.id() + "-Photo-of-the-tram.JPG", stored);
        assertTrue(java.nio.file.Files.exists(articles.assetsFolder().resolve(stored)));
        if (!TestServer.active()) {
            assertEquals(dir.resolve("assets"), articles.assetsFolder()); // beside the newsroom file
        }
        assertThrows(InvalidInputException.class, () -> articles.copyImage(EDITOR, article.id(), dir.resolve("n.db")));
    }

    @Test
    void theWorkflowFollowsTheRoles() {
        Article article = articles.create(WRITER, "Headline");
        assertEquals(List.of(ArticleStatus.IN_REVIEW), ArticleWorkflow.movesFor(WRITER, article));
        assertEquals(List.of(), ArticleWorkflow.movesFor(OTHER_WRITER, article));
        assertThrows(AccessDeniedException.class,
                () -> articles.changeStatus(WRITER, article.id(), ArticleStatus.PUBLISHED, article.version()));
        Article inReview = articles.changeStatus(WRITER, article.id(), ArticleStatus.IN_REVIEW, article.version());
        InvalidInputException notReady = assertThrows(InvalidInputException.class,
                () -> articles.changeStatus(EDITOR, article.id(), ArticleStatus.PUBLISHED, inReview.version()));
        assertEquals("checklist: not ready to publish: The body is empty.", notReady.getMessage());
        Article written = articles.autosave(EDITOR, article.id(), draft(inReview, "The tram opens."), inReview.version());
        assertFalse(articles.open(WRITER, article.id()).editable(), "a submitted draft is the editors' now");
        Article published = articles.changeStatus(EDITOR, article.id(), ArticleStatus.PUBLISHED, written.version());
        assertEquals(TestNewsrooms.CLOCK.instant(), published.publishedAt());
        assertThrows(InvalidInputException.class,
                () -> articles.changeStatus(EDITOR, article.id(), ArticleStatus.IN_REVIEW, published.version()));
        assertEquals("in_review → published", articles.revisions(EDITOR, article.id()).get(0).note());

        assertEquals(List.of(ArticleStatus.DRAFT, ArticleStatus.ARCHIVED), ArticleWorkflow.movesFor(EDITOR, published));
        assertEquals(List.of(), ArticleWorkflow.movesFor(WRITER, published), "unpublishing is an editor's move");
        Article unpublished = articles.changeStatus(EDITOR, article.id(), ArticleStatus.DRAFT, published.version());
        assertEquals(ArticleStatus.DRAFT, unpublished.status());
        assertEquals(published.publishedAt(), unpublished.publishedAt(), "the first publication date is kept");
    }

    private Article published(String headline, String body) {
        Article article = articles.create(EDITOR, headline);
        Article written = articles.autosave(EDITOR, article.id(), draft(article, body), article.version());
        return articles.changeStatus(EDITOR, article.id(), ArticleStatus.PUBLISHED, written.version());
    }

    private String liveBody(long id) {
        return db.read(tx -> tx.articles().find(id)).orElseThrow().bodyText();
    }

    @Test
    void editsToAPublishedArticleWaitForUpdate() {
        Article live = published("Le port de Tanger s'agrandit", "Live text.");
        Article edited = articles.autosave(EDITOR, live.id(), draft(live, "Edited text."), live.version());
        assertEquals("Edited text.", edited.bodyText(), "the editor sees its own changes");
        assertEquals("Live text.", liveBody(live.id()), "readers still see the live text");
        assertTrue(articles.list(EDITOR, com.newsdesk.domain.ArticleFilter.ALL, 10).get(0).changesPending());
        assertEquals("published, changes not yet live",
                articles.list(EDITOR, com.newsdesk.domain.ArticleFilter.ALL, 10).get(0).statusText());
        ArticleService.Opened reopened = articles.open(EDITOR, live.id());
        assertEquals("Edited text.", reopened.article().bodyText(), "reopening finds the changes");
        assertEquals(TestNewsrooms.CLOCK.instant(), reopened.changesPendingSince());
        assertThrows(ArticleConflictException.class, () -> articles.autosave(EDITOR, live.id(),
                draft(live, "From a stale editor."), live.version()), "pending saves check the version too");

        assertThrows(AccessDeniedException.class, () -> articles.updateLive(WRITER, live.id(), edited.version()));
        Article updated = articles.updateLive(EDITOR, live.id(), edited.version());
        assertEquals("Edited text.", liveBody(live.id()));
        assertEquals(ArticleStatus.PUBLISHED, updated.status());
        assertFalse(articles.list(EDITOR, com.newsdesk.domain.ArticleFilter.ALL, 10).get(0).changesPending());
        assertTrue(articles.revisions(EDITOR, live.id()).stream()
                .anyMatch(revision -> revision.note().equals("The live text, before an update")
                        && revision.body().plainText().equals("Live text.")));
        assertEquals("changes: there are no changes waiting to go live", assertThrows(InvalidInputException.class,
                () -> articles.updateLive(EDITOR, live.id(), updated.version())).getMessage());

        Article again = articles.save(EDITOR, live.id(), draft(updated, "Second edit."), updated.version(), null);
        assertEquals("Saved (not yet live)", articles.revisions(EDITOR, live.id()).get(0).note());
        Article discarded = articles.discardChanges(EDITOR, live.id(), again.version());
        assertEquals("Edited text.", discarded.bodyText());
        assertNull(articles.open(EDITOR, live.id()).changesPendingSince());
        assertEquals("Second edit.", articles.revisions(EDITOR, live.id()).get(0).body().plainText(),
                "a discarded text stays in the revisions");
    }

    @Test
    void unpublishingTakesTheChangesThatWereWaiting() {
        Article live = published("Headline", "Live text.");
        Article edited = articles.autosave(EDITOR, live.id(), draft(live, "Waiting text."), live.version());
        Article draft = articles.changeStatus(EDITOR, live.id(), ArticleStatus.DRAFT, edited.version());
        assertEquals("Waiting text.", draft.bodyText());
        assertNull(articles.open(EDITOR, live.id()).changesPendingSince());
        Article direct = articles.autosave(EDITOR, live.id(), draft(draft, "A draft again."), draft.version());
        assertEquals("A draft again.", liveBody(live.id()), "a draft is edited in place");
        assertFalse(articles.list(EDITOR, com.newsdesk.domain.ArticleFilter.ALL, 10).get(0).changesPending());
        assertEquals(direct.version(), articles.find(EDITOR, String.valueOf(live.id())).version());
    }

    @Test
    void aDeletedDraftWaitsThirtyDaysInTheTrash() {
        MutableClock clock = new MutableClock(TestNewsrooms.CLOCK.instant());
        ArticleService timed = new ArticleService(db, clock);
        Article mine = timed.create(WRITER, "Mine");
        Article theirs = timed.create(OTHER_WRITER, "Theirs");
        Article live = published("Live", "Text.");
        assertThrows(AccessDeniedException.class, () -> timed.deleteDraft(WRITER, theirs.id()));
        assertEquals("status: only drafts can be deleted; this one is published (unpublish it first)",
                assertThrows(InvalidInputException.class, () -> timed.deleteDraft(EDITOR, live.id())).getMessage());
        var deleted = timed.deleteDraft(WRITER, mine.id());
        assertEquals(clock.instant().plus(java.time.Duration.ofDays(30)), deleted.removedAt());
        timed.deleteDraft(EDITOR, theirs.id()); // an Editor deletes anyone's draft
        assertEquals(List.of("Live"), timed.list(EDITOR, com.newsdesk.domain.ArticleFilter.ALL, 10).stream()
                .map(com.newsdesk.domain.ArticleSummary::headline).toList(), "deleted drafts leave every list");
        assertEquals(1, new NewsroomService(db).stats().articleCount());
        assertEquals(List.of(), timed.search(EDITOR, "Mine", com.newsdesk.domain.ArticleFilter.ALL, 10),
                "nor found by search");
        assertEquals(List.of("Theirs", "Mine"), timed.list(EDITOR, com.newsdesk.domain.ArticleFilter.ALL
                .withDeleted(true), 10).stream().map(com.newsdesk.domain.ArticleSummary::headline).toList());
        assertEquals("in the trash until 2026-12-29", timed.list(EDITOR, com.newsdesk.domain.ArticleFilter.ALL
                .withDeleted(true), 10).get(0).statusText());

        timed.restoreDeleted(WRITER, mine.id());
        assertEquals(2, new NewsroomService(db).stats().articleCount());
        clock.advance(java.time.Duration.ofDays(29));
        assertEquals(1, timed.trash(EDITOR).size(), "still restorable on day 29");
        clock.advance(java.time.Duration.ofDays(2));
        assertEquals(List.of(), timed.trash(EDITOR));
        assertTrue(db.read(tx -> tx.articles().find(theirs.id())).isEmpty(), "removed for good after 30 days");
        assertEquals(List.of("article.purge"), db.read(tx -> tx.audit().ofRecord("article", theirs.id())).stream()
                .map(com.newsdesk.domain.AuditEntry::action).filter(action -> action.equals("article.purge")).toList());
    }
}
