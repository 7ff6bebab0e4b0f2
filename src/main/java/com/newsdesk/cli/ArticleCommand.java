package com.newsdesk.cli;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.DeletedArticle;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.service.ArticleService;
import com.newsdesk.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** What the editor's publishing buttons and the list's Delete do, for scripts. */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = "Make a published article's changes live or drop them; delete a draft or bring it back.",
        subcommands = {ArticleCommand.Update.class, ArticleCommand.DiscardChanges.class, ArticleCommand.Delete.class,
            ArticleCommand.Undelete.class, ArticleCommand.Trash.class, ArticleCommand.TimeZone.class})
final class ArticleCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing command: choose one of update, discard-changes, delete, undelete, trash, time-zone");
    }

    /** Opens the newsroom, signs in, finds the article by id or slug and runs one use case on it. */
    abstract static class OnOneArticle implements Runnable {
        final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(paramLabel = "ID|SLUG", description = "The article's id or slug.") String article;

        OnOneArticle(CliContext context) { this.context = context; }

        abstract String run(ArticleService articles, Actor actor, Article found);

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                ArticleService articles = newsroom.articles();
                Actor actor = newsroom.actor();
                context.out.println(run(articles, actor, articles.find(actor, article)));
            }
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Make a published article's changes the published version (Editors and Admins).")
    static final class Update extends OnOneArticle {
        Update(CliContext context) { super(context); }

        @Override
        String run(ArticleService articles, Actor actor, Article found) {
            Article updated = articles.updateLive(actor, found.id(), found.version());
            return "Updated \u201C" + updated.headline() + "\u201D: its changes are live.";
        }
    }

    @Command(name = "discard-changes", mixinStandardHelpOptions = true,
            description = "Drop a published article's changes not yet live (their text stays in the revisions).")
    static final class DiscardChanges extends OnOneArticle {
        DiscardChanges(CliContext context) { super(context); }

        @Override
        String run(ArticleService articles, Actor actor, Article found) {
            Article live = articles.discardChanges(actor, found.id(), found.version());
            return "Discarded the changes to \u201C" + live.headline() + "\u201D; the live version is unchanged.";
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Put a draft in the trash: restorable for 30 days, then removed for good.")
    static final class Delete extends OnOneArticle {
        Delete(CliContext context) { super(context); }

        @Override
        String run(ArticleService articles, Actor actor, Article found) {
            DeletedArticle deleted = articles.deleteDraft(actor, found.id());
            return "Deleted \u201C" + found.headline() + "\u201D: in the trash until "
                    + Timestamps.format(deleted.removedAt()) + " (undelete " + found.id() + " brings it back).";
        }
    }

    @Command(name = "undelete", mixinStandardHelpOptions = true, description = "Bring a deleted draft back.")
    static final class Undelete extends OnOneArticle {
        Undelete(CliContext context) { super(context); }

        @Override
        String run(ArticleService articles, Actor actor, Article found) {
            Article back = articles.restoreDeleted(actor, found.id());
            return "Restored \u201C" + back.headline() + "\u201D among the drafts.";
        }
    }

    @Command(name = "trash", mixinStandardHelpOptions = true,
            description = "List the deleted drafts, newest first (those deleted over 30 days ago are removed).")
    static final class Trash implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;

        Trash(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                ArticleService articles = newsroom.articles();
                for (DeletedArticle deleted : articles.trash(newsroom.actor())) {
                    context.out.printf("%6d  deleted %s by %s, removed %s  %s%n", deleted.articleId(),
                            Timestamps.format(deleted.deletedAt()), deleted.deletedBy(),
                            Timestamps.format(deleted.removedAt()), deleted.headline());
                }
            }
        }
    }

    @Command(name = "time-zone", mixinStandardHelpOptions = true,
            description = "Print the newsroom's time zone (schedules and embargoes are in it), or set it (Editors,"
                    + " Admins).")
    static final class TimeZone implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(arity = "0..1", paramLabel = "ZONE", description = "Such as Africa/Casablanca, Europe/Paris or UTC.")
        String zone;

        TimeZone(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                ArticleService articles = newsroom.articles();
                Actor actor = newsroom.actor();
                context.out.println(zone == null ? articles.timeZone(actor).getId()
                        : "The newsroom's time zone is now " + articles.setTimeZone(actor, zone).getId() + ".");
            }
        }
    }
}
