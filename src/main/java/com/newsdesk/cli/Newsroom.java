package com.newsdesk.cli;

import com.newsdesk.domain.Actor;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.AuditService;
import com.newsdesk.service.BackupService;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.SiteArticlesService;
import com.newsdesk.service.StaffService;
import com.newsdesk.service.TransferService;
import com.newsdesk.storage.Database;
import com.newsdesk.service.subscribers.SubscriberDesk;

/**
 * A newsroom opened for one command: the one place a command gets its services from, and who runs it (signed in
 * the first time a command asks, so a command that needs no one asks for no password). Closed with the command.
 */
final class Newsroom implements AutoCloseable {
    private final CliContext context;
    private final Database database;
    private final String user;
    private Actor actor;

    Newsroom(CliContext context, Database database, String user) {
        this.context = context;
        this.database = database;
        this.user = user;
    }

    /** Who runs the command: the owner of a newsroom without staff, or the staff member {@code --user} names. */
    Actor actor() {
        if (actor == null) {
            actor = context.signIn(database, user);
        }
        return actor;
    }

    Database database() { return database; }

    ArticleService articles() { return new ArticleService(database, context.clock); }

    SiteArticlesService site() { return new SiteArticlesService(database, context.clock); }

    CommentService comments() { return new CommentService(database, context.clock); }

    SubscriberDesk subscribers() { return SubscriberDesk.of(database, context.clock); }

    com.newsdesk.service.writing.WritingAids writing() {
        return new com.newsdesk.service.writing.WritingAids(database, context.clock,
                new com.newsdesk.service.writing.LanguageCheckers());
    }

    com.newsdesk.service.site.SiteService sites() {
        return new com.newsdesk.service.site.SiteService(database, context.clock);
    }

    com.newsdesk.service.site.SitePublishing sitePublishing() {
        return new com.newsdesk.service.site.SitePublishing(database, context.clock);
    }

    TransferService transfer() { return new TransferService(database, context.clock); }

    BackupService backups() { return new BackupService(database, context.clock); }

    AuditService audit() { return new AuditService(database, context.clock); }

    NewsroomService newsroom() { return new NewsroomService(database); }

    SampleNewsroom sample() { return new SampleNewsroom(database, context.clock); }

    StaffService staff() { return context.staff(database); }

    @Override
    public void close() {
        database.close();
    }
}
