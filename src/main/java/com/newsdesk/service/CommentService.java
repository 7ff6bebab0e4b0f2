package com.newsdesk.service;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.storage.Database;
import com.newsdesk.domain.CommentDetail;
import com.newsdesk.domain.CommentFilter;
import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.EmailAddresses;
import com.newsdesk.storage.Transaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Moderation decisions on reader comments: saved at once, each one audited with its before and after. */
public final class CommentService {
    private static final int RERUN_PAGE = 500;
    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public CommentService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** Streams comments for the site with safe HTML; moderating permission needed; the export is audited. */
    public long exportForSite(Actor actor, CommentStatus status, String articleSlug, java.io.OutputStream out) {
        actor.require(Permission.MODERATE_COMMENTS);
        long written = database.read(tx -> {
            if (articleSlug != null && tx.articles().idOfSlug(articleSlug).isEmpty()) {
                throw new InvalidInputException("--article", "no article with the slug \"" + articleSlug + "\"");
            }
            com.newsdesk.io.SiteCommentsWriter writer = new com.newsdesk.io.SiteCommentsWriter(out);
            long[] count = {0};
            tx.comments().forEachWithSlug(status, articleSlug, (comment, slug) -> {
                writer.comment(comment, slug);
                count[0]++;
            });
            writer.finish();
            return count[0];
        });
        database.write(tx -> {
            audit.record(tx, actor, "export.comments", null, null, written + " comments"
                    + (status == null ? "" : ", " + status.code()) + (articleSlug == null ? "" : ", " + articleSlug));
            return null;
        });
        return written;
    }

    public long exportForSiteTo(Actor actor, CommentStatus status, String articleSlug, OutputTarget target) {
        actor.require(Permission.MODERATE_COMMENTS);
        return GuardedWriter.write(database.file(), target, out -> exportForSite(actor, status, articleSlug, out));
    }

    /**
     * Moves a comment from the status the moderator saw to a new one. When someone else decided meanwhile, nothing
     * changes and the refusal says what the comment is now.
     */
    public Comment decide(Actor actor, long id, CommentStatus seen, CommentStatus to) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.write(tx -> decideIn(tx, actor, id, seen, to, null));
    }

    /** Decides several comments in one transaction (Shift+A/S/D on a selection); all or nothing. */
    public List<Comment> decideAll(Actor actor, List<Comment> seen, CommentStatus to) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.write(tx -> {
            List<Comment> decided = new ArrayList<>();
            for (Comment comment : seen) {
                decided.add(decideIn(tx, actor, comment.id(), comment.status(), to, null));
            }
            return decided;
        });
    }

    /**
     * {@code comments decide}: moves each comment from whatever status it has now to {@code to}, in one transaction
     * (all or none), each audited; a comment already there is left as it is.
     */
    public List<Comment> decideNow(Actor actor, List<Long> ids, CommentStatus to) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.write(tx -> {
            List<Comment> decided = new ArrayList<>();
            for (long id : ids) {
                Comment current = tx.comments().find(id)
                        .orElseThrow(() -> new InvalidInputException("comment", "no comment " + id));
                decided.add(decideIn(tx, actor, id, current.status(), to, null));
            }
            return decided;
        });
    }

    /** A decision made offline, as a return brings it: applied, or lost to a decision made here meanwhile. */
    public record ReturnedDecision(boolean saved, Comment current) {}

    /**
     * A decision made offline comes back: applied where the comment still has the status the moderator saw (or has
     * the decided one already); otherwise the decision made here stands, and the lost one is audited. Once per
     * {@code returnKey}, in one transaction with its record.
     */
    public ReturnedDecision bringBackDecision(Actor actor, long id, CommentStatus seen, CommentStatus to,
            String returnKey) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.write(tx -> {
            var applied = tx.offline().applied(returnKey);
            Comment current = tx.comments().find(id)
                    .orElseThrow(() -> new InvalidInputException("comment", "no comment " + id + " (deleted since)"));
            if (applied.isPresent()) {
                return new ReturnedDecision(applied.get().outcome().equals("SAVED"), current);
            }
            boolean saved = current.status() == seen || current.status() == to;
            if (saved && current.status() != to) {
                current = decideIn(tx, actor, id, seen, to, "decided offline");
            } else if (!saved) {
                audit.record(tx, actor, "comment.offline-lost", "comment", id, "offline " + seen.code() + " → "
                        + to.code() + " not applied: already " + current.status().code()
                        + (current.decidedBy() == null || current.decidedBy().isBlank() ? "" : " by " + current.decidedBy()));
            }
            tx.offline().recordApplied(returnKey, new com.newsdesk.domain.offline.AppliedReturn(
                    saved ? "SAVED" : "LOST", id, 0), Timestamps.now(clock));
            return new ReturnedDecision(saved, current);
        });
    }

    /**
     * Empty spam / Empty trash: deletes every comment in that queue for good, in one transaction, audited with the
     * count. Replies to them stay, without a parent. Only spam and trash can be emptied.
     */
    public long emptyQueue(Actor actor, CommentStatus status) {
        actor.require(Permission.MODERATE_COMMENTS);
        if (status != CommentStatus.SPAM && status != CommentStatus.TRASH) {
            throw new InvalidInputException("status", "only the spam and trash queues can be emptied, not "
                    + (status == null ? "every comment" : status.code()));
        }
        return database.write(tx -> {
            long deleted = tx.comments().deleteAll(status);
            audit.record(tx, actor, "comment.empty", "comment", null,
                    String.format("%s emptied: %,d comments deleted", status.code(), deleted));
            return deleted;
        });
    }

    private Comment decideIn(Transaction tx, Actor actor, long id, CommentStatus seen, CommentStatus to, String why) {
        Comment current = tx.comments().find(id)
                .orElseThrow(() -> new InvalidInputException("comment", "no comment " + id));
        if (current.status() == to) {
            return current;
        }
        if (!tx.comments().decide(id, seen, to, actor.username(), Timestamps.now(clock))) {
            throw new RefusedException("Comment " + id + " is already " + current.status().code()
                    + (current.decidedBy() == null || current.decidedBy().isBlank() ? "" : " by " + current.decidedBy())
                    + " (someone decided meanwhile); nothing was changed.");
        }
        audit.record(tx, actor, "comment.decide", "comment", id,
                seen.code() + " → " + to.code() + (why == null ? "" : " (" + why + ")"));
        return tx.comments().find(id).orElseThrow();
    }

    /** The rules as stored (defaults on a new newsroom). */
    public CommentRules rules(Actor actor) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.read(tx -> tx.commentRules().load());
    }

    public void saveRules(Actor actor, CommentRules rules) {
        actor.require(Permission.MODERATE_COMMENTS);
        database.write(tx -> {
            tx.commentRules().save(rules);
            audit.record(tx, actor, "comment.rules", null, null, describe(rules));
            return null;
        });
    }

    private static String describe(CommentRules rules) {
        StringBuilder text = new StringBuilder();
        rules.lists().forEach((kind, values) -> text.append(kind.title().toLowerCase(java.util.Locale.ROOT))
                .append(' ').append(values.size()).append(", "));
        return text + "hold at " + rules.linkLimit() + " links, approve known authors "
                + (rules.approveKnownAuthors() ? "on" : "off");
    }

    /** Where the rules would move the pending queue, per new status. */
    public record RerunSummary(long checked, Map<CommentStatus, Long> moved) {
        public long total() { return moved.values().stream().mapToLong(Long::longValue).sum(); }
    }

    /**
     * Runs the stored rules over the pending queue in one transaction: comments they send elsewhere move, the others
     * get the rules' reason. Cancelling leaves the queue as it was.
     */
    public RerunSummary rerunRulesOnPending(Actor actor, TaskMonitor monitor) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.write(tx -> {
            CommentRules rules = tx.commentRules().load();
            long total = tx.comments().count(CommentStatus.PENDING);
            Map<CommentStatus, Long> moved = new java.util.EnumMap<>(CommentStatus.class);
            long checked = 0;
            CommentFilter queue = CommentFilter.queue(CommentStatus.PENDING);
            // Pages by key, so memory stays flat however long the queue; moved rows do not shift the key.
            List<CommentSummary> page = tx.comments().page(queue, 0, RERUN_PAGE);
            while (!page.isEmpty()) {
                for (CommentSummary row : page) {
                    monitor.checkCancelled();
                    Comment comment = row.comment();
                    CommentRules.Verdict verdict = rules.judge(comment.authorName(), comment.authorEmail(),
                            comment.authorIp(), comment.body(),
                            tx.comments().authorHasApproved(comment.authorEmail()));
                    if (verdict.status() != CommentStatus.PENDING) {
                        tx.comments().sort(comment.id(), CommentStatus.PENDING, verdict.status(), verdict.reason());
                        audit.record(tx, actor, "comment.rules", "comment", comment.id(),
                                "pending → " + verdict.status().code() + " (" + verdict.reason() + ")");
                        moved.merge(verdict.status(), 1L, Long::sum);
                    } else if (!java.util.Objects.equals(verdict.reason(), comment.reason())) {
                        tx.comments().sort(comment.id(), CommentStatus.PENDING, CommentStatus.PENDING,
                                verdict.reason());
                    }
                    monitor.progress(++checked, total, "Checking pending comments");
                }
                Comment last = page.get(page.size() - 1).comment();
                page = tx.comments().pageAfter(queue, last.submittedAt(), last.id(), RERUN_PAGE);
            }
            audit.record(tx, actor, "comment.rules.rerun", null, null, checked + " pending comments checked, "
                    + moved.values().stream().mapToLong(Long::longValue).sum() + " moved");
            return new RerunSummary(checked, moved);
        });
    }

    /**
     * Saves a staff member's reply, threaded under the comment and approved. Replying to a pending comment approves
     * it too, as WordPress's "Approve and Reply" does: a reply shows a comment fit to publish.
     */
    public Comment reply(Actor actor, long parentId, String text) {
        actor.require(Permission.MODERATE_COMMENTS);
        String body = text == null ? "" : text.strip();
        com.newsdesk.domain.Limits.check("comment", "the comment", body, com.newsdesk.domain.Limits.COMMENT);
        if (body.isEmpty()) {
            throw new InvalidInputException("reply", "the reply is empty");
        }
        return database.write(tx -> replyIn(tx, actor, parentId, body));
    }

    private Comment replyIn(Transaction tx, Actor actor, long parentId, String body) {
        Comment parent = tx.comments().find(parentId)
                .orElseThrow(() -> new InvalidInputException("comment", "no comment " + parentId));
        if (parent.status() == CommentStatus.PENDING) {
            decideIn(tx, actor, parentId, CommentStatus.PENDING, CommentStatus.APPROVED, "replied to");
        }
        java.time.Instant now = Timestamps.now(clock);
        String name = tx.staff().find(actor.username()).map(member -> member.displayName())
                .filter(display -> !display.isBlank()).orElse(actor.username());
        long id = tx.comments().insert(new Comment(0, parent.articleId(), parentId, name, "", body,
                CommentStatus.APPROVED, Comment.STAFF_REPLY, now, actor.username(), now));
        audit.record(tx, actor, "comment.reply", "comment", id, "reply to comment " + parentId);
        return tx.comments().find(id).orElseThrow();
    }

    /** A reply written offline comes back under its comment, once per {@code returnKey}; returns the reply here. */
    public Comment bringBackReply(Actor actor, long parentId, String text, String returnKey) {
        actor.require(Permission.MODERATE_COMMENTS);
        com.newsdesk.domain.Limits.check("comment", "the comment", text, com.newsdesk.domain.Limits.COMMENT);
        return database.write(tx -> {
            var applied = tx.offline().applied(returnKey);
            if (applied.isPresent()) {
                return tx.comments().find(applied.get().resultId()).orElseThrow(() -> new InvalidInputException(
                        "comment", "the reply brought back before was deleted since"));
            }
            Comment reply = replyIn(tx, actor, parentId, text.strip());
            tx.offline().recordApplied(returnKey, new com.newsdesk.domain.offline.AppliedReturn("REPLY", reply.id(), 0),
                    Timestamps.now(clock));
            return reply;
        });
    }

    /** Changes a comment's text; the text it had is kept in its history. */
    public Comment edit(Actor actor, long id, String text) {
        return edit(actor, id, null, text);
    }

    /**
     * As above, from the text the moderator saw ({@code seen}; null skips the check): when someone else edited the
     * comment meanwhile, nothing is overwritten and the refusal says so.
     */
    public Comment edit(Actor actor, long id, String seen, String text) {
        actor.require(Permission.MODERATE_COMMENTS);
        String body = text == null ? "" : text.strip();
        com.newsdesk.domain.Limits.check("comment", "the comment", body, com.newsdesk.domain.Limits.COMMENT);
        if (body.isEmpty()) {
            throw new InvalidInputException("comment", "the text is empty; trash the comment instead");
        }
        return database.write(tx -> {
            Comment current = tx.comments().find(id)
                    .orElseThrow(() -> new InvalidInputException("comment", "no comment " + id));
            if (current.body().equals(body)) {
                return current;
            }
            if (seen != null && !current.body().equals(seen)) {
                throw new RefusedException("The comment was edited elsewhere since it was opened; nothing was"
                        + " overwritten. Open it again to see the change.");
            }
            tx.comments().edit(id, body, actor.username(), Timestamps.now(clock));
            audit.record(tx, actor, "comment.edit", "comment", id, current.body().length() + " → " + body.length()
                    + " characters");
            return tx.comments().find(id).orElseThrow();
        });
    }

    /** The reading pane's view of a comment: parent, history and author record. */
    public CommentDetail detail(Actor actor, long id) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.read(tx -> {
            Comment comment = tx.comments().find(id)
                    .orElseThrow(() -> new InvalidInputException("comment", "no comment " + id));
            String headline = tx.articles().find(comment.articleId()).map(article -> article.headline()).orElse("");
            Comment parent = comment.parentId() == null ? null : tx.comments().find(comment.parentId()).orElse(null);
            List<CommentDetail.HistoryEntry> history = new ArrayList<>();
            history.add(new CommentDetail.HistoryEntry(comment.submittedAt(),
                    comment.authorName().isBlank() ? "(no name)" : comment.authorName(), "submitted", null));
            tx.audit().ofRecord("comment", id).forEach(entry -> history.add(new CommentDetail.HistoryEntry(
                    entry.at(), entry.actor(), describeAction(entry.action()) + " " + entry.detail(), null)));
            tx.comments().edits(id).forEach(edit -> history.add(new CommentDetail.HistoryEntry(edit.editedAt(),
                    edit.editedBy(), "text before this edit", edit.previousBody())));
            history.sort(java.util.Comparator.comparing(CommentDetail.HistoryEntry::at));
            return new CommentDetail(new CommentSummary(comment, headline), parent, tx.comments().replies(id), history,
                    author(tx, comment.authorEmail(), actor.can(Permission.MANAGE_SUBSCRIBERS)),
                    com.newsdesk.io.CommentBodies.document(comment));
        });
    }

    private static String describeAction(String action) {
        return switch (action) {
            case "comment.decide" -> "decided";
            case "comment.rules" -> "sorted by the rules:";
            case "comment.reply" -> "replied:";
            case "comment.edit" -> "edited:";
            case "comment.import" -> "imported:";
            default -> action;
        };
    }

    private static CommentDetail.Author author(Transaction tx, String email, boolean mayManageSubscribers) {
        if (email.isBlank()) {
            return new CommentDetail.Author("", Map.of(), List.of(), CommentDetail.Newsletter.NOT_SUBSCRIBED, false);
        }
        boolean blocked = tx.commentRules().load().list(CommentRules.Kind.BLOCKED_EMAIL)
                .contains(email.toLowerCase(java.util.Locale.ROOT));
        // Someone who may not manage subscribers learns whether the address is subscribed, and the newsroom reads
        // no more than that for them (on a server, their login could not).
        CommentDetail.Newsletter newsletter = mayManageSubscribers
                ? CommentDetail.Newsletter.of(tx.subscribers().findByEmail(email).orElse(null), true)
                : new CommentDetail.Newsletter(tx.subscribers().isSubscribed(email), null, null);
        return new CommentDetail.Author(email, tx.comments().countByStatusOfAuthor(email),
                tx.comments().byAuthor(email, 50), newsletter, blocked);
    }

    /** Blocks an address: its pending comments go to spam now, and its future comments by rule. */
    public int blockAuthor(Actor actor, String email) {
        actor.require(Permission.MODERATE_COMMENTS);
        String address = EmailAddresses.clean(email).toLowerCase(java.util.Locale.ROOT);
        if (address.isEmpty()) {
            throw new InvalidInputException("email", "this comment has no email address to block");
        }
        return database.write(tx -> {
            tx.commentRules().add(CommentRules.Kind.BLOCKED_EMAIL, address);
            audit.record(tx, actor, "comment.block_author", null, null, address);
            return decidePendingOfAuthor(tx, actor, address, CommentStatus.SPAM, "author blocked");
        });
    }

    /** Approves every pending comment from this address. */
    public int approveAllByAuthor(Actor actor, String email) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.write(tx -> decidePendingOfAuthor(tx, actor, email, CommentStatus.APPROVED,
                "all by this author"));
    }

    private int decidePendingOfAuthor(Transaction tx, Actor actor, String email, CommentStatus to, String why) {
        List<Comment> pending = tx.comments().ofAuthor(email, CommentStatus.PENDING);
        for (Comment comment : pending) {
            decideIn(tx, actor, comment.id(), CommentStatus.PENDING, to, why);
        }
        return pending.size();
    }

    /**
     * Imports reader comments from a WordPress export (WXR) or JSON in one transaction: a bad file, or a cancel,
     * changes nothing. The summary says where the comments went and what was skipped.
     */
    public CommentIntakeSummary importComments(Actor actor, java.nio.file.Path file, TaskMonitor monitor) {
        return importComments(actor, file, false, monitor);
    }

    /**
     * As above; a rehearsal ({@code dryRun}) is the same import rolled back, so that the window can list what would
     * be left out (and why) before anything is kept.
     */
    public CommentIntakeSummary importComments(Actor actor, java.nio.file.Path file, boolean dryRun,
            TaskMonitor monitor) {
        actor.require(Permission.MODERATE_COMMENTS);
        long size = com.newsdesk.service.input.InputFiles.check(file, com.newsdesk.service.input.InputFiles.STREAMED,
                "comment file");
        try (java.io.InputStream raw = com.newsdesk.service.input.InputFiles.open(file,
                com.newsdesk.service.input.InputFiles.STREAMED, "comment file")) {
            CountingInputStream in = new CountingInputStream(new java.io.BufferedInputStream(raw, 1 << 16));
            com.newsdesk.storage.TransactionWork<CommentIntakeSummary> work = tx -> {
                CommentIntake intake = new CommentIntake(tx, actor, Timestamps.now(clock), () -> {
                    monitor.checkCancelled();
                    monitor.progress(in.count(), size, "Importing comments");
                });
                com.newsdesk.io.CommentIntakeReader.read(in, intake);
                CommentIntakeSummary summary = intake.finish();
                audit.record(tx, actor, "comment.import", null, null, file.getFileName() + ": " + summary.describe());
                return summary;
            };
            return dryRun ? database.bulkRehearse(work) : database.write(work);
        } catch (java.io.IOException e) {
            throw com.newsdesk.service.input.InputFiles.unreadable(file, e);
        }
    }
}
