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
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    /** The queue shown; null shows every comment. */
    private final ObjectProperty<CommentStatus> queue = new SimpleObjectProperty<>(CommentStatus.PENDING);
    private final ReadOnlyObjectWrapper<Map<CommentStatus, Long>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final PagedList<CommentSummary> rows;
    /** The queue as the worker threads read it; JavaFX properties belong to the JavaFX thread. */
    private volatile CommentStatus shownQueue = CommentStatus.PENDING;

    public CommentsViewModel(Actor actor, NewsroomService newsroom, BackgroundExecutor executor,
            Consumer<Throwable> onError) {
        this.newsroom = newsroom;
        this.executor = executor;
        this.onError = onError;
        this.rows = new PagedList<>(PagedList.source(() -> newsroom.commentCount(actor, shownQueue),
                (offset, limit) -> newsroom.commentPage(actor, shownQueue, offset, limit)), executor, 200, onError);
        queue.addListener((observable, before, after) -> {
            shownQueue = after;
            rows.refresh();
        });
    }

    public ObjectProperty<CommentStatus> queueProperty() { return queue; }

    public ReadOnlyObjectProperty<Map<CommentStatus, Long>> countsProperty() { return counts.getReadOnlyProperty(); }

    public PagedList<CommentSummary> rows() { return rows; }

    public void refresh() {
        rows.refresh();
        executor.submit(newsroom::stats, (NewsroomStats stats) -> counts.set(stats.comments()), onError);
    }
}
