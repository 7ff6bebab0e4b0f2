package com.newsdesk.ui.articles;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.ArticleSummary;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.PagedList;
import java.util.function.Consumer;

/** The article list: every article, most recently updated first, loaded page by page. */
public final class ArticlesViewModel {
    private final PagedList<ArticleSummary> rows;

    public ArticlesViewModel(Actor actor, NewsroomService newsroom, BackgroundExecutor executor,
            Consumer<Throwable> onError) {
        this.rows = new PagedList<>(PagedList.source(() -> newsroom.articleCount(actor),
                (offset, limit) -> newsroom.articlePage(actor, offset, limit)), executor, 200, onError);
    }

    public PagedList<ArticleSummary> rows() { return rows; }

    public void refresh() { rows.refresh(); }
}
