package com.newsdesk.service;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleFilter;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.ArticleSummary;
import com.newsdesk.domain.SearchHit;
import com.newsdesk.io.ImportedArticle;
import com.newsdesk.domain.ArticleWorkflow;
import com.newsdesk.domain.Correction;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.PublishChecklist;
import com.newsdesk.domain.Slugs;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.document.Document;
import com.newsdesk.storage.ArticleRepository.EditSession;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writing articles without losing a word: every save checks the version it started from, so nobody overwrites
 * anybody; autosaves write the article itself and mark the editing session, so a crash leaves the last autosave
 * in place and the next opening says it was recovered. Revisions are kept for manual saves, status changes and the
 * last autosave of each editing session (not one per autosave).
 */
public final class ArticleService {
    private static final String ARTICLE = "article";

    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public ArticleService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /**
     * An article opened in an editor; {@code recoveredFrom} is the time of an autosave a crash left behind;
     * {@code changesPendingSince} when a published article has edits not yet live (the article shows them).
     */
    public record Opened(Article article, boolean editable, Instant recoveredFrom, Instant changesPendingSince) {}

    public Article create(Actor actor, String headline) {
        actor.require(Permission.CREATE_ARTICLES);
        return database.write(tx -> {
            Instant now = Timestamps.now(clock);
            // A new article starts with no headline: the editor shows a prompt, and the checklist asks for one.
            String text = headline == null ? "" : headline.strip();
            Article article = new Article(0, freeSlug(tx, Slugs.fromHeadline(text), 0), text, "", "", "", List.of(),
                    "en", ArticleStatus.DRAFT, Document.EMPTY, now, now, null, null, 1, actor.username());
            long id = tx.articles().insert(article);
            tx.revisions().insert(new ArticleRevision(0, id, text, Document.EMPTY, actor.username(), "Created", now));
            audit.record(tx, actor, "article.create", ARTICLE, id, text.isEmpty() ? "(no headline yet)" : text);
            return article.withId(id);
        });
    }

    /** Opens an article; when the actor may edit it, starts an editing session (and recovers a crashed one). */
    public Opened open(Actor actor, long id) {
        actor.require(Permission.READ_ARTICLES);
        return database.write(tx -> {
            Article article = asEdited(tx, id);
            Instant pendingSince = tx.articles().pending(id).map(com.newsdesk.domain.PendingChanges::savedAt)
                    .orElse(null);
            if (!ArticleWorkflow.mayEdit(actor, article)) {
                return new Opened(article, false, null, pendingSince);
            }
            Instant recovered = tx.articles().editSession(id, actor.username()).map(EditSession::lastSavedAt).orElse(null);
            if (recovered != null) {
                keepRevision(tx, actor, article, "Recovered autosave");
            }
            tx.articles().startEditSession(id, actor.username(), Timestamps.now(clock));
            return new Opened(article, true, recovered, pendingSince);
        });
    }

    /** Saves the draft as the article's current text; no revision (the session's last autosave gets one). */
    public Article autosave(Actor actor, long id, ArticleDraft draft, long expectedVersion) {
        return database.write(tx -> {
            Article saved = write(tx, actor, id, draft, expectedVersion, true);
            tx.articles().markEditSaved(id, actor.username(), saved.updatedAt());
            return saved;
        });
    }

    /** A manual save: strict about the slug, and kept as a revision with an optional note. */
    public Article save(Actor actor, long id, ArticleDraft draft, long expectedVersion, String note) {
        return database.write(tx -> {
            Article saved = write(tx, actor, id, draft, expectedVersion, false);
            String kept = note == null || note.isBlank() ? "Saved" : note.strip();
            keepRevision(tx, actor, saved, saved.status() == ArticleStatus.PUBLISHED ? kept + " (not yet live)" : kept);
            tx.articles().markEditSaved(id, actor.username(), null); // nothing unrevised since this save
            audit.record(tx, actor, "article.save", ARTICLE, id, saved.headline());
            return saved;
        });
    }

    /**
     * Ends the editing session: the last autosave since a revision becomes one. A new article its author leaves
     * untouched (never saved, nothing typed) is removed, so that opening New and closing it leaves nothing behind.
     *
     * @return whether the article was removed
     */
    public boolean close(Actor actor, long id) {
        return database.write(tx -> {
            Article current = tx.articles().find(id).orElse(null);
            if (current != null && isUntouchedNewDraft(tx, actor, current)) {
                tx.articles().delete(id);
                audit.record(tx, actor, "article.discard", ARTICLE, id, "a new article left untouched");
                return true;
            }
            var session = tx.articles().editSession(id, actor.username());
            if (session.isPresent() && session.get().lastSavedAt() != null) {
                Article article = asEdited(tx, id);
                keepRevision(tx, actor, article, "Autosave");
                audit.record(tx, actor, "article.edit", ARTICLE, id, article.headline());
            }
            tx.articles().endEditSession(id, actor.username());
            return false;
        });
    }

    /** Never saved since its author made it, nothing in it, nothing attached to it. */
    private static boolean isUntouchedNewDraft(Transaction tx, Actor actor, Article article) {
        return article.status() == ArticleStatus.DRAFT && article.version() == 1
                && article.createdBy().equalsIgnoreCase(actor.username())
                && ArticleDraft.of(article).equals(new ArticleDraft("", "", "", "", List.of(), article.slug(),
                        article.language(), Document.EMPTY, null, com.newsdesk.domain.ArticleExtras.NONE))
                && tx.revisions().forArticle(article.id()).size() == 1
                && tx.comments().countOfArticle(article.id()) == 0
                && tx.corrections().forArticle(article.id()).isEmpty();
    }

    public Article changeStatus(Actor actor, long id, ArticleStatus to, long expectedVersion) {
        return database.write(tx -> move(tx, actor, id, to, expectedVersion));
    }

    /** A status change inside a transaction: the workflow, the role, the checklist, the schedule, then the move. */
    private Article move(Transaction tx, Actor actor, long id, ArticleStatus to, long expectedVersion) {
        Article current = existing(tx, id);
        if (!ArticleWorkflow.exists(current.status(), to)) {
            throw new InvalidInputException("status", "an article that is " + current.status().code()
                    + " cannot become " + to.code());
        }
        if (!ArticleWorkflow.allows(actor, current, to)) {
            throw new AccessDeniedException(actor, ArticleWorkflow.permissionFor(current.status(), to));
        }
        if (to == ArticleStatus.PUBLISHED || to == ArticleStatus.SCHEDULED) {
            List<PublishChecklist.Item> blocking = PublishChecklist.blocking(ArticleDraft.of(current),
                    Timestamps.now(clock));
            if (!blocking.isEmpty()) {
                throw new InvalidInputException("checklist", "not ready to " + (to == ArticleStatus.PUBLISHED
                        ? "publish" : "schedule") + ": " + String.join(" ", blocking.stream()
                        .map(PublishChecklist.Item::message).toList()));
            }
        }
        if (to == ArticleStatus.SCHEDULED && current.scheduledAt() == null) {
            throw new InvalidInputException("scheduled time", "set a time before scheduling");
        }
        if (to == ArticleStatus.SCHEDULED && !current.scheduledAt().isAfter(Timestamps.now(clock))) {
            throw new InvalidInputException("scheduled time", "the scheduled time "
                    + Timestamps.format(current.scheduledAt()) + " has passed");
        }
        Instant now = Timestamps.now(clock);
        // Leaving readers' sight, an article takes the changes that were waiting to go live: they are its text now.
        var pending = tx.articles().pending(id);
        Article base = current;
        if (pending.isPresent() && to != ArticleStatus.PUBLISHED) {
            keepRevision(tx, actor, current, "The live text, before it became " + to.code().replace('_', ' '));
            base = pending.get().over(current);
            if (!base.slug().equals(current.slug())) {
                base = withSlug(base, slugFor(tx, current, base.slug(), true));
            }
            tx.articles().deletePending(id);
        }
        Article moved = new Article(id, base.slug(), base.headline(), base.dek(), base.byline(),
                base.section(), base.tags(), base.language(), to, base.body(), current.createdAt(), now,
                to == ArticleStatus.PUBLISHED && current.publishedAt() == null ? now : current.publishedAt(),
                base.scheduledAt(), current.version(), current.createdBy(), base.extras());
        if (!tx.articles().update(moved, expectedVersion)) {
            throw new ArticleConflictException(current);
        }
        Article saved = existing(tx, id);
        keepRevision(tx, actor, saved, current.status().code() + " → " + to.code());
        audit.record(tx, actor, "article.status", ARTICLE, id, current.status().code() + " → " + to.code());
        return saved;
    }

    /** Pasted HTML as the document model keeps it: formatting it can express, text of the rest, no scripts. */
    public static Document fromPastedHtml(String html) {
        return com.newsdesk.io.HtmlDocumentParser.parse(html);
    }

    /** Pasted plain text: one paragraph per line, blank lines dropped. */
    public static Document fromPastedText(String text) {
        List<com.newsdesk.domain.document.Block> blocks = new java.util.ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            if (!line.isBlank()) {
                blocks.add(com.newsdesk.domain.document.Block.paragraph(line));
            }
        }
        return new Document(blocks);
    }

    /** A draft from a saved web page (.html), Markdown (.md) or plain text (.txt). Reads the file: not on the UI thread. */
    public Article importFile(Actor actor, java.nio.file.Path file) {
        actor.require(Permission.CREATE_ARTICLES);
        byte[] content = com.newsdesk.service.input.InputFiles.readAll(file, com.newsdesk.domain.Limits.ARTICLE_FILE_BYTES,
                "saved page, Markdown or text file");
        return importArticle(actor, com.newsdesk.io.ArticleFileReader.read(file.getFileName().toString(), content));
    }

    /** {@code import-article FILE --update ID|SLUG [--base-version N]}: the file becomes a new revision. */
    public Article updateFromFile(Actor actor, String idOrSlug, java.nio.file.Path file, Long baseVersion) {
        actor.require(Permission.READ_ARTICLES);
        byte[] content = com.newsdesk.service.input.InputFiles.readAll(file, com.newsdesk.domain.Limits.ARTICLE_FILE_BYTES,
                "saved page, Markdown or text file");
        return updateFromFile(actor, idOrSlug, com.newsdesk.io.ArticleFileReader.read(file.getFileName().toString(),
                content), baseVersion);
    }

    /** The formats one article can be written in. */
    public enum ArticleFormat { HTML, MARKDOWN, JSON }

    /** Writes one article through the guarded writer (a file is complete or absent); audited. */
    public void export(Actor actor, String idOrSlug, ArticleFormat format, OutputTarget target) {
        Article article = find(actor, idOrSlug);
        long id = article.id();
        String text = switch (format) {
            case HTML -> com.newsdesk.io.ArticleFileWriter.html(article);
            case MARKDOWN -> com.newsdesk.io.ArticleFileWriter.markdown(article);
            case JSON -> com.newsdesk.io.ArticleFileWriter.json(article);
        };
        GuardedWriter.write(database.file(), target, out -> {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return null;
        });
        database.write(tx -> {
            audit.record(tx, actor, "article.export", ARTICLE, id, format.name().toLowerCase()
                    + (target instanceof OutputTarget.ToFile file ? " " + file.path().getFileName() : ""));
            return null;
        });
    }

    /** A new draft from an imported file, kept with an "Imported" revision. */
    public Article importArticle(Actor actor, ImportedArticle imported) {
        return importArticle(actor, imported, ArticleStatus.DRAFT);
    }

    /**
     * As above, keeping the status the article had on its site (published, scheduled …): only for someone who may
     * publish; anyone else's import is a draft.
     */
    public Article importArticle(Actor actor, ImportedArticle imported, ArticleStatus status) {
        actor.require(Permission.CREATE_ARTICLES);
        if (status != ArticleStatus.DRAFT) {
            actor.require(Permission.REVIEW_AND_PUBLISH);
        }
        com.newsdesk.domain.Limits.check("body", "the article's text", imported.body().plainText(),
                com.newsdesk.domain.Limits.ARTICLE_TEXT);
        return database.write(tx -> {
            Instant now = Timestamps.now(clock);
            String headline = imported.headline().strip(); // none stays none: the checklist asks for one
            // A slug the file names (front matter) is kept when it is a valid one; the headline's otherwise.
            String slug = !imported.slug().isBlank() && Slugs.problem(imported.slug()).isEmpty() ? imported.slug()
                    : Slugs.fromHeadline(headline);
            Article article = new Article(0, freeSlug(tx, slug, 0), headline, imported.dek(),
                    imported.byline(), imported.section(), imported.tags(), imported.language(), status,
                    imported.body(), now, now, status == ArticleStatus.SCHEDULED ? null : imported.publishedAt(),
                    status == ArticleStatus.SCHEDULED ? imported.publishedAt() : null, 1, actor.username());
            long id = tx.articles().insert(article);
            keepRevision(tx, actor, article.withId(id), "Imported");
            audit.record(tx, actor, "article.import", ARTICLE, id, headline);
            return article.withId(id);
        });
    }

    /** An article by id or, when the text is not a number, by slug. */
    public Article find(Actor actor, String idOrSlug) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> (idOrSlug.matches("\\d{1,18}")
                ? tx.articles().find(Long.parseLong(idOrSlug)) : tx.articles().findBySlug(idOrSlug))
                .orElseThrow(() -> new InvalidInputException("article", "no article \"" + idOrSlug + "\"")));
    }

    /** Article ids in rank order, without snippets: the search scripts and the benchmark's bare figure use. */
    public List<Long> rankedIds(Actor actor, String typed, int limit) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.articles().rankedIds(typed, limit));
    }

    /** Ranked full-text search, optionally in one status. */
    public List<SearchHit> search(Actor actor, String typed, ArticleFilter filter, int limit) {
        actor.require(Permission.READ_ARTICLES);
        String bounded = com.newsdesk.domain.SearchText.of(typed); // no query can stall the newsroom
        return bounded == null ? List.of() : database.read(tx -> tx.articles().search(bounded, filter, limit));
    }

    public List<ArticleSummary> list(Actor actor, ArticleFilter filter, int limit) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.articles().page(filter, 0, limit));
    }

    /** Puts a kept revision's headline and body back, as a new revision; the current text stays in the history. */
    public Article restore(Actor actor, long id, long revisionId, long expectedVersion) {
        return database.write(tx -> {
            Article current = existing(tx, id);
            ArticleRevision revision = tx.revisions().forArticle(id).stream()
                    .filter(candidate -> candidate.id() == revisionId).findFirst()
                    .orElseThrow(() -> new InvalidInputException("revision", "no revision " + revisionId + " of article " + id));
            keepRevision(tx, actor, current, "Before restoring a revision");
            ArticleDraft draft = new ArticleDraft(revision.headline(), current.dek(), current.byline(), current.section(),
                    current.tags(), current.slug(), current.language(), revision.body());
            Article restored = write(tx, actor, id, draft, expectedVersion, false);
            keepRevision(tx, actor, restored, "Restored the revision of " + Timestamps.format(revision.createdAt()));
            audit.record(tx, actor, "article.restore", ARTICLE, id, "revision " + revisionId);
            return restored;
        });
    }

    /** Adds a dated correction to a published article (Editors and Admins). */
    public Correction addCorrection(Actor actor, long id, String note) {
        actor.require(Permission.REVIEW_AND_PUBLISH);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "a correction needs a note saying what was corrected");
        }
        return database.write(tx -> {
            Article article = existing(tx, id);
            if (article.status() != ArticleStatus.PUBLISHED) {
                throw new InvalidInputException("status", "corrections are for published articles; this one is "
                        + article.status().code().replace('_', ' '));
            }
            Correction correction = new Correction(0, id, Timestamps.now(clock), actor.username(), note.strip());
            long correctionId = tx.corrections().insert(correction);
            audit.record(tx, actor, "article.correction", ARTICLE, id, note.strip());
            return correction.withId(correctionId);
        });
    }

    public List<Correction> corrections(Actor actor, long id) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.corrections().forArticle(id));
    }

    private static final String TIME_ZONE_KEY = "newsroomTimeZone";

    /**
     * The newsroom's time zone: schedules and embargoes are typed and shown in it, whatever the machine's zone.
     * The machine's own until someone sets one.
     */
    public java.time.ZoneId timeZone(Actor actor) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.settings().get(TIME_ZONE_KEY)).flatMap(ArticleService::zoneOf)
                .orElse(java.time.ZoneId.systemDefault());
    }

    /** Sets the newsroom's time zone (Editors and Admins); audited. */
    public java.time.ZoneId setTimeZone(Actor actor, String zone) {
        actor.require(Permission.REVIEW_AND_PUBLISH);
        java.time.ZoneId chosen = zoneOf(zone == null ? "" : zone.strip()).orElseThrow(() -> new InvalidInputException(
                "time zone", "\"" + zone + "\" is not a time zone such as Africa/Casablanca, Europe/Paris or UTC"));
        database.write(tx -> {
            tx.settings().put(TIME_ZONE_KEY, chosen.getId());
            audit.record(tx, actor, "settings.time-zone", null, null, chosen.getId());
            return null;
        });
        return chosen;
    }

    private static java.util.Optional<java.time.ZoneId> zoneOf(String id) {
        try {
            return id.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.time.ZoneId.of(id));
        } catch (java.time.DateTimeException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** Tag names in use, for suggestions. */
    public List<String> tags(Actor actor) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.articles().tagNames());
    }

    /**
     * Copies an image into the assets folder beside the database and returns its file name there, for the article's
     * featured image. Reads and writes files: not on the UI thread.
     */
    public String copyImage(Actor actor, long id, java.nio.file.Path source) {
        actor.require(Permission.CREATE_ARTICLES);
        String name = source.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".gif")
                || lower.endsWith(".webp"))) {
            throw new InvalidInputException(name, "a featured image is a .png, .jpg, .gif or .webp file");
        }
        String safe = id + "-" + name.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        java.nio.file.Path assets = assetsFolder();
        try {
            java.nio.file.Files.createDirectories(assets);
            java.nio.file.Files.copy(source, assets.resolve(safe), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new InvalidInputException(name, "could not copy it into " + assets + ": " + e.getMessage());
        }
        return safe;
    }

    /**
     * Where featured images live: {@code assets/} beside the database file; for a shared newsroom, in the seat's
     * data folder (the article keeps the image's file name; the site gets the file when it is published).
     */
    public java.nio.file.Path assetsFolder() {
        return database.isShared() ? com.newsdesk.storage.DataLocation.dataFolder(System.getenv()).resolve("assets")
                : database.file().resolveSibling("assets");
    }

    public List<ArticleRevision> revisions(Actor actor, long id) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.revisions().forArticle(id));
    }

    private Article write(Transaction tx, Actor actor, long id, ArticleDraft draft, long expectedVersion,
            boolean lenientSlug) {
        Article current = existing(tx, id);
        if (!ArticleWorkflow.mayEdit(actor, current)) {
            throw new AccessDeniedException(actor, Permission.EDIT_ANY_ARTICLE);
        }
        String slug = slugFor(tx, current, draft.slug(), lenientSlug);
        if (current.status() == ArticleStatus.PUBLISHED) {
            // A published article's edits wait for Update: readers keep seeing the live text meanwhile.
            if (!tx.articles().touch(id, expectedVersion)) {
                throw new ArticleConflictException(asEdited(tx, id));
            }
            ArticleDraft kept = new ArticleDraft(draft.headline(), draft.dek(), draft.byline(), draft.section(),
                    draft.tags(), slug, draft.language(), draft.body(), draft.scheduledAt(), draft.extras());
            tx.articles().savePending(new com.newsdesk.domain.PendingChanges(id, kept, actor.username(),
                    Timestamps.now(clock)));
            return asEdited(tx, id);
        }
        Article changed = new Article(id, slug, draft.headline(), draft.dek(), draft.byline(), draft.section(),
                draft.tags(), draft.language(), current.status(), draft.body(), current.createdAt(),
                Timestamps.now(clock), current.publishedAt(), draft.scheduledAt(), current.version(),
                current.createdBy(), draft.extras());
        if (!tx.articles().update(changed, expectedVersion)) {
            throw new ArticleConflictException(current);
        }
        return existing(tx, id);
    }

    /** The article as its editors see it: with its changes not yet live over it, when it has some. */
    private static Article asEdited(Transaction tx, long id) {
        Article live = existing(tx, id);
        return tx.articles().pending(id).map(pending -> pending.over(live)).orElse(live);
    }

    private static Article withSlug(Article article, String slug) {
        return new Article(article.id(), slug, article.headline(), article.dek(), article.byline(), article.section(),
                article.tags(), article.language(), article.status(), article.body(), article.createdAt(),
                article.updatedAt(), article.publishedAt(), article.scheduledAt(), article.version(),
                article.createdBy(), article.extras());
    }

    /**
     * Update: a published article's changes become the published version, checked as publishing checks them; the
     * text readers saw stays in the revisions. For those who may publish.
     */
    public Article updateLive(Actor actor, long id, long expectedVersion) {
        actor.require(Permission.REVIEW_AND_PUBLISH);
        return database.write(tx -> {
            Article live = existing(tx, id);
            var pending = tx.articles().pending(id).orElseThrow(() -> new InvalidInputException("changes",
                    "there are no changes waiting to go live"));
            if (live.version() != expectedVersion) {
                throw new ArticleConflictException(asEdited(tx, id));
            }
            ArticleDraft draft = pending.draft();
            List<PublishChecklist.Item> blocking = PublishChecklist.blocking(draft, Timestamps.now(clock));
            if (!blocking.isEmpty()) {
                throw new InvalidInputException("checklist", "not ready to update: " + String.join(" ",
                        blocking.stream().map(PublishChecklist.Item::message).toList()));
            }
            keepRevision(tx, actor, live, "The live text, before an update");
            tx.articles().deletePending(id);
            Instant now = Timestamps.now(clock);
            Article updated = new Article(id, slugFor(tx, live, draft.slug(), false), draft.headline(), draft.dek(),
                    draft.byline(), draft.section(), draft.tags(), draft.language(), live.status(), draft.body(),
                    live.createdAt(), now, live.publishedAt(), draft.scheduledAt(), live.version(), live.createdBy(),
                    draft.extras());
            if (!tx.articles().update(updated, expectedVersion)) {
                throw new ArticleConflictException(live);
            }
            Article saved = existing(tx, id);
            keepRevision(tx, actor, saved, "Updated: these changes went live");
            audit.record(tx, actor, "article.update", ARTICLE, id, saved.headline());
            return saved;
        });
    }

    /**
     * Deletes a draft: it goes to the trash, out of every list, restorable for 30 days; then it is removed for good.
     * Its writer may delete it; Editors and Admins may delete anyone's.
     */
    public com.newsdesk.domain.DeletedArticle deleteDraft(Actor actor, long id) {
        return database.write(tx -> {
            Article article = existing(tx, id);
            if (tx.articles().deleted(id).isPresent()) {
                throw new InvalidInputException("article", "\u201C" + article.headline() + "\u201D is already in the"
                        + " trash");
            }
            if (article.status() != ArticleStatus.DRAFT) {
                throw new InvalidInputException("status", "only drafts can be deleted; this one is "
                        + article.status().code().replace('_', ' ') + (article.status() == ArticleStatus.PUBLISHED
                        ? " (unpublish it first)" : ""));
            }
            if (!ArticleWorkflow.mayDelete(actor, article)) {
                throw new AccessDeniedException(actor, Permission.EDIT_ANY_ARTICLE);
            }
            long comments = tx.comments().countOfArticle(id);
            if (comments > 0) {
                throw new InvalidInputException("article", "it has " + comments + " comment" + (comments == 1 ? "" : "s")
                        + "; a draft with comments is kept");
            }
            var deleted = new com.newsdesk.domain.DeletedArticle(id, article.headline(), Timestamps.now(clock),
                    actor.username());
            tx.articles().trash(deleted);
            audit.record(tx, actor, "article.delete", ARTICLE, id, article.headline().isEmpty() ? "(no headline)"
                    : article.headline());
            return deleted;
        });
    }

    /** Takes a deleted draft out of the trash, back among the drafts. */
    public Article restoreDeleted(Actor actor, long id) {
        return database.write(tx -> {
            Article article = existing(tx, id);
            if (tx.articles().deleted(id).isEmpty()) {
                throw new InvalidInputException("article", "\u201C" + article.headline() + "\u201D is not in the trash");
            }
            if (!ArticleWorkflow.mayDelete(actor, article)) {
                throw new AccessDeniedException(actor, Permission.EDIT_ANY_ARTICLE);
            }
            tx.articles().untrash(id);
            audit.record(tx, actor, "article.undelete", ARTICLE, id, article.headline());
            return article;
        });
    }

    /** The trash, newest first, after removing for good what has been there longer than 30 days. */
    public List<com.newsdesk.domain.DeletedArticle> trash(Actor actor) {
        actor.require(Permission.READ_ARTICLES);
        purgeExpiredTrash(actor);
        return database.read(tx -> tx.articles().trash());
    }

    /**
     * Removes for good the drafts deleted more than 30 days ago (audited); how many went. Removing for good is an
     * Editor's or an Admin's act (the first to open the trash after the 30 days); for anyone else it does nothing.
     */
    public int purgeExpiredTrash(Actor actor) {
        if (!actor.can(Permission.EDIT_ANY_ARTICLE)) {
            return 0;
        }
        return database.write(tx -> {
            var gone = tx.articles().purgeDeletedBefore(Timestamps.now(clock).minus(
                    com.newsdesk.domain.DeletedArticle.KEPT));
            for (var article : gone) {
                audit.record(tx, "newsdesk", "article.purge", ARTICLE, article.articleId(), "deleted "
                        + Timestamps.format(article.deletedAt()) + " by " + article.deletedBy()
                        + ", 30 days in the trash");
            }
            return gone.size();
        });
    }

    /** Discard changes: a published article's edits not yet live are dropped; their text stays in the revisions. */
    public Article discardChanges(Actor actor, long id, long expectedVersion) {
        return database.write(tx -> {
            Article live = existing(tx, id);
            if (!ArticleWorkflow.mayEdit(actor, live)) {
                throw new AccessDeniedException(actor, Permission.EDIT_ANY_ARTICLE);
            }
            var pending = tx.articles().pending(id).orElseThrow(() -> new InvalidInputException("changes",
                    "there are no changes waiting to go live"));
            if (!tx.articles().touch(id, expectedVersion)) {
                throw new ArticleConflictException(asEdited(tx, id));
            }
            keepRevision(tx, actor, pending.over(live), "Discarded changes (never live)");
            tx.articles().deletePending(id);
            audit.record(tx, actor, "article.discard-changes", ARTICLE, id, live.headline());
            return existing(tx, id);
        });
    }

    /** What became of an article a return brought back (the report counts these). */
    public enum Returned { SAVED, CONFLICT, NEW }

    /** One article brought back: what became of it, its id here and its version after. */
    public record BroughtBack(Returned outcome, long articleId, long version) {}

    /**
     * Offline changes come back to article {@code id}, whose version here was {@code takenVersion} when it was taken:
     * still that version, the offline text becomes its text (a published article's waits for Update) and a revision;
     * changed meanwhile, nothing is overwritten: the offline version is kept whole as a conflict (and a revision)
     * until someone keeps one of the two. Applied once per {@code returnKey}, in one transaction with its record.
     */
    public BroughtBack bringBack(Actor actor, long id, ArticleDraft offline, long takenVersion, String returnKey) {
        return database.write(tx -> {
            var applied = tx.offline().applied(returnKey);
            if (applied.isPresent()) {
                return new BroughtBack(Returned.valueOf(applied.get().outcome()), id, applied.get().resultVersion());
            }
            Article current = asEdited(tx, id);
            if (!ArticleWorkflow.mayEdit(actor, current)) {
                throw new AccessDeniedException(actor, Permission.EDIT_ANY_ARTICLE);
            }
            String note = "Offline changes by " + actor.username();
            BroughtBack result;
            if (current.version() == takenVersion) {
                Article saved = write(tx, actor, id, offline, takenVersion, true);
                keepRevision(tx, actor, saved, saved.status() == ArticleStatus.PUBLISHED ? note + " (not yet live)" : note);
                audit.record(tx, actor, "article.offline-return", ARTICLE, id, saved.headline());
                result = new BroughtBack(Returned.SAVED, id, saved.version());
            } else {
                Instant now = Timestamps.now(clock);
                long revision = tx.revisions().insert(new ArticleRevision(0, id, offline.headline(), offline.body(),
                        actor.username(), "Conflict: " + note.toLowerCase(java.util.Locale.ROOT), now));
                tx.articles().saveConflict(revision, new com.newsdesk.domain.PendingChanges(id, offline,
                        actor.username(), now));
                audit.record(tx, actor, "article.conflict", ARTICLE, id, "offline changes by " + actor.username()
                        + " (taken at version " + takenVersion + ", now " + current.version() + ")");
                result = new BroughtBack(Returned.CONFLICT, id, current.version());
            }
            tx.offline().recordApplied(returnKey, new com.newsdesk.domain.offline.AppliedReturn(result.outcome().name(),
                    id, result.version()), Timestamps.now(clock));
            return result;
        });
    }

    /**
     * A status change made offline comes back ({@code seen}: the status when taken): made here where the article
     * still has the status seen, through the workflow, the role and the checklist as any move; where someone moved it
     * meanwhile, their move stands and the result says so. Once per {@code returnKey}. Returns the article after.
     */
    public Article bringBackStatus(Actor actor, long id, ArticleStatus seen, ArticleStatus to, String returnKey) {
        return database.write(tx -> {
            Article current = asEdited(tx, id);
            if (tx.offline().applied(returnKey).isPresent() || current.status() == to) {
                return current;
            }
            if (current.status() != seen) {
                throw new RefusedException("it is " + current.status().code().replace('_', ' ') + " here now (it was "
                        + seen.code().replace('_', ' ') + " when taken), so it was not made " + to.code()
                        .replace('_', ' '));
            }
            Article moved = move(tx, actor, id, to, current.version());
            tx.offline().recordApplied(returnKey, new com.newsdesk.domain.offline.AppliedReturn("MOVED", id,
                    moved.version()), Timestamps.now(clock));
            return moved;
        });
    }

    /** An article written offline comes back as a new draft here, once per {@code returnKey}. */
    public BroughtBack bringBackNew(Actor actor, ArticleDraft offline, String returnKey) {
        actor.require(Permission.CREATE_ARTICLES);
        return database.write(tx -> {
            var applied = tx.offline().applied(returnKey);
            if (applied.isPresent()) {
                return new BroughtBack(Returned.NEW, applied.get().resultId(), applied.get().resultVersion());
            }
            Instant now = Timestamps.now(clock);
            String slug = Slugs.problem(offline.slug()).isEmpty() ? offline.slug()
                    : Slugs.fromHeadline(offline.headline());
            Article article = new Article(0, freeSlug(tx, slug, 0), offline.headline(), offline.dek(),
                    offline.byline(), offline.section(), offline.tags(), offline.language(), ArticleStatus.DRAFT,
                    offline.body(), now, now, null, offline.scheduledAt(), 1, actor.username(), offline.extras());
            long id = tx.articles().insert(article);
            keepRevision(tx, actor, article.withId(id), "Written offline by " + actor.username());
            audit.record(tx, actor, "article.offline-new", ARTICLE, id, offline.headline());
            tx.offline().recordApplied(returnKey, new com.newsdesk.domain.offline.AppliedReturn(Returned.NEW.name(),
                    id, 1), now);
            return new BroughtBack(Returned.NEW, id, 1);
        });
    }

    /** Offline versions of the article waiting for a choice, oldest first. */
    public List<com.newsdesk.domain.offline.OfflineConflict> conflicts(Actor actor, long id) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.articles().conflicts(id));
    }

    /** Who has the article offline, and since when. */
    public List<com.newsdesk.domain.offline.Checkout> checkouts(Actor actor, long id) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.offline().checkouts(id));
    }

    /**
     * Settles a conflict: {@code keepOffline} makes the offline version the article's text (a new revision; the text
     * it replaces stays in the history), otherwise the article stays as it is (the offline text stays a revision).
     */
    public Article settleConflict(Actor actor, long id, long revisionId, boolean keepOffline, long expectedVersion) {
        return database.write(tx -> {
            Article current = asEdited(tx, id);
            if (!ArticleWorkflow.mayEdit(actor, current)) {
                throw new AccessDeniedException(actor, Permission.EDIT_ANY_ARTICLE);
            }
            var conflict = tx.articles().conflicts(id).stream().filter(c -> c.revisionId() == revisionId).findFirst()
                    .orElseThrow(() -> new InvalidInputException("conflict", "this conflict was settled already"));
            tx.articles().deleteConflict(id, revisionId);
            String by = conflict.offline().savedBy();
            if (!keepOffline) {
                audit.record(tx, actor, "article.conflict-settled", ARTICLE, id, "kept this version; the offline"
                        + " changes by " + by + " stay in the revisions");
                return current;
            }
            keepRevision(tx, actor, current, "Before keeping the offline changes by " + by);
            Article saved = write(tx, actor, id, conflict.offline().draft(), expectedVersion, true);
            keepRevision(tx, actor, saved, "Kept the offline changes by " + by);
            audit.record(tx, actor, "article.conflict-settled", ARTICLE, id, "kept the offline changes by " + by);
            return saved;
        });
    }

    /**
     * A file's content becomes a new revision of an article ({@code import-article --update}); with a
     * {@code baseVersion}, refused when the article changed since that version.
     */
    public Article updateFromFile(Actor actor, String idOrSlug, ImportedArticle imported, Long baseVersion) {
        com.newsdesk.domain.Limits.check("body", "the article's text", imported.body().plainText(),
                com.newsdesk.domain.Limits.ARTICLE_TEXT);
        return database.write(tx -> {
            Article current = asEdited(tx, (idOrSlug.matches("\\d{1,18}") ? tx.articles().find(Long.parseLong(idOrSlug))
                    : tx.articles().findBySlug(idOrSlug)).orElseThrow(() -> new InvalidInputException("--update",
                    "no article \"" + idOrSlug + "\"")).id());
            if (baseVersion != null && current.version() != baseVersion) {
                throw new RefusedException("\u201C" + current.headline() + "\u201D changed since version " + baseVersion
                        + " (it is at version " + current.version() + " now); nothing was changed. Compare with"
                        + " 'newsdesk export-article " + current.id() + "' and run again with --base-version "
                        + current.version() + " to replace it.");
            }
            String slug = !imported.slug().isBlank() && Slugs.problem(imported.slug()).isEmpty() ? imported.slug()
                    : current.slug();
            // What the file does not say (a Markdown file without front matter has no byline) stays as it is.
            ArticleDraft draft = new ArticleDraft(orElse(imported.headline().strip(), current.headline()),
                    orElse(imported.dek(), current.dek()), orElse(imported.byline(), current.byline()),
                    orElse(imported.section(), current.section()), imported.tags().isEmpty() ? current.tags()
                    : imported.tags(), slug, current.language(), imported.body(), current.scheduledAt(),
                    current.extras());
            Article saved = write(tx, actor, current.id(), draft, current.version(), false);
            keepRevision(tx, actor, saved, saved.status() == ArticleStatus.PUBLISHED ? "Updated from a file (not yet live)"
                    : "Updated from a file");
            audit.record(tx, actor, "article.import-update", ARTICLE, current.id(), saved.headline());
            return saved;
        });
    }

    private static String orElse(String given, String kept) {
        return given == null || given.isBlank() ? kept : given;
    }

    /** The draft's slug when it is usable; an autosave keeps the stored one rather than refuse the text. */
    private static String slugFor(Transaction tx, Article current, String wanted, boolean lenient) {
        if (wanted.equals(current.slug())) {
            return wanted;
        }
        var problem = Slugs.problem(wanted);
        boolean taken = problem.isEmpty() && tx.articles().idOfSlug(wanted).filter(id -> id != current.id()).isPresent();
        if (taken) {
            problem = java.util.Optional.of("\"" + wanted + "\" is the slug of another article");
        }
        if (problem.isEmpty()) {
            return wanted;
        }
        if (lenient) {
            // An autosave never refuses text: a taken slug gets the next free number, an unusable one is not saved.
            return taken ? freeSlug(tx, wanted, 1, current.id()) : current.slug();
        }
        throw new InvalidInputException("slug", problem.get());
    }

    private static String freeSlug(Transaction tx, String base, int attempt) {
        return freeSlug(tx, base, attempt, 0);
    }

    /** The base slug, or base-2, base-3 … whichever no other article than {@code self} has. */
    private static String freeSlug(Transaction tx, String base, int attempt, long self) {
        for (int n = attempt; ; n++) {
            String candidate = n == 0 ? base : base + "-" + (n + 1);
            var owner = tx.articles().idOfSlug(candidate);
            if (owner.isEmpty() || owner.get() == self) {
                return candidate;
            }
        }
    }

    private void keepRevision(Transaction tx, Actor actor, Article article, String note) {
        tx.revisions().insert(new ArticleRevision(0, article.id(), article.headline(), article.body(),
                actor.username(), note, Timestamps.now(clock)));
    }

    private static Article existing(Transaction tx, long id) {
        return tx.articles().find(id).orElseThrow(() -> new InvalidInputException("article", "no article " + id));
    }
}
