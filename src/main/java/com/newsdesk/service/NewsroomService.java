package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.ArticleFilter;
import com.newsdesk.domain.ArticleSummary;
import com.newsdesk.domain.CommentFilter;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.NewsroomStats;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.List;

/** Reads that every desk needs: counts and pages of each table. */
public final class NewsroomService {
    private final Database database;

    public NewsroomService(Database database) {
        this.database = database;
    }

    /** The newsroom's file; null for a shared newsroom on a server. */
    public Path databaseFile() {
        return database.file();
    }

    /** Whether the newsroom is shared on a server. */
    public boolean isShared() {
        return database.isShared();
    }

    /** Where the newsroom is, in words: its file, or its server and database. */
    public String location() {
        return database.address().describe();
    }

    /**
     * The folder a file chooser starts in: the newsroom file's, or (for a shared newsroom) the seat's data folder.
     */
    public Path workFolder() {
        return database.isShared() ? com.newsdesk.storage.DataLocation.dataFolder(System.getenv())
                : database.file().toAbsolutePath().getParent();
    }

    /** Counts only: every role may see them. */
    public NewsroomStats stats() {
        return database.read(tx -> new NewsroomStats(
                tx.articles().countByStatus(), tx.comments().countByStatus(), tx.subscribers().countByStatus()));
    }

    public long articleCount(Actor actor, ArticleFilter filter) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.articles().count(filter));
    }

    public List<ArticleSummary> articlePage(Actor actor, ArticleFilter filter, int offset, int limit) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.articles().page(filter, offset, limit));
    }

    /** Values in use for a filter menu: "section", "language" or "byline". */
    public List<String> articleValues(Actor actor, String column) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.articles().distinct(column));
    }

    /** Comments in the filtered queue (the kept count when only the status narrows it). */
    public long commentCount(Actor actor, CommentFilter filter) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.read(tx -> tx.comments().countMatching(filter));
    }

    public List<CommentSummary> commentPage(Actor actor, CommentFilter filter, int offset, int limit) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.read(tx -> tx.comments().page(filter, offset, limit));
    }

    /** The rows after (or before) a known one in queue order: keyset paging. */
    public List<CommentSummary> commentPageAfter(Actor actor, CommentFilter filter, java.time.Instant submittedAt,
            long id, int limit) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.read(tx -> tx.comments().pageAfter(filter, submittedAt, id, limit));
    }

    public List<CommentSummary> commentPageBefore(Actor actor, CommentFilter filter, java.time.Instant submittedAt,
            long id, int limit) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.read(tx -> tx.comments().pageBefore(filter, submittedAt, id, limit));
    }

}
