package com.newsdesk.ui.articles;

import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.ArticleWorkflow;
import com.newsdesk.domain.PublishChecklist;
import com.newsdesk.domain.document.Document;
import com.newsdesk.service.ArticleConflictException;
import com.newsdesk.service.ArticleService;
import com.newsdesk.ui.common.DialogService;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Debouncer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One article open in an editor tab. Every change schedules an autosave 2 s after the last one; saves run off the
 * JavaFX thread one at a time and always say which version they started from, so a conflict is shown, never
 * overwritten. The body is read through a supplier the view provides, so this class never touches a control.
 */
public final class ArticleEditorViewModel {
    /** Where the editor's text stands with respect to the database. */
    /** Where the tab's text stands; NOT_OPENED: the article could not be read, and nothing can be edited or saved. */
    public enum SaveState { LOADING, SAVED, EDITED, SAVING, CONFLICT, FAILED, NOT_OPENED }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private PublishChecklist.Item writingItem;
    private ArticleDraft lastDraft;
    private WritingChecks writing;
    private final DialogService dialogs;
    private final Actor actor;
    private final ArticleService articles;
    private final BackgroundExecutor executor;
    private final Debouncer autosave;
    private final long articleId;

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty dek = new SimpleStringProperty("");
    private final StringProperty byline = new SimpleStringProperty("");
    private final StringProperty section = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty slug = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("en");
    private final StringProperty excerpt = new SimpleStringProperty("");
    private final StringProperty seoTitle = new SimpleStringProperty("");
    private final StringProperty metaDescription = new SimpleStringProperty("");
    private final StringProperty imageFile = new SimpleStringProperty("");
    private final StringProperty imageAlt = new SimpleStringProperty("");
    private final StringProperty imageCaption = new SimpleStringProperty("");
    /** Times as typed, "2026-12-01 09:30" in this computer's time zone; empty for none. */
    private final StringProperty scheduledAt = new SimpleStringProperty("");
    private final StringProperty embargoAt = new SimpleStringProperty("");
    private final ObservableList<com.newsdesk.domain.Correction> corrections = FXCollections.observableArrayList();
    private final ObservableList<String> tagSuggestions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Document> loadedBody = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ArticleStatus> status = new ReadOnlyObjectWrapper<>();
    /** The newsroom's time zone, in which schedules and embargoes are typed and shown. */
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneId.systemDefault());
    /** A published article with edits saved but not live: Update makes them live, Discard changes drops them. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper changesPending =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final ObservableList<ArticleStatus> moves = FXCollections.observableArrayList();
    private final ObservableList<ArticleRevision> revisions = FXCollections.observableArrayList();
    private final ObservableList<PublishChecklist.Item> checklist = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Article> theirs = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);

    private Supplier<Document> body = () -> Document.EMPTY;
    /** A draft's slug follows its headline until someone edits the slug; a published slug never moves. */
    private boolean slugFollowsHeadline;
    private boolean settingSlug;
    private Article article;
    private long version;
    private final javafx.beans.property.ReadOnlyStringWrapper offlineNote =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<com.newsdesk.domain.offline.OfflineConflict>
            offlineConflict = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private long edits;
    private long savedEdits;
    private boolean saving;
    private boolean closed;
    /** Writes wait here while one runs: each starts from the version the one before produced. */
    private final java.util.ArrayDeque<Runnable> waitingWrites = new java.util.ArrayDeque<>();

    public ArticleEditorViewModel(Actor actor, ArticleService articles, BackgroundExecutor executor, Debouncer autosave,
            DialogService dialogs, long articleId) {
        this.actor = actor;
        this.dialogs = dialogs;
        this.articles = articles;
        this.executor = executor;
        this.autosave = autosave;
        this.articleId = articleId;
        headline.addListener((observable, before, after) -> {
            if (slugFollowsHeadline && !loading.get() && status.get() == ArticleStatus.DRAFT) {
                settingSlug = true;
                slug.set(com.newsdesk.domain.Slugs.fromHeadline(after));
                settingSlug = false;
            }
        });
        slug.addListener((observable, before, after) -> {
            if (!settingSlug && !loading.get()) {
                slugFollowsHeadline = false; // edited by hand: it stays as typed
            }
        });
        for (StringProperty field : List.of(headline, dek, byline, section, tags, slug, language, excerpt, seoTitle,
                metaDescription, imageFile, imageAlt, imageCaption, scheduledAt, embargoAt)) {
            field.addListener((observable, before, after) -> edited());
        }
    }

    public long articleId() { return articleId; }

    public StringProperty headlineProperty() { return headline; }

    public StringProperty dekProperty() { return dek; }

    public StringProperty bylineProperty() { return byline; }

    public StringProperty sectionProperty() { return section; }

    /** Tags as typed: comma-separated. */
    public StringProperty tagsProperty() { return tags; }

    public StringProperty slugProperty() { return slug; }

    public StringProperty languageProperty() { return language; }

    public StringProperty excerptProperty() { return excerpt; }

    public StringProperty seoTitleProperty() { return seoTitle; }

    public StringProperty metaDescriptionProperty() { return metaDescription; }

    /** The featured image's file name in the assets folder; empty for none. */
    public StringProperty imageFileProperty() { return imageFile; }

    public StringProperty imageAltProperty() { return imageAlt; }

    public StringProperty imageCaptionProperty() { return imageCaption; }

    public StringProperty scheduledAtProperty() { return scheduledAt; }

    public StringProperty embargoAtProperty() { return embargoAt; }

    /** Corrections of a published article, oldest first. */
    public ObservableList<com.newsdesk.domain.Correction> corrections() { return corrections; }

    /** Tags already in use, for suggestions while typing. */
    public ObservableList<String> tagSuggestions() { return tagSuggestions; }

    /** Where the featured image file lives, to show it. */
    public java.nio.file.Path imagePath() {
        return imageFile.get().isEmpty() ? null : articles.assetsFolder().resolve(imageFile.get());
    }

    public boolean canCorrect() {
        return actor.can(com.newsdesk.domain.Permission.REVIEW_AND_PUBLISH) && status.get() == ArticleStatus.PUBLISHED;
    }

    /** Copies a chosen image into the assets folder and makes it the featured image. */
    /** Whether a checklist item is the writing aids' warning (the status line makes it a jump to the first issue). */
    public boolean isWritingItem(PublishChecklist.Item item) {
        return item != null && item == writingItem;
    }

    /** The writing aids of this article, or null where the newsroom's window has none (tests without them). */
    public WritingChecks writing() { return writing; }

    /** Given once, when the article desk opens the article. */
    void checkWritingWith(WritingChecks checks) {
        this.writing = checks;
        checks.countProperty().addListener((observable, before, after) -> {
            if (lastDraft != null) {
                updateChecklist(lastDraft);
            }
        });
    }

    /** Choose… a featured image: asks for the file. */
    public void chooseImageAsked() {
        dialogs.fileToOpen("Featured image", null, DialogService.FileKind.of("Images", "*.png", "*.jpg", "*.jpeg",
                "*.gif", "*.webp")).ifPresent(this::chooseImage);
    }

    public void chooseImage(java.nio.file.Path source) {
        executor.submit(() -> articles.copyImage(actor, articleId, source), imageFile::set, this::failed);
    }

    public void addCorrection(String note) {
        executor.submit(() -> articles.addCorrection(actor, articleId, note), added -> {
            corrections.add(added);
            message.set("Correction added.");
        }, failure -> message.set("Correction not added: " + failure.getMessage()));
    }

    /** The body to show when the article is (re)loaded; the view puts it into the editor. */
    public ReadOnlyObjectProperty<Document> loadedBodyProperty() { return loadedBody.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ArticleStatus> statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty changesPendingProperty() { return changesPending.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ZoneId> zoneProperty() { return zone.getReadOnlyProperty(); }

    /** Whether this actor may make a published article's changes live. */
    public boolean canUpdateLive() {
        return actor.can(com.newsdesk.domain.Permission.REVIEW_AND_PUBLISH);
    }

    /** The question before Update: what readers will see, and when. */
    public MoveConfirmation updateConfirmation() {
        return new MoveConfirmation("Update", "Update: readers see these changes to \u201C" + headline.get().strip()
                + "\u201D as soon as you confirm. The text they see now stays in the revisions.", "Update now");
    }

    /** Update: the changes saved here become the published version, once what is being typed is saved. */
    public void updateLive() {
        autosave.flush();
        writeNow(false);
        inTurn(() -> {
            saving = true;
            executor.submit(() -> articles.updateLive(actor, articleId, version), updated -> {
                show(updated);
                changesPending.set(false);
                message.set("Updated: readers now see these changes.");
                writeDone();
            }, failure -> {
                message.set(failure instanceof com.newsdesk.domain.InvalidInputException invalid
                        ? sentence(invalid.problem()) : "Not updated: " + failure.getMessage());
                writeDone();
            });
        });
    }

    /** Discard changes: the editor goes back to the live text; the dropped text stays in the revisions. */
    public void discardChanges() {
        autosave.flush();
        writeNow(false);
        inTurn(() -> {
            saving = true;
            executor.submit(() -> articles.discardChanges(actor, articleId, version), live -> {
                show(live);
                changesPending.set(false);
                message.set("Changes discarded: this is the live version again (the discarded text is in the"
                        + " revisions).");
                writeDone();
            }, failure -> {
                message.set("Not discarded: " + failure.getMessage());
                writeDone();
            });
        });
    }

    /** "Taken offline by NAME since TIME" when a seat has this article offline; empty otherwise. */
    public ReadOnlyStringProperty offlineNoteProperty() { return offlineNote.getReadOnlyProperty(); }

    /** An offline version that came back after this article changed, waiting for a choice; null when none. */
    public ReadOnlyObjectProperty<com.newsdesk.domain.offline.OfflineConflict> offlineConflictProperty() {
        return offlineConflict.getReadOnlyProperty();
    }

    /** Reads who has the article offline and the offline versions in conflict with it. */
    public void loadOfflineState() {
        executor.submit(() -> java.util.Map.entry(articles.checkouts(actor, articleId),
                articles.conflicts(actor, articleId)), both -> {
            offlineNote.set(both.getKey().isEmpty() ? "" : "Taken offline by " + String.join(", ", both.getKey()
                    .stream().map(checkout -> checkout.takenBy() + " since " + TIME.format(checkout.takenAt()))
                    .toList()) + ": changes made here meet theirs when they bring it back; nothing is overwritten.");
            offlineConflict.set(both.getValue().isEmpty() ? null : both.getValue().get(0));
        }, failure -> message.set("Who has this article offline could not be read: " + failure.getMessage()));
    }

    /** The offline version in conflict and this editor's text, as two revisions to compare. */
    public List<ArticleRevision> offlineVersions() {
        var conflict = offlineConflict.get();
        if (conflict == null) {
            return List.of();
        }
        ArticleDraft offline = conflict.offline().draft();
        ArticleDraft mine = draft();
        return List.of(new ArticleRevision(conflict.revisionId(), articleId, offline.headline(), offline.body(),
                conflict.offline().savedBy(), "offline", conflict.offline().savedAt()),
                new ArticleRevision(0, articleId, mine.headline(), mine.body(), actor.username(), "this version",
                        java.time.Instant.now()));
    }

    /**
     * Settles the conflict: {@code keepOffline} makes the offline version the text (this one stays a revision),
     * otherwise this version stays (the offline one is a revision already). What is typed is saved first.
     */
    public void settleOfflineConflict(boolean keepOffline) {
        var conflict = offlineConflict.get();
        if (conflict == null) {
            return;
        }
        autosave.flush();
        writeNow(false);
        inTurn(() -> {
            saving = true;
            long revision = conflict.revisionId();
            executor.submit(() -> articles.settleConflict(actor, articleId, revision, keepOffline, version),
                    settled -> {
                        if (keepOffline) {
                            show(settled);
                            changesPending.set(settled.status() == ArticleStatus.PUBLISHED || changesPending.get());
                        }
                        message.set(keepOffline ? "Kept the offline changes by " + conflict.offline().savedBy()
                                + "; the text before them is kept as a revision." : "Kept this version; the offline"
                                + " changes by " + conflict.offline().savedBy() + " stay in the revisions.");
                        loadOfflineState();
                        loadRevisions();
                        writeDone();
                    }, failure -> {
                        message.set("Not settled: " + failure.getMessage());
                        writeDone();
                    });
        });
    }

    /** The status changes this actor may make now. */
    public ObservableList<ArticleStatus> moves() { return moves; }

    /** The pre-publish checklist of the text as last saved (blocking items first). */
    public ObservableList<PublishChecklist.Item> checklist() { return checklist; }

    /** Kept versions, newest first; filled by {@link #loadRevisions()}. */
    public ObservableList<ArticleRevision> revisions() { return revisions; }

    public void loadRevisions() {
        executor.submit(() -> articles.revisions(actor, articleId), revisions::setAll,
                failure -> message.set("The revisions could not be read: " + failure.getMessage()
                        + " Your text is not affected."));
    }

    /** Restores a revision as a new one, after saving what is unsaved. */
    public void restore(ArticleRevision revision) {
        autosave.flush();
        inTurn(() -> {
            saving = true;
            executor.submit(() -> articles.restore(actor, articleId, revision.id(), version), restored -> {
                show(restored);
                changesPending.set(restored.status() == ArticleStatus.PUBLISHED || changesPending.get());
                message.set("Restored the revision of " + TIME.format(revision.createdAt())
                        + "; the text before it is kept as a revision.");
                loadRevisions();
                writeDone();
            }, failure -> {
                failed(failure);
                writeDone();
            });
        });
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return saveState.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The other version when a save met a conflict, else null. */
    public ObjectProperty<Article> theirsProperty() { return theirs; }

    public void bodySource(Supplier<Document> source) { this.body = source; }

    public boolean isRightToLeft() { return "ar".equals(language.get()) || language.get().startsWith("ar-")
            || language.get().startsWith("he") || language.get().startsWith("fa") || language.get().startsWith("ur"); }

    public void open() {
        executor.submit(() -> articles.tags(actor), tagSuggestions::setAll, this::failed);
        loadOfflineState();
        executor.submit(() -> articles.corrections(actor, articleId), corrections::setAll, this::failed);
        executor.submit(() -> java.util.Map.entry(articles.open(actor, articleId), articles.timeZone(actor)), both -> {
            ArticleService.Opened opened = both.getKey();
            zone.set(both.getValue());
            show(opened.article());
            changesPending.set(opened.changesPendingSince() != null);
            editable.set(opened.editable());
            if (opened.recoveredFrom() != null) {
                message.set("Recovered: the last session did not close; this is its autosave from "
                        + TIME.format(opened.recoveredFrom()) + ".");
            } else if (!opened.editable()) {
                message.set("Read only: your role cannot edit this article in its current state.");
            }
        }, this::notOpened);
    }

    /** The article could not be read: nothing is shown as if it were, and nothing can be saved over it. */
    private void notOpened(Throwable failure) {
        editable.set(false);
        saveState.set(SaveState.NOT_OPENED);
        message.set("Could not open this article: " + failure.getMessage());
    }

    /** The view calls this on every change of the body; field changes call it themselves. */
    public void edited() {
        if (loading.get() || !editable.get()) {
            return;
        }
        edits++;
        if (saveState.get() != SaveState.CONFLICT) {
            saveState.set(SaveState.EDITED);
            autosave.schedule(this::autosaveNow);
        }
    }

    public void autosaveNow() {
        writeNow(false);
    }

    /** A manual save (Ctrl+S): kept as a revision. */
    public void save() {
        autosave.flush();
        writeNow(true);
    }

    /** Runs a write now, or after the one running; call on the JavaFX thread. */
    private void inTurn(Runnable write) {
        if (saving) {
            waitingWrites.add(write);
        } else {
            write.run();
        }
    }

    /** Marks the running write done and starts the next waiting one. */
    private void writeDone() {
        saving = false;
        Runnable next = waitingWrites.poll();
        if (next != null) {
            next.run();
        }
    }

    private void writeNow(boolean manual) {
        if (saving) {
            if (manual || waitingWrites.isEmpty()) {
                waitingWrites.add(() -> writeNow(manual)); // typed on while saving: saved right after
            }
            return;
        }
        if (closed || saveState.get() == SaveState.CONFLICT || saveState.get() == SaveState.NOT_OPENED
                || (!manual && edits == savedEdits)) {
            return;
        }
        ArticleDraft draft = draft();
        long startedFrom = version;
        long editsIncluded = edits;
        saving = true;
        saveState.set(SaveState.SAVING);
        executor.submit(() -> manual ? articles.save(actor, articleId, draft, startedFrom, null)
                : articles.autosave(actor, articleId, draft, startedFrom), saved -> {
                    article = saved;
                    version = saved.version();
                    savedEdits = editsIncluded;
                    if (saved.status() == ArticleStatus.PUBLISHED) {
                        changesPending.set(true); // kept aside: readers still see the live version
                    }
                    updateChecklist(draft);
                    String slugNote = saved.slug().equals(draft.slug()) ? ""
                            : " The slug \"" + draft.slug() + "\" is taken or not valid; \"" + saved.slug() + "\" is kept.";
                    message.set((manual ? "Saved as a revision at " : "Saved at ") + TIME.format(saved.updatedAt())
                            + (saved.status() == ArticleStatus.PUBLISHED ? " (not yet live)." : ".") + slugNote);
                    if (edits != savedEdits) {
                        saveState.set(SaveState.EDITED);
                        autosave.schedule(this::autosaveNow); // typed on while saving
                    } else {
                        saveState.set(SaveState.SAVED);
                    }
                    writeDone();
                }, failure -> {
                    if (failure instanceof ArticleConflictException conflict) {
                        theirs.set(conflict.theirs());
                        saveState.set(SaveState.CONFLICT);
                        message.set(conflict.getMessage() + " Keep yours (saved over theirs, theirs stays a revision)"
                                + " or take theirs.");
                    } else if (worthRetrying(failure)) {
                        // The newsroom was out of reach (a server away, a file locked): tried again by itself, so
                        // what was typed is saved when it is back, whether or not the writer types on.
                        saveState.set(SaveState.FAILED);
                        message.set("Not saved: " + failure.getMessage() + " Your text stays here; saving is tried"
                                + " again every few seconds.");
                        autosave.schedule(this::autosaveNow);
                    } else {
                        failed(failure);
                    }
                    writeDone();
                });
    }

    /** Resolves a conflict by saving this editor's text over the other version. */
    public void keepMine() {
        Article other = theirs.get();
        if (other == null) {
            return;
        }
        inTurn(() -> keepMineNow(other));
    }

    private void keepMineNow(Article other) {
        ArticleDraft draft = draft();
        saving = true;
        executor.submit(() -> articles.save(actor, articleId, draft, other.version(), "Kept over a conflicting edit"),
                saved -> {
                    theirs.set(null);
                    article = saved;
                    version = saved.version();
                    changesPending.set(saved.status() == ArticleStatus.PUBLISHED || changesPending.get());
                    savedEdits = edits;
                    saveState.set(SaveState.SAVED);
                    message.set("Saved your version; the other one stays in the revisions.");
                    writeDone();
                }, failure -> {
                    failed(failure);
                    writeDone();
                });
    }

    /** During a conflict: the other version and this editor's text, as two revisions to compare. */
    public List<ArticleRevision> conflictingVersions() {
        Article other = theirs.get();
        if (other == null) {
            return List.of();
        }
        ArticleDraft mine = draft();
        return List.of(new ArticleRevision(0, articleId, other.headline(), other.body(), "", "theirs", other.updatedAt()),
                new ArticleRevision(0, articleId, mine.headline(), mine.body(), actor.username(), "yours",
                        java.time.Instant.now()));
    }

    /** Resolves a conflict by loading the other version into the editor. */
    public void takeTheirs() {
        Article other = theirs.get();
        if (other != null) {
            theirs.set(null);
            show(other);
            message.set("Loaded the other version.");
        }
    }

    /** Writes the article as saved (after any save under way) to a file. */
    /** Export…: asks where; the file's extension (.html, .md or .json) says the format. */
    public void exportAsked() {
        dialogs.fileToSave("Export the article", null, slug.get() + ".html",
                DialogService.FileKind.of("HTML page", "*.html"), DialogService.FileKind.of("Markdown", "*.md"),
                DialogService.FileKind.of("Newsdesk JSON", "*.json")).ifPresent(file -> {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            exportTo(file, name.endsWith(".md") || name.endsWith(".markdown") ? ArticleService.ArticleFormat.MARKDOWN
                    : name.endsWith(".json") ? ArticleService.ArticleFormat.JSON : ArticleService.ArticleFormat.HTML);
        });
    }

    /**
     * Whether a typed link may be set: an article carries only http, https, mailto, tel or relative addresses; any
     * other is refused in words.
     */
    public boolean acceptsLink(String href) {
        if (com.newsdesk.domain.document.Links.isSafe(href)) {
            return true;
        }
        dialogs.showError("Link", "\"" + href + "\" is not a link an article may carry: use http, https, mailto, tel"
                + " or a relative address.");
        return false;
    }

    public void exportTo(java.nio.file.Path file, ArticleService.ArticleFormat format) {
        autosave.flush();
        inTurn(() -> {
            saving = true;
            executor.submit(() -> {
                articles.export(actor, Long.toString(articleId), format, OutputTarget.file(file));
                return file;
            }, written -> {
                message.set("Exported to " + written + ".");
                writeDone();
            }, failure -> {
                message.set("Not exported: " + failure.getMessage());
                writeDone();
            });
        });
    }

    /** What the view asks before a move that puts the article in front of readers. */
    public record MoveConfirmation(String title, String message, String action) {}

    /**
     * The question to ask before publishing or scheduling, naming what will happen; empty for the other moves, and
     * when the checklist blocks the move (the refusal then says why).
     */
    public java.util.Optional<MoveConfirmation> confirmationFor(ArticleStatus to) {
        ArticleDraft draft = draft();
        String quoted = "\u201C" + draft.headline().strip() + "\u201D";
        if (to == ArticleStatus.DRAFT && status.get() == ArticleStatus.PUBLISHED) {
            return java.util.Optional.of(new MoveConfirmation("Unpublish", "Unpublish: " + quoted
                    + " is no longer visible to readers; it becomes a draft again.", "Unpublish"));
        }
        if (to != ArticleStatus.PUBLISHED && to != ArticleStatus.SCHEDULED) {
            return java.util.Optional.empty();
        }
        if (!PublishChecklist.blocking(draft, java.time.Instant.now()).isEmpty()) {
            return java.util.Optional.empty();
        }
        if (to == ArticleStatus.PUBLISHED) {
            return java.util.Optional.of(new MoveConfirmation("Publish now",
                    "Publish now: " + quoted + " becomes visible to readers as soon as you confirm.", "Publish now"));
        }
        if (draft.scheduledAt() == null) {
            return java.util.Optional.empty(); // the refusal asks for a time
        }
        String when = when().format(draft.scheduledAt()) + " (" + zone.get().getId() + ")";
        return java.util.Optional.of(new MoveConfirmation("Schedule",
                "Schedule for " + when + ": " + quoted + " becomes visible to readers then, not before.",
                "Schedule for " + when().format(draft.scheduledAt())));
    }

    /** Changes the status once what is being saved is saved. */
    /** The workflow buttons: a move readers would see (publish, schedule, unpublish…) is asked first. */
    public void moveAsked(ArticleStatus to) {
        java.util.Optional<MoveConfirmation> question = confirmationFor(to);
        if (question.isEmpty() || dialogs.confirm(question.get().title(), question.get().message(),
                question.get().action(), "confirm-move")) {
            move(to);
        }
    }

    /** Update: makes the waiting changes the published version, asked first. */
    public void updateAsked() {
        MoveConfirmation question = updateConfirmation();
        if (dialogs.confirm(question.title(), question.message(), question.action(), "confirm-update")) {
            updateLive();
        }
    }

    /** Discard changes…: asked first; the discarded text stays in the revisions. */
    public void discardAsked() {
        if (dialogs.confirm("Discard changes", "Discard the changes not yet live? The editor goes back to the text"
                + " readers see; the discarded text stays in the revisions.", "Discard changes", "confirm-discard")) {
            discardChanges();
        }
    }

    public void move(ArticleStatus to) {
        autosave.flush();
        inTurn(() -> {
            saving = true;
            executor.submit(() -> articles.changeStatus(actor, articleId, to, version), moved -> {
                show(moved);
                if (moved.status() != ArticleStatus.PUBLISHED) {
                    changesPending.set(false); // taken into the article as it left readers' sight
                }
                editable.set(ArticleWorkflow.mayEdit(actor, moved));
                message.set("Now " + moved.status().code().replace('_', ' ') + ".");
                writeDone();
            }, failure -> {
                // The service's refusal as a sentence, without the field it concerns ("checklist:", "scheduledAt:").
                message.set(failure instanceof com.newsdesk.domain.InvalidInputException invalid
                        ? sentence(invalid.problem()) : "Not moved: " + failure.getMessage());
                writeDone();
            });
        });
    }

    private static String sentence(String problem) {
        String text = problem.isEmpty() ? problem : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** Saves what is unsaved and ends the session, off the JavaFX thread, after any save under way. */
    public void close(Runnable done) {
        autosave.flush();
        inTurn(() -> {
            ArticleDraft draft = edits != savedEdits && editable.get() && saveState.get() != SaveState.CONFLICT
                    ? draft() : null;
            long startedFrom = version;
            closed = true;
            saving = true;
            executor.submit(() -> {
                closeNow(draft, startedFrom);
                return null;
            }, nothing -> {
                writeDone();
                done.run();
            }, failure -> {
                failed(failure);
                writeDone();
                done.run();
            });
        });
    }

    /** The draft to save at shutdown, taken on the JavaFX thread; null when nothing is unsaved. */
    public ArticleDraft unsavedDraft() {
        return edits != savedEdits && editable.get() && saveState.get() != SaveState.CONFLICT ? draft() : null;
    }

    public long version() { return version; }

    /** When the article went out, or null. */
    public java.time.Instant publishedAt() { return article == null ? null : article.publishedAt(); }

    /** For shutdown: saves the draft (if any) and ends the session on the calling thread. */
    public void closeNow(ArticleDraft draft, long startedFrom) {
        if (draft != null) {
            articles.autosave(actor, articleId, draft, startedFrom);
        }
        if (editable.get()) {
            articles.close(actor, articleId);
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Schedules and embargoes as typed and shown: in the newsroom's time zone. */
    private DateTimeFormatter when() {
        return WHEN.withZone(zone.get());
    }

    private ArticleDraft draft() {
        List<String> tagList = Arrays.stream(tags.get().split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        return new ArticleDraft(headline.get(), dek.get(), byline.get(), section.get(), tagList, slug.get(),
                language.get(), body.get(), time(scheduledAt.get(), article == null ? null : article.scheduledAt()),
                new com.newsdesk.domain.ArticleExtras(excerpt.get(), seoTitle.get(), metaDescription.get(),
                        imageFile.get(), imageAlt.get(), imageCaption.get(),
                        time(embargoAt.get(), article == null ? null : article.extras().embargoAt())));
    }

    /** A typed time; one that cannot be read keeps the saved value and says so. */
    private java.time.Instant time(String typed, java.time.Instant saved) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(typed.strip(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                    .atZone(zone.get()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            message.set("\"" + typed + "\" is not a time like 2026-12-01 09:30; the saved one is kept.");
            return saved;
        }
    }

    private void show(Article loaded) {
        loading.set(true);
        article = loaded;
        version = loaded.version();
        headline.set(loaded.headline());
        dek.set(loaded.dek());
        byline.set(loaded.byline());
        section.set(loaded.section());
        tags.set(String.join(", ", loaded.tags()));
        slug.set(loaded.slug());
        String generated = com.newsdesk.domain.Slugs.fromHeadline(loaded.headline());
        slugFollowsHeadline = loaded.status() == ArticleStatus.DRAFT && (loaded.slug().equals(generated)
                || loaded.slug().matches(java.util.regex.Pattern.quote(generated) + "-\\d+")
                || loaded.slug().matches("untitled(-\\d+)?"));
        language.set(loaded.language());
        excerpt.set(loaded.extras().excerpt());
        seoTitle.set(loaded.extras().seoTitle());
        metaDescription.set(loaded.extras().metaDescription());
        imageFile.set(loaded.extras().imageFile());
        imageAlt.set(loaded.extras().imageAlt());
        imageCaption.set(loaded.extras().imageCaption());
        scheduledAt.set(loaded.scheduledAt() == null ? "" : when().format(loaded.scheduledAt()));
        embargoAt.set(loaded.extras().embargoAt() == null ? "" : when().format(loaded.extras().embargoAt()));
        status.set(loaded.status());
        moves.setAll(ArticleWorkflow.movesFor(actor, loaded));
        loadedBody.set(null);
        loadedBody.set(loaded.body());
        updateChecklist(ArticleDraft.of(loaded));
        savedEdits = edits;
        saveState.set(SaveState.SAVED);
        loading.set(false);
    }

    private void updateChecklist(ArticleDraft draft) {
        lastDraft = draft;
        java.util.List<PublishChecklist.Item> items = new java.util.ArrayList<>(
                PublishChecklist.check(draft, java.time.Instant.now()));
        int issues = writing == null ? 0 : writing.countProperty().get();
        writingItem = null;
        if (issues > 0) { // a warning, never a block: the writer may know better than the checker
            writingItem = new PublishChecklist.Item(false, issues + (issues == 1 ? " spelling, grammar or style issue"
                    : " spelling, grammar or style issues") + " in the text: go to the first (F8 goes to the next)");
            items.add(writingItem);
        }
        checklist.setAll(items.stream().sorted((a, b) -> Boolean.compare(b.blocking(), a.blocking())).toList());
    }

    /** A failure of reaching the newsroom, not a refusal of what was written (those do not change by waiting). */
    private static boolean worthRetrying(Throwable failure) {
        return !(failure instanceof com.newsdesk.domain.InvalidInputException
                || failure instanceof com.newsdesk.domain.AccessDeniedException
                || failure instanceof com.newsdesk.service.RefusedException);
    }

    private void failed(Throwable failure) {
        if (saveState.get() == SaveState.NOT_OPENED) {
            return; // what the tab says is why it did not open
        }
        saveState.set(SaveState.FAILED);
        message.set("Not saved: " + failure.getMessage() + " Your text stays here; the next change tries again.");
    }
}
