package com.newsdesk.ui.subscribers;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.PagedList;
import java.util.function.Consumer;

/** The subscriber list, in the order subscribers were added, loaded page by page. */
public final class SubscribersViewModel {
    private final PagedList<Subscriber> rows;

    public SubscribersViewModel(Actor actor, NewsroomService newsroom, BackgroundExecutor executor,
            Consumer<Throwable> onError) {
        this.rows = new PagedList<>(PagedList.source(() -> newsroom.subscriberCount(actor),
                (offset, limit) -> newsroom.subscriberPage(actor, offset, limit)), executor, 200, onError);
    }

    public PagedList<Subscriber> rows() { return rows; }

    public void refresh() { rows.refresh(); }
}
