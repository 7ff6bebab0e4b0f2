package com.newsdesk.service.offline;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.offline.OfflineCopy;
import com.newsdesk.domain.offline.TakenArticle;
import com.newsdesk.domain.offline.TakenComment;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.Audit;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomAddress;
import com.newsdesk.storage.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-out and check-in between a newsroom (usually a shared one) and a seat's own newsroom file: articles and a
 * slice of the comment queue go into the file with the versions and statuses the seat saw; the return brings back
 * every change made offline, each article and each decision in its own transaction at the source, recorded there
 * under a key so that a return resumed after a kill never applies anything twice. Nothing is overwritten: an article
 * changed on both sides becomes a conflict to settle, a decision someone else made meanwhile stands.
 */
public final class OfflineService {
    /** The most comments one taking brings (a queue slice a moderator clears on a train, not the whole queue). */
    public static final int MOST_COMMENTS = 10_000;
    private static final String ARTICLE = "article";

    private final Clock clock;
    private final Audit audit;

    public OfflineService(Clock clock) {
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** What a taking brought: articles to work on, comments, and articles that came along with their comments. */
    public record Taken(int articles, int comments, int alongWithComments, int alreadyOffline) {}

    /** What a return did; {@code lines} say it article by article and decision by decision, for the report. */
    public record Returned(int saved, int conflicts, int created, int unchanged, int refused, int decisionsSaved,
            int decisionsLost, int replies, List<String> lines) {
        public boolean nothingChanged() {
            return saved + conflicts + created + refused + decisionsSaved + decisionsLost + replies == 0;
        }
    }

    /** The copy a newsroom file holds, if it holds one. */
    public Optional<OfflineCopy> copyIn(Database local) {
        return local.read(tx -> tx.offline().copy());
    }

    /** How a newsroom is named in an offline copy: the address that opens it again (a path, or a server URL). */
    public static String addressOf(Database database) {
        return database.address() instanceof NewsroomAddress.Server server ? server.url()
                : database.file().toString();
    }

    /**
     * The seat's own newsroom file is worked in by its owner: an offline copy goes into a file without staff accounts
     * (a file for one person), so that no sign-in stands between the seat and its copy.
     */
    public static Actor ownerOf(Database local) {
        if (local.read(tx -> tx.staff().count()) > 0) {
            throw new RefusedException(local.name() + " has staff accounts: an offline copy goes into a newsroom file"
                    + " of your own (without accounts), such as a new one.");
        }
        return Actor.owner(System.getProperty("user.name", "owner"));
    }

    /**
     * Takes into the newsroom file {@code localFile} (made when missing; when the taking fails, a file it made is
     * removed, so nothing is left behind).
     */
    public Taken take(Actor actor, Database source, java.nio.file.Path localFile, List<String> articles, int pending) {
        java.nio.file.Path file = localFile.toAbsolutePath().normalize();
        boolean made = !java.nio.file.Files.exists(file);
        boolean done = false;
        try (Database local = Database.open(file, Database.OpenMode.CREATE,
                com.newsdesk.io.JsonDocumentCodec.INSTANCE)) {
            Taken taken = take(actor, source, local, ownerOf(local), articles, pending);
            done = true;
            return taken;
        } finally {
            if (made && !done) {
                Database.deleteMadeFile(file);
            }
        }
    }

    /**
     * Brings the copy in {@code local} back to the newsroom it came from, opened with {@code env} (PGPASSWORD…), as
     * the seat that connects there: a server login's staff account, or the owner of a newsroom without accounts.
     */
    public Returned bringBack(Database local, Map<String, String> env, TaskMonitor monitor) {
        Actor localActor = ownerOf(local);
        OfflineCopy copy = copyIn(local).orElseThrow(() -> new RefusedException(local.name() + " holds no offline"
                + " copy: there is nothing to bring back."));
        try (Database source = Database.open(com.newsdesk.storage.DataLocation.resolveAddress(copy.source(), env),
                Database.OpenMode.EXISTING, com.newsdesk.io.JsonDocumentCodec.INSTANCE, env)) {
            Actor actor;
            if (source.isShared()) {
                actor = new com.newsdesk.service.StaffService(source, null, clock).connectedAs(null);
            } else if (source.read(tx -> tx.staff().count()) == 0) {
                actor = Actor.owner(System.getProperty("user.name", "owner"));
            } else {
                throw new RefusedException(copy.source() + " has staff accounts: bring the copy back with 'newsdesk"
                        + " offline return --db " + local.file() + " --user NAME'.");
            }
            return bringBack(actor, source, local, localActor, monitor);
        }
    }

    /**
     * Takes articles (by id or slug) and the first {@code pending} comments of the queue from {@code source} into
     * the newsroom file {@code local}. The articles show as taken offline by the actor at the source.
     */
    public Taken take(Actor actor, Database source, Database local, Actor localActor, List<String> articles,
            int pending) {
        actor.require(Permission.READ_ARTICLES);
        if (pending > 0) {
            actor.require(Permission.MODERATE_COMMENTS);
        }
        if (pending < 0 || pending > MOST_COMMENTS) {
            throw new InvalidInputException("--pending", "between 0 and " + String.format("%,d", MOST_COMMENTS)
                    + " comments, not " + pending);
        }
        if (articles.isEmpty() && pending == 0) {
            throw new InvalidInputException("--article", "name the articles to take (--article ID or SLUG) or how"
                    + " many pending comments (--pending N)");
        }
        checkLocal(source, local);
        String sourceAddress = addressOf(source);
        Optional<OfflineCopy> existing = copyIn(local);
        if (existing.isPresent() && !existing.get().source().equals(sourceAddress)) {
            throw new RefusedException(local.name() + " holds an offline copy of " + existing.get().source()
                    + ", taken by " + existing.get().takenBy() + "; it cannot take from " + sourceAddress
                    + " too. Bring that copy back first, or take into another file.");
        }
        // What the seat saw, read in one snapshot.
        Map<Long, Article> wanted = new LinkedHashMap<>();
        List<Comment> comments = new ArrayList<>();
        Map<Long, Article> alongWith = new LinkedHashMap<>();
        source.read(tx -> {
            for (String ref : articles) {
                Article article = (ref.matches("\\d{1,18}") ? tx.articles().find(Long.parseLong(ref))
                        : tx.articles().findBySlug(ref)).orElseThrow(() -> new InvalidInputException("--article",
                        "no article \"" + ref + "\" in " + source.name()));
                wanted.put(article.id(), asEdited(tx, article));
            }
            for (CommentSummary summary : pending == 0 ? List.<CommentSummary>of()
                    : tx.comments().page(CommentStatus.PENDING, 0, pending)) {
                comments.add(summary.comment());
                long articleId = summary.comment().articleId();
                if (!wanted.containsKey(articleId) && !alongWith.containsKey(articleId)) {
                    alongWith.put(articleId, asEdited(tx, tx.articles().find(articleId).orElseThrow()));
                }
            }
            return null;
        });
        Instant now = Timestamps.now(clock);
        int[] already = {0};
        int[] commentsTaken = {0};
        String copyId = existing.map(OfflineCopy::copyId).orElseGet(() -> UUID.randomUUID().toString());
        local.write(ltx -> {
            OfflineCopy copy = existing.orElseGet(() -> new OfflineCopy(copyId, sourceAddress, actor.username(), now,
                    ltx.offline().highestArticleId(), null));
            ltx.offline().saveCopy(new OfflineCopy(copyId, copy.source(), copy.takenBy(), copy.takenAt(),
                    copy.lastLocalId(), null));
            Map<Long, Long> localIds = new HashMap<>();
            for (Article article : wanted.values()) {
                TakenArticle taken = takeArticle(ltx, localActor, article, true, sourceAddress);
                if (taken == null) {
                    already[0]++;
                    taken = ltx.offline().takenFrom(article.id()).orElseThrow();
                }
                localIds.put(article.id(), taken.localId());
            }
            for (Article article : alongWith.values()) {
                TakenArticle taken = ltx.offline().takenFrom(article.id()).orElse(null);
                if (taken == null) {
                    taken = takeArticle(ltx, localActor, article, false, sourceAddress);
                }
                localIds.put(article.id(), taken.localId());
            }
            for (Comment comment : comments) {
                if (ltx.offline().localCommentOf(comment.id()).isPresent()) {
                    continue;
                }
                Long parent = comment.parentId() == null ? null
                        : ltx.offline().localCommentOf(comment.parentId()).orElse(null);
                long localId = ltx.comments().insert(new Comment(0, localIds.get(comment.articleId()), parent,
                        comment.authorName(), comment.authorEmail(), comment.body(), comment.status(),
                        comment.reason(), comment.submittedAt(), comment.decidedBy(), comment.decidedAt(),
                        comment.authorIp(), comment.bodyIsHtml()));
                ltx.offline().saveTaken(new TakenComment(localId, comment.id(), comment.status()));
                commentsTaken[0]++;
            }
            audit.record(ltx, localActor, "offline.take", null, null, describeTaking(wanted.size() - already[0],
                    commentsTaken[0]) + " from " + sourceAddress + " by " + actor.username());
            // The source learns of the taking inside the file's transaction: if it refuses, the file takes nothing.
            source.write(stx -> {
                stx.offline().recordTaking(copyId, actor.username(), now);
                for (Article article : wanted.values()) {
                    stx.offline().checkOut(article.id(), copyId, actor.username(), now);
                }
                audit.record(stx, actor, "offline.take", null, null, describeTaking(wanted.size(), commentsTaken[0])
                        + " into " + local.name());
                return null;
            });
            return null;
        });
        return new Taken(wanted.size() - already[0], commentsTaken[0], alongWith.size(), already[0]);
    }

    /**
     * Brings back every change made offline in {@code local} to {@code source}, the newsroom the copy was taken
     * from. Run again after an interruption, it completes what is left; run again after it completed, it does
     * nothing. {@code monitor} hears each article and decision as it is done; cancelled, the return stops between
     * two of them (each is whole), and running it again completes it.
     */
    public Returned bringBack(Actor actor, Database source, Database local, Actor localActor, TaskMonitor monitor) {
        actor.require(Permission.READ_ARTICLES);
        checkLocal(source, local);
        OfflineCopy copy = copyIn(local).orElseThrow(() -> new RefusedException(local.name() + " holds no offline"
                + " copy: there is nothing to bring back (take articles with 'newsdesk offline take')."));
        String sourceAddress = addressOf(source);
        if (source.read(tx -> tx.offline().takerOf(copy.copyId())).isEmpty()) {
            throw new RefusedException("The offline copy in " + local.name() + " was taken from " + copy.source()
                    + "; " + sourceAddress + " is another newsroom (it knows nothing of this copy). Nothing was"
                    + " brought back.");
        }
        ArticleService articles = new ArticleService(source, clock);
        CommentService moderation = new CommentService(source, clock);
        List<String> lines = new ArrayList<>();
        int saved = 0;
        int conflicts = 0;
        int created = 0;
        int unchanged = 0;
        int refused = 0;
        List<TakenArticle> takenArticles = local.read(tx -> tx.offline().takenArticles());
        List<Long> written = local.read(tx -> tx.offline().writtenOffline(copy.lastLocalId()));
        List<TakenComment> takenComments = local.read(tx -> tx.offline().takenComments());
        List<Long> replies = local.read(tx -> tx.offline().repliesWrittenOffline());
        long total = takenArticles.size() + written.size() + takenComments.size() + replies.size();
        long done = 0;
        for (TakenArticle taken : takenArticles) {
            monitor.checkCancelled();
            monitor.progress(done++, total, "Bringing back the articles");
            Article offline = local.read(tx -> tx.articles().find(taken.localId()).map(a -> asEdited(tx, a)))
                    .orElse(null);
            if (offline == null || offline.version() == taken.localVersion()) {
                unchanged += taken.taken() ? 1 : 0; // one that came along with its comments was not taken to change
                continue;
            }
            String key = copy.copyId() + ":article:" + taken.localId() + ":" + offline.version();
            try {
                ArticleService.BroughtBack back = articles.bringBack(actor, taken.sourceId(), ArticleDraft.of(offline),
                        taken.sourceVersion(), key);
                boolean conflict = back.outcome() == ArticleService.Returned.CONFLICT;
                long sourceVersion = conflict ? taken.sourceVersion() : back.version();
                ArticleStatus sourceStatus = taken.sourceStatus();
                String statusNote = "";
                if (!conflict && offline.status() != taken.sourceStatus()) {
                    // A move made offline (submitted for review, published …) follows the text, checked as any move.
                    try {
                        Article moved = articles.bringBackStatus(actor, taken.sourceId(), taken.sourceStatus(),
                                offline.status(), copy.copyId() + ":status:" + taken.localId() + ":"
                                        + offline.status().code());
                        sourceVersion = moved.version();
                        sourceStatus = moved.status();
                        statusNote = ", now " + moved.status().code().replace('_', ' ');
                    } catch (AccessDeniedException | InvalidInputException | RefusedException e) {
                        refused++; // the text came back; the move is reported, and stays in this file
                        statusNote = "; its status was not changed: " + e.getMessage();
                    }
                } else if (conflict && offline.status() != taken.sourceStatus()) {
                    statusNote = "; its status stays as it is there until the conflict is settled";
                }
                long base = sourceVersion;
                ArticleStatus seen = sourceStatus;
                local.write(tx -> {
                    tx.offline().saveTaken(new TakenArticle(taken.localId(), taken.sourceId(), base, seen,
                            offline.version(), taken.taken()));
                    if (conflict) {
                        audit.record(tx, localActor, "article.conflict", ARTICLE, taken.localId(), "changed at the"
                                + " source meanwhile: kept there as a conflict for someone to settle");
                    }
                    return null;
                });
                if (conflict) {
                    conflicts++;
                    lines.add("conflict: \u201C" + offline.headline() + "\u201D changed at the source meanwhile; the"
                            + " offline version waits there for someone to keep one of the two" + statusNote);
                } else {
                    saved++;
                    lines.add("saved: \u201C" + offline.headline() + "\u201D" + statusNote);
                }
            } catch (AccessDeniedException | InvalidInputException | RefusedException e) {
                refused++;
                lines.add("not brought back: \u201C" + offline.headline() + "\u201D: " + e.getMessage()
                        + " (it stays in this file)");
            }
        }
        for (long localId : written) {
            monitor.checkCancelled();
            monitor.progress(done++, total, "Bringing back the articles written offline");
            Article offline = local.read(tx -> asEdited(tx, tx.articles().find(localId).orElseThrow()));
            String key = copy.copyId() + ":new:" + localId;
            try {
                ArticleService.BroughtBack back = articles.bringBackNew(actor, ArticleDraft.of(offline), key);
                local.write(tx -> {
                    tx.offline().saveTaken(new TakenArticle(localId, back.articleId(), back.version(),
                            ArticleStatus.DRAFT, offline.version(), true));
                    return null;
                });
                created++;
                lines.add("new draft: \u201C" + offline.headline() + "\u201D");
            } catch (AccessDeniedException | InvalidInputException | RefusedException e) {
                refused++;
                lines.add("not brought back: \u201C" + offline.headline() + "\u201D: " + e.getMessage()
                        + " (it stays in this file)");
            }
        }
        int decisionsSaved = 0;
        int decisionsLost = 0;
        for (TakenComment taken : takenComments) {
            monitor.checkCancelled();
            monitor.progress(done++, total, "Bringing back the decisions");
            Comment offline = local.read(tx -> tx.comments().find(taken.localId())).orElse(null);
            if (offline == null || offline.status() == taken.seenStatus()) {
                continue;
            }
            String key = copy.copyId() + ":comment:" + taken.localId() + ":" + offline.status().code();
            CommentService.ReturnedDecision back;
            try {
                back = moderation.bringBackDecision(actor, taken.sourceId(), taken.seenStatus(), offline.status(),
                        key);
            } catch (AccessDeniedException | InvalidInputException e) {
                refused++;
                lines.add("decision not brought back: comment by " + offline.authorName() + ": " + e.getMessage());
                continue;
            }
            Comment there = back.current();
            local.write(tx -> {
                tx.offline().saveTaken(new TakenComment(taken.localId(), taken.sourceId(), offline.status()));
                if (!back.saved()) {
                    audit.record(tx, localActor, "comment.offline-lost", "comment", taken.localId(), "not applied: "
                            + alreadyDecided(there));
                }
                return null;
            });
            if (back.saved()) {
                decisionsSaved++;
            } else {
                decisionsLost++;
                lines.add("decision lost: comment by " + offline.authorName() + " (" + offline.status().code()
                        + " offline): " + alreadyDecided(there));
            }
        }
        int repliesSaved = 0;
        for (long localId : replies) {
            monitor.checkCancelled();
            monitor.progress(done++, total, "Bringing back the replies");
            Comment reply = local.read(tx -> tx.comments().find(localId)).orElseThrow();
            long parent = local.read(tx -> tx.offline().takenComments().stream()
                    .filter(taken -> taken.localId() == reply.parentId()).findFirst().orElseThrow().sourceId());
            try {
                Comment there = moderation.bringBackReply(actor, parent, reply.body(), copy.copyId() + ":reply:"
                        + localId);
                local.write(tx -> {
                    tx.offline().saveTaken(new TakenComment(localId, there.id(), reply.status()));
                    return null;
                });
                repliesSaved++;
                lines.add("reply saved: to the comment by " + local.read(tx -> tx.comments().find(reply.parentId()))
                        .map(Comment::authorName).orElse("?"));
            } catch (AccessDeniedException | InvalidInputException e) {
                refused++;
                lines.add("reply not brought back: " + e.getMessage() + " (it stays in this file)");
            }
        }
        monitor.progress(total, total, "Brought back");
        Returned returned = new Returned(saved, conflicts, created, unchanged, refused, decisionsSaved, decisionsLost,
                repliesSaved, List.copyOf(lines));
        if (returned.nothingChanged() && copy.returnedAt() != null) {
            return returned; // brought back already: a second return changes nothing, records nothing
        }
        Instant now = Timestamps.now(clock);
        source.write(tx -> {
            tx.offline().releaseCheckouts(copy.copyId());
            tx.offline().markTakingReturned(copy.copyId(), now);
            audit.record(tx, actor, "offline.return", null, null, summary(returned) + " from " + local.name());
            return null;
        });
        local.write(tx -> {
            tx.offline().saveCopy(new OfflineCopy(copy.copyId(), copy.source(), copy.takenBy(), copy.takenAt(),
                    copy.lastLocalId(), now));
            audit.record(tx, localActor, "offline.return", null, null, summary(returned) + " to " + sourceAddress);
            return null;
        });
        return returned;
    }

    /** The return's counts in words, as the audit trail and the window say them. */
    public static String summary(Returned returned) {
        return String.format("%d saved, %d in conflict, %d new, %d unchanged%s; decisions: %d saved, %d lost%s",
                returned.saved(), returned.conflicts(), returned.created(), returned.unchanged(),
                returned.refused() == 0 ? "" : ", " + returned.refused() + " refused", returned.decisionsSaved(),
                returned.decisionsLost(), returned.replies() == 0 ? "" : "; " + returned.replies() + " repl"
                        + (returned.replies() == 1 ? "y" : "ies"));
    }

    private static String alreadyDecided(Comment there) {
        return "already " + there.status().code() + (there.decidedBy() == null || there.decidedBy().isBlank() ? ""
                : " by " + there.decidedBy());
    }

    private static String describeTaking(int articles, int comments) {
        return articles + " article" + (articles == 1 ? "" : "s") + ", " + comments + " comment"
                + (comments == 1 ? "" : "s");
    }

    private static void checkLocal(Database source, Database local) {
        if (local.isShared()) {
            throw new InvalidInputException("--db", "an offline copy lives in a newsroom file on this computer, not"
                    + " in a shared newsroom (" + local.name() + ")");
        }
        if (!source.isShared() && source.file().equals(local.file())) {
            throw new InvalidInputException("--db", "the offline copy and the newsroom it comes from are the same"
                    + " file (" + local.name() + ")");
        }
    }

    /**
     * Copies a taken article into the file (or refreshes one taken before and not changed offline since); null when
     * it was taken before and changed offline (that text is kept, not replaced).
     */
    private TakenArticle takeArticle(Transaction tx, Actor localActor, Article article, boolean taken,
            String sourceAddress) {
        Optional<TakenArticle> before = tx.offline().takenFrom(article.id());
        if (before.isPresent()) {
            Article local = asEdited(tx, tx.articles().find(before.get().localId()).orElseThrow());
            if (local.version() != before.get().localVersion()) {
                return null;
            }
            if (before.get().taken() || !taken) {
                return before.get(); // taken already and unchanged: nothing to refresh but the mark
            }
            tx.offline().saveTaken(new TakenArticle(before.get().localId(), article.id(), before.get().sourceVersion(),
                    before.get().sourceStatus(), before.get().localVersion(), true));
            return tx.offline().takenFrom(article.id()).orElseThrow();
        }
        Instant now = Timestamps.now(clock);
        String slug = article.slug();
        for (int n = 2; tx.articles().idOfSlug(slug).isPresent(); n++) {
            slug = article.slug() + "-" + n;
        }
        long localId = tx.articles().insert(new Article(0, slug, article.headline(), article.dek(), article.byline(),
                article.section(), article.tags(), article.language(), article.status(), article.body(),
                article.createdAt(), article.updatedAt(), article.publishedAt(), article.scheduledAt(), 1,
                article.createdBy(), article.extras()));
        tx.revisions().insert(new ArticleRevision(0, localId, article.headline(), article.body(),
                localActor.username(), "Taken offline from " + sourceAddress + " at version " + article.version(),
                now));
        long localVersion = tx.articles().find(localId).orElseThrow().version();
        TakenArticle record = new TakenArticle(localId, article.id(), article.version(), article.status(),
                localVersion, taken);
        tx.offline().saveTaken(record);
        return record;
    }

    /** The article as its editors see it: with its changes not yet live over it. */
    private static Article asEdited(Transaction tx, Article live) {
        return tx.articles().pending(live.id()).map(pending -> pending.over(live)).orElse(live);
    }
}
