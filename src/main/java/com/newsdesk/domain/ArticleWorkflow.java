package com.newsdesk.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which status an article may move to, and who may move it: a Writer submits their own draft for review; Editors
 * and Admins review, schedule, publish, unpublish, archive and send back.
 */
public final class ArticleWorkflow {
    private static final Map<ArticleStatus, Set<ArticleStatus>> NEXT = Map.of(
            ArticleStatus.DRAFT, EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED),
            ArticleStatus.IN_REVIEW, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED),
            ArticleStatus.SCHEDULED, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED),
            ArticleStatus.PUBLISHED, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.ARCHIVED), // back to draft: unpublish
            ArticleStatus.ARCHIVED, EnumSet.of(ArticleStatus.DRAFT));

    private ArticleWorkflow() {}

    /** The permission moving from one status to another takes. */
    public static Permission permissionFor(ArticleStatus from, ArticleStatus to) {
        return from == ArticleStatus.DRAFT && to == ArticleStatus.IN_REVIEW
                ? Permission.SUBMIT_FOR_REVIEW : Permission.REVIEW_AND_PUBLISH;
    }

    public static boolean exists(ArticleStatus from, ArticleStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The moves this actor may make on this article, in status order. */
    public static List<ArticleStatus> movesFor(Actor actor, Article article) {
        return NEXT.get(article.status()).stream().filter(to -> allows(actor, article, to)).sorted().toList();
    }

    public static boolean allows(Actor actor, Article article, ArticleStatus to) {
        if (!exists(article.status(), to) || !actor.can(permissionFor(article.status(), to))) {
            return false;
        }
        // Submitting for review is for the draft's author, unless one may edit any article anyway.
        return to != ArticleStatus.IN_REVIEW || actor.can(Permission.EDIT_ANY_ARTICLE) || isOwnedBy(article, actor);
    }

    /** Whether the actor may change the article's text: any article, or their own draft. */
    public static boolean mayEdit(Actor actor, Article article) {
        return actor.can(Permission.EDIT_ANY_ARTICLE) || actor.can(Permission.EDIT_OWN_DRAFTS)
                && article.status() == ArticleStatus.DRAFT && isOwnedBy(article, actor);
    }

    /** A draft may go to the trash by its own writer, or by an Editor or Admin whoever wrote it. */
    public static boolean mayDelete(Actor actor, Article article) {
        return article.status() == ArticleStatus.DRAFT && mayEdit(actor, article);
    }

    private static boolean isOwnedBy(Article article, Actor actor) {
        return article.createdBy().equalsIgnoreCase(actor.username());
    }
}
