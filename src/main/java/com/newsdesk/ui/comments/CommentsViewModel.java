package com.newsdesk.ui.comments;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.NewsroomStats;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.PagedList;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The comment queues: one status at a time (or all), oldest first, with a count on each queue. */
public final class CommentsViewModel {
    private final NewsroomService newsroom;
    private final com.newsdesk.service.CommentService moderation;
    private final Actor actor;
    private final java.util.ArrayDeque<Decision> undo = new java.util.ArrayDeque<>();
    private final javafx.beans.property.ReadOnlyStringWrapper message = new javafx.beans.property.ReadOnlyStringWrapper("");

    private Consumer<NewsroomStats> onDecided = stats -> { };

    /** Told the newsroom's new counts after each decision (the window's status bar shows them). */
    public void onDecided(Consumer<NewsroomStats> listener) {
        this.onDecided = listener;
    }

    /** A decision made here, so that Z can take it back. */
    private record Decision(int index, long commentId, CommentStatus from, CommentStatus to) {}
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    /** The queue shown; null shows every comment. */
    private final ObjectProperty<CommentStatus> queue = new SimpleObjectProperty<>(CommentStatus.PENDING);
    private final ReadOnlyObjectWrapper<Map<CommentStatus, Long>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final PagedList<CommentSummary> rows;
    /** The queue as the worker threads read it; JavaFX properties belong to the JavaFX thread. */
    private volatile CommentStatus shownQueue = CommentStatus.PENDING;

    public CommentsViewModel(Actor actor, NewsroomService newsroom, com.newsdesk.service.CommentService moderation,
            BackgroundExecutor executor, Consumer<Throwable> onError) {
        this.newsroom = newsroom;
        this.moderation = moderation;
        this.actor = actor;
        this.executor = executor;
        this.onError = onError;
        this.rows = new PagedList<>(PagedList.source(this::count, this::page), executor, 200, onError);
        queue.addListener((observable, before, after) -> {
            shownQueue = after;
            undo.clear(); // the rows move: decisions are taken back from where they were made
            rows.refresh();
        });
    }

    public ObjectProperty<CommentStatus> queueProperty() { return queue; }

    public ReadOnlyObjectProperty<Map<CommentStatus, Long>> countsProperty() { return counts.getReadOnlyProperty(); }

    public PagedList<CommentSummary> rows() { return rows; }

    /** Rows whose place in the queue is known, by index: page edges, so that a neighbouring page loads by key. */
    private final java.util.Map<Integer, com.newsdesk.domain.Comment> knownRows = new java.util.concurrent.ConcurrentHashMap<>();

    private long count() {
        knownRows.clear(); // a refresh: the queue may have moved
        return newsroom.commentCount(actor, shownQueue);
    }

    /** A page by key when a row next to it is known (any depth, same speed); by offset only for a far jump. */
    private java.util.List<CommentSummary> page(int offset, int limit) {
        com.newsdesk.domain.Comment before = knownRows.get(offset - 1);
        com.newsdesk.domain.Comment after = knownRows.get(offset + limit);
        java.util.List<CommentSummary> page;
        if (offset == 0) {
            page = newsroom.commentPage(actor, shownQueue, 0, limit);
        } else if (before != null) {
            page = newsroom.commentPageAfter(actor, shownQueue, before.submittedAt(), before.id(), limit);
        } else if (after != null) {
            page = newsroom.commentPageBefore(actor, shownQueue, after.submittedAt(), after.id(), limit);
        } else {
            page = newsroom.commentPage(actor, shownQueue, offset, limit);
        }
        if (!page.isEmpty()) {
            knownRows.put(offset, page.get(0).comment());
            knownRows.put(offset + page.size() - 1, page.get(page.size() - 1).comment());
        }
        return page;
    }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /**
     * Decides the comment at index; it is saved at once and shown with its new status in place (a queue is reloaded
     * when it is chosen again), so the next comment is one keystroke away.
     */
    public void decide(int index, CommentStatus to) {
        if (index < 0 || index >= rows.size() || rows.get(index) == null) {
            return;
        }
        CommentSummary row = rows.get(index);
        CommentStatus from = row.comment().status();
        if (from == to) {
            return;
        }
        record(index, row, from, to, () -> undo.push(new Decision(index, row.comment().id(), from, to)));
    }

    /** Takes back the last decision made here (Z). */
    public void undoLast() {
        Decision last = undo.poll();
        if (last == null) {
            message.set("Nothing to undo.");
            return;
        }
        CommentSummary row = rows.get(last.index());
        if (row == null || row.comment().id() != last.commentId()) {
            message.set("The decision to undo is no longer on screen; reload the queue.");
            return;
        }
        record(last.index(), row, last.to(), last.from(), () -> { });
    }

    private void record(int index, CommentSummary row, CommentStatus from, CommentStatus to, Runnable done) {
        executor.submit(() -> moderation.decide(actor, row.comment().id(), from, to), decided -> {
            rows.replaceLoaded(index, new CommentSummary(decided, row.articleHeadline()));
            message.set("Comment by " + (decided.authorName().isBlank() ? "someone" : decided.authorName()) + ": "
                    + from.code() + " → " + to.code() + ". Z undoes.");
            done.run();
            executor.submit(newsroom::stats, (NewsroomStats stats) -> {
                counts.set(stats.comments());
                onDecided.accept(stats);
            }, onError);
        }, failure -> message.set(failure.getMessage()));
    }

    public void refresh() {
        rows.refresh();
        executor.submit(newsroom::stats, (NewsroomStats stats) -> counts.set(stats.comments()), onError);
    }
}
