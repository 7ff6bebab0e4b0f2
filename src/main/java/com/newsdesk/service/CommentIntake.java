package com.newsdesk.service;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleExtras;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Slugs;
import com.newsdesk.io.CommentIntakeReader;
import com.newsdesk.io.CommentIntakeReader.IncomingComment;
import com.newsdesk.io.CommentIntakeReader.IncomingPost;
import com.newsdesk.io.ImportedArticle;
import com.newsdesk.storage.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings comments from a WordPress export or JSON into one transaction: finds (or, for WordPress, creates) each
 * article, skips exact duplicates, keeps decisions made at the source, sends the rest through the rules, and
 * threads replies under their parents.
 */
final class CommentIntake implements CommentIntakeReader.Handler {
    private record Fixup(long commentId, long sourceParentId) {}

    private final Transaction tx;
    private final CommentRules rules;
    private final Actor importer;
    private final Instant now;
    private final Runnable progress;
    private final Map<Long, Long> idsBySource = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Fixup> fixups = new ArrayList<>();
    private final Map<CommentStatus, Long> byStatus = new EnumMap<>(CommentStatus.class);
    private long imported;
    private long duplicates;
    private long pingbacks;
    private long articlesCreated;
    private long anonymised;
    private long notes;
    private long invalidCount;
    private final List<CommentIntakeSummary.Problem> invalid = new ArrayList<>();
    private final Suppressions suppressions;

    CommentIntake(Transaction tx, Actor importer, Instant now, Runnable progress) {
        this.tx = tx;
        this.rules = tx.commentRules().load();
        this.suppressions = Suppressions.of(tx);
        this.importer = importer;
        this.now = now;
        this.progress = progress;
        for (CommentStatus status : CommentStatus.values()) {
            byStatus.put(status, 0L);
        }
    }

    @Override
    public void invalid(String where, String reason) {
        if (invalid.size() < CommentIntakeSummary.PROBLEMS_KEPT) {
            invalid.add(new CommentIntakeSummary.Problem(where, reason));
        }
        invalidCount++;
    }

    @Override
    public void post(IncomingPost post) {
        pingbacks += post.pingbacks();
        notes += post.notes();
        if (post.comments().isEmpty()) {
            return;
        }
        long articleId = tx.articles().idOfSlug(post.slug()).orElseGet(() -> createArticle(post));
        post.comments().forEach(comment -> add(comment, articleId));
    }

    @Override
    public void comment(IncomingComment comment) {
        long articleId;
        if (comment.articleSlug() != null) {
            var found = tx.articles().idOfSlug(comment.articleSlug());
            if (found.isEmpty()) { // this comment is left out; the rest of the file goes on
                invalid(comment.where() + ".articleSlug", "no article with the slug \"" + comment.articleSlug() + "\"");
                return;
            }
            articleId = found.get();
        } else {
            articleId = comment.articleId();
            if (!tx.articles().exists(articleId)) {
                invalid(comment.where() + ".articleId", "no article " + articleId);
                return;
            }
        }
        add(comment, articleId);
    }

    private long createArticle(IncomingPost post) {
        ImportedArticle source = post.article();
        Slugs.problem(post.slug()).ifPresent(problem -> {
            throw new InvalidInputException(post.where(), "the post name \"" + post.slug() + "\" cannot be a slug: "
                    + problem);
        });
        if (!importer.can(Permission.CREATE_ARTICLES)) {
            throw new AccessDeniedException(Permission.CREATE_ARTICLES, "This file has comments on \"" + post.slug()
                    + "\" (at " + post.where()
                    + "), which the newsroom does not have. Making it an article to hang the comments on takes the"
                    + " right to create articles, which " + importer.describe() + " does not have: ask an Editor to"
                    + " import the file, or import the articles first. Nothing was imported.");
        }
        // A stub, never published: a comment import is no way to publish (no checklist, no review).
        Instant created = source.publishedAt() == null ? now : source.publishedAt();
        long id = tx.articles().insert(new Article(0, post.slug(), source.headline(), source.dek(), source.byline(),
                "", source.tags(), source.language(), ArticleStatus.DRAFT, source.body(), created, now,
                null, null, 1, importer.username(), ArticleExtras.stub(post.sourceStatus())));
        tx.revisions().insert(new ArticleRevision(0, id, source.headline(), source.body(), importer.username(),
                "Imported from WordPress with its comments", now));
        articlesCreated++;
        return id;
    }

    private void add(IncomingComment arriving, long articleId) {
        IncomingComment incoming = arriving;
        if (suppressions.erased(arriving.authorEmail())) { // the text may come in; who wrote it may not
            incoming = new IncomingComment(arriving.sourceId(), arriving.sourceParentId(), arriving.articleSlug(),
                    arriving.articleId(), "", "", "", arriving.body(), arriving.submittedAt(), arriving.sourceDecision(),
                    arriving.where(), arriving.bodyIsHtml());
            anonymised++;
        }
        String key = articleId + "\u0000" + incoming.authorEmail().toLowerCase(Locale.ROOT) + "\u0000" + incoming.body();
        Long existing = seen.add(key) ? tx.comments()
                .findDuplicate(articleId, incoming.authorEmail(), incoming.body()).orElse(null) : Long.valueOf(-1);
        if (existing != null) {
            duplicates++;
            if (existing > 0 && incoming.sourceId() != null) {
                idsBySource.putIfAbsent(incoming.sourceId(), existing); // replies to it thread under the one we have
            }
            return;
        }
        CommentStatus status;
        String reason;
        if (incoming.sourceDecision() != null) { // the site's decision stands; the rules never overrule it
            status = incoming.sourceDecision();
            reason = status == CommentStatus.PENDING ? "held for moderation at the source" : "decided at the source";
        } else {
            CommentRules.Verdict verdict = rules.judge(incoming.authorName(), incoming.authorEmail(),
                    incoming.authorIp(), incoming.body(), tx.comments().authorHasApproved(incoming.authorEmail()));
            status = verdict.status();
            reason = verdict.reason();
        }
        Long parent = incoming.sourceParentId() == null ? null : idsBySource.get(incoming.sourceParentId());
        long id = tx.comments().insert(new Comment(0, articleId, parent, incoming.authorName(), incoming.authorEmail(),
                incoming.body(), status, reason, incoming.submittedAt(), null, null, incoming.authorIp(),
                incoming.bodyIsHtml()));
        if (incoming.sourceParentId() != null && parent == null) {
            fixups.add(new Fixup(id, incoming.sourceParentId()));
        }
        if (incoming.sourceId() != null) {
            if (idsBySource.putIfAbsent(incoming.sourceId(), id) != null) {
                throw new InvalidInputException(incoming.where(), "the comment id " + incoming.sourceId()
                        + " appears twice in the file");
            }
        }
        byStatus.merge(status, 1L, Long::sum);
        imported++;
        progress.run();
    }

    /** Threads replies that came before their parent; a parent not in the file leaves the reply at the top level. */
    CommentIntakeSummary finish() {
        for (Fixup fixup : fixups) {
            Long parent = idsBySource.get(fixup.sourceParentId());
            if (parent != null && parent != fixup.commentId()) {
                tx.comments().setParent(fixup.commentId(), parent);
            }
        }
        return new CommentIntakeSummary(imported, byStatus, duplicates, pingbacks, articlesCreated, anonymised, notes,
                invalidCount, List.copyOf(invalid));
    }
}
