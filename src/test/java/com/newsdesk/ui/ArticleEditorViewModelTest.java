package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.articles.ArticleEditorViewModel;
import com.newsdesk.ui.articles.ArticleEditorViewModel.SaveState;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Debouncer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor tab's saving, without a toolkit: work runs at once, the autosave timer is flushed by hand. */
class ArticleEditorViewModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private static final Actor WRITER = Actor.staff("julien", Role.WRITER);
    private static final Actor EDITOR = Actor.staff("nadia", Role.EDITOR);
    @TempDir Path dir;
    private Database db;
    private ArticleService articles;
    private Article article;
    private final Debouncer timer = Debouncer.manual();
    private Document body = Document.EMPTY;

    @BeforeEach
    void articleByAWriter() {
        db = TestNewsrooms.open(dir.resolve("n.db"));
        articles = new ArticleService(db, TestNewsrooms.CLOCK);
        article = articles.create(WRITER, "Le tramway");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ArticleEditorViewModel editor(Actor actor) {
        ArticleEditorViewModel model = new ArticleEditorViewModel(actor, articles, BackgroundExecutor.direct(), timer, dialogs,
                article.id());
        model.bodySource(() -> body);
        model.open();
        return model;
    }

    private Article stored() {
        return db.read(tx -> tx.articles().find(article.id())).orElseThrow();
    }

    @Test
    void anArticleWhoseStoredBodyIsDamagedIsNotShownAsIfItWereEmpty() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(com.newsdesk.service.TestServer.active(), "edits the file by hand");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("n.db"));
                var statement = connection.createStatement()) {
            statement.execute("UPDATE articles SET body = '{\"version\":1,\"blocks\":[' WHERE id = " + article.id());
        }
        ArticleEditorViewModel model = editor(EDITOR);
        assertEquals(SaveState.NOT_OPENED, model.saveStateProperty().get());
        assertEquals("Could not open this article: The body of article " + article.id() + " in the newsroom is"
                + " damaged (not valid JSON: it ends too early). Restore the newsroom from a backup ('newsdesk"
                + " restore').", model.messageProperty().get());
        assertFalse(model.editableProperty().get(), "nothing can be typed over it");
        model.save();
        assertEquals(SaveState.NOT_OPENED, model.saveStateProperty().get(), "nor saved");
    }

    @Test
    void publishingAndSchedulingAskFirstNamingWhatHappens() {
        ArticleEditorViewModel model = editor(EDITOR);
        assertTrue(model.confirmationFor(ArticleStatus.PUBLISHED).isEmpty(), "an empty body: the refusal says why");
        body = Document.of(Block.paragraph("Le tramway arrive lundi."));
        model.edited();
        var publish = model.confirmationFor(ArticleStatus.PUBLISHED).orElseThrow();
        assertEquals("Publish now: \u201CLe tramway\u201D becomes visible to readers as soon as you confirm.",
                publish.message());
        assertEquals("Publish now", publish.action());
        assertTrue(model.confirmationFor(ArticleStatus.SCHEDULED).isEmpty(), "no time yet: the refusal asks for one");
        model.scheduledAtProperty().set("2031-03-02 09:30");
        var schedule = model.confirmationFor(ArticleStatus.SCHEDULED).orElseThrow();
        assertEquals("Schedule for 2031-03-02 09:30 (" + java.time.ZoneId.systemDefault().getId()
                + "): \u201CLe tramway\u201D becomes visible to readers then, not before.", schedule.message());
        assertTrue(model.confirmationFor(ArticleStatus.IN_REVIEW).isEmpty());
    }

    @Test
    void schedulesAreTypedAndShownInTheNewsroomsTimeZone() {
        assertEquals("time zone: \"Mars/Olympus\" is not a time zone such as Africa/Casablanca, Europe/Paris or UTC",
                org.junit.jupiter.api.Assertions.assertThrows(com.newsdesk.domain.InvalidInputException.class,
                        () -> articles.setTimeZone(EDITOR, "Mars/Olympus")).getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(com.newsdesk.domain.AccessDeniedException.class,
                () -> articles.setTimeZone(com.newsdesk.domain.Actor.staff("w", com.newsdesk.domain.Role.WRITER),
                        "UTC"));
        articles.setTimeZone(EDITOR, "Asia/Tokyo");
        ArticleEditorViewModel model = editor(EDITOR);
        assertEquals(java.time.ZoneId.of("Asia/Tokyo"), model.zoneProperty().get());
        body = Document.of(Block.paragraph("Le tramway arrive lundi."));
        model.scheduledAtProperty().set("2031-03-02 09:30");
        assertEquals("Schedule for 2031-03-02 09:30 (Asia/Tokyo): \u201CLe tramway\u201D becomes visible to readers"
                + " then, not before.", model.confirmationFor(ArticleStatus.SCHEDULED).orElseThrow().message());
        model.save();
        assertEquals(java.time.Instant.parse("2031-03-02T00:30:00Z"), stored().scheduledAt(), "09:30 in Tokyo");
        ArticleEditorViewModel reopened = editor(EDITOR);
        assertEquals("2031-03-02 09:30", reopened.scheduledAtProperty().get());
    }

    @Test
    void aRefusedMoveSaysWhyWithoutFieldNames() {
        ArticleEditorViewModel model = editor(EDITOR);
        body = Document.of(Block.paragraph("Le tramway arrive lundi."));
        model.edited();
        model.move(ArticleStatus.SCHEDULED);
        assertEquals("Set a time before scheduling.", model.messageProperty().get());
    }

    @Test
    void anEditIsSavedWhenTheTimerFires() {
        ArticleEditorViewModel model = editor(WRITER);
        assertEquals(SaveState.SAVED, model.saveStateProperty().get());
        body = Document.of(Block.paragraph("Premier paragraphe."));
        model.edited();
        model.headlineProperty().set("Le tramway arrive");
        assertEquals(SaveState.EDITED, model.saveStateProperty().get());
        assertTrue(timer.isPending());
        timer.flush();
        assertEquals(SaveState.SAVED, model.saveStateProperty().get());
        assertEquals("Le tramway arrive", stored().headline());
        assertEquals("Premier paragraphe.", stored().bodyText());
        assertTrue(model.messageProperty().get().startsWith("Saved at "));
    }

    @Test
    void aConflictIsShownAndNothingIsOverwrittenUntilTheWriterChooses() {
        ArticleEditorViewModel model = editor(WRITER);
        articles.autosave(EDITOR, article.id(), new ArticleDraft("Their headline", "", "", "", List.of(),
                article.slug(), "fr", Document.of(Block.paragraph("Their text."))), stored().version());
        body = Document.of(Block.paragraph("My text."));
        model.edited();
        timer.flush();
        assertEquals(SaveState.CONFLICT, model.saveStateProperty().get());
        assertNotNull(model.theirsProperty().get());
        assertEquals("Their text.", stored().bodyText());

        model.keepMine();
        assertEquals(SaveState.SAVED, model.saveStateProperty().get());
        assertEquals("My text.", stored().bodyText());
        assertTrue(articles.revisions(WRITER, article.id()).stream()
                .anyMatch(revision -> revision.note().equals("Kept over a conflicting edit")));
    }

    @Test
    void takingTheirsLoadsTheOtherVersion() {
        ArticleEditorViewModel model = editor(WRITER);
        articles.autosave(EDITOR, article.id(), new ArticleDraft("Their headline", "", "", "", List.of(),
                article.slug(), "fr", Document.of(Block.paragraph("Their text."))), stored().version());
        model.edited();
        timer.flush();
        model.takeTheirs();
        assertNull(model.theirsProperty().get());
        assertEquals("Their headline", model.headlineProperty().get());
        assertEquals("Their text.", model.loadedBodyProperty().get().plainText());
        assertEquals(SaveState.SAVED, model.saveStateProperty().get());
    }

    @Test
    void publishingRightAfterTypingWaitsForTheSaveInsteadOfConflicting() {
        java.util.ArrayDeque<Runnable> work = new java.util.ArrayDeque<>();
        ArticleEditorViewModel model = new ArticleEditorViewModel(EDITOR, articles,
                BackgroundExecutor.using(work::add, Runnable::run), timer, dialogs, article.id());
        model.bodySource(() -> body);
        model.open();
        while (!work.isEmpty()) {
            work.poll().run(); // opening: the article, its corrections, the tags in use
        }
        body = Document.of(Block.paragraph("Typed just before publishing."));
        model.edited();
        model.move(ArticleStatus.PUBLISHED); // flushes the autosave; the move must wait for it
        assertEquals(1, work.size(), "only the autosave runs; the move waits its turn");
        work.poll().run();
        assertEquals(1, work.size(), "the move starts once the save is done, from its version");
        work.poll().run();
        assertEquals(ArticleStatus.PUBLISHED, stored().status());
        assertEquals("Typed just before publishing.", stored().bodyText());
        assertEquals("Now published.", model.messageProperty().get());
    }

    @Test
    void closingDuringASaveSavesTheLastKeystrokesToo() {
        java.util.ArrayDeque<Runnable> work = new java.util.ArrayDeque<>();
        ArticleEditorViewModel model = new ArticleEditorViewModel(WRITER, articles,
                BackgroundExecutor.using(work::add, Runnable::run), timer, dialogs, article.id());
        model.bodySource(() -> body);
        model.open();
        while (!work.isEmpty()) {
            work.poll().run(); // opening: the article, its corrections, the tags in use
        }
        body = Document.of(Block.paragraph("first"));
        model.edited();
        timer.flush(); // a save is under way
        body = Document.of(Block.paragraph("first and last"));
        model.edited();
        model.close(() -> { });
        while (!work.isEmpty()) {
            work.poll().run();
        }
        assertEquals("first and last", stored().bodyText());
        assertEquals(0, db.read(tx -> tx.articles().editSession(article.id(), "julien")).stream().count());
    }

    @Test
    void exportsWhatWasLastTypedAndImportsFilesAsDrafts() throws Exception {
        ArticleEditorViewModel model = editor(WRITER);
        body = Document.of(Block.paragraph("Exported words."));
        model.edited();
        Path html = dir.resolve("out.html");
        model.exportTo(html, ArticleService.ArticleFormat.HTML);
        assertTrue(java.nio.file.Files.readString(html).contains("<p>Exported words.</p>"));
        Path markdown = dir.resolve("note.md");
        java.nio.file.Files.writeString(markdown, "# Imported headline\n\nSome *text*.");
        Article imported = articles.importFile(WRITER, markdown);
        assertEquals("Imported headline", imported.headline());
        assertEquals("julien", imported.createdBy());
    }

    @Test
    void aDraftsSlugFollowsItsHeadlineUntilEditedAndStaysUnique() {
        Article other = articles.create(WRITER, "Le tramway arrive");
        ArticleEditorViewModel model = editor(WRITER);
        model.headlineProperty().set("Le tramway arrive");
        assertEquals("le-tramway-arrive", model.slugProperty().get());
        timer.flush();
        assertEquals("le-tramway-arrive-2", stored().slug(), "taken by another draft: the next free number");
        model.slugProperty().set("mon-slug");
        model.headlineProperty().set("Autre titre");
        assertEquals("mon-slug", model.slugProperty().get(), "edited by hand: it stays");
        assertEquals("le-tramway-arrive", other.slug());
    }

    @Test
    void someoneWhoMayNotEditReadsOnly() {
        ArticleEditorViewModel model = editor(Actor.staff("lea", Role.WRITER));
        assertFalse(model.editableProperty().get());
        model.headlineProperty().set("Not mine");
        assertFalse(timer.isPending(), "no autosave for a read-only editor");
        assertEquals("Le tramway", stored().headline());
    }

    @Test
    void movesFollowTheRoleAndClosingKeepsTheLastAutosave() {
        ArticleEditorViewModel model = editor(WRITER);
        assertEquals(List.of(ArticleStatus.IN_REVIEW), model.moves());
        body = Document.of(Block.paragraph("Done."));
        model.edited();
        model.close(() -> { });
        assertEquals("Done.", stored().bodyText(), "closing saves what the timer had not");
        assertEquals("Autosave", articles.revisions(WRITER, article.id()).get(0).note());
    }
}
