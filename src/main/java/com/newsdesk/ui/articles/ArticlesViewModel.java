package com.newsdesk.ui.articles;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleSummary;
import com.newsdesk.domain.Permission;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Debouncer;
import com.newsdesk.ui.common.PagedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The article list (most recently updated first, loaded page by page) and the articles open in editor tabs. */
public final class ArticlesViewModel {
    private final Actor actor;
    private final ArticleService articles;
    private final BackgroundExecutor executor;
    private final Supplier<Debouncer> autosaveTimers;
    private final Consumer<Throwable> onError;
    private final PagedList<ArticleSummary> rows;
    private final ObservableList<ArticleEditorViewModel> editors = FXCollections.observableArrayList();

    public ArticlesViewModel(Actor actor, NewsroomService newsroom, ArticleService articles, BackgroundExecutor executor,
            Supplier<Debouncer> autosaveTimers, Consumer<Throwable> onError) {
        this.actor = actor;
        this.articles = articles;
        this.executor = executor;
        this.autosaveTimers = autosaveTimers;
        this.onError = onError;
        this.rows = new PagedList<>(PagedList.source(() -> newsroom.articleCount(actor),
                (offset, limit) -> newsroom.articlePage(actor, offset, limit)), executor, 200, onError);
    }

    public PagedList<ArticleSummary> rows() { return rows; }

    public ObservableList<ArticleEditorViewModel> editors() { return editors; }

    public boolean canCreate() { return actor.can(Permission.CREATE_ARTICLES); }

    public void refresh() { rows.refresh(); }

    /** Opens the article in a tab, or returns the tab it is already open in. */
    public ArticleEditorViewModel open(long articleId) {
        for (ArticleEditorViewModel editor : editors) {
            if (editor.articleId() == articleId) {
                return editor;
            }
        }
        ArticleEditorViewModel editor = new ArticleEditorViewModel(actor, articles, executor, autosaveTimers.get(),
                articleId);
        editors.add(editor);
        editor.open();
        return editor;
    }

    /** Creates a draft and opens it; {@code opened} receives its editor. */
    public void create(Consumer<ArticleEditorViewModel> opened) {
        executor.submit(() -> articles.create(actor, "Untitled"), created -> {
            refresh();
            opened.accept(open(created.id()));
        }, onError);
    }

    /** Saves and closes one tab's session off the JavaFX thread. */
    public void close(ArticleEditorViewModel editor) {
        editor.close(() -> {
            editors.remove(editor);
            refresh();
        });
    }

    /** What every open editor has not saved yet, taken now on the JavaFX thread, for {@link #saveAll}. */
    public List<Runnable> unsavedWork() {
        List<Runnable> work = new ArrayList<>();
        for (ArticleEditorViewModel editor : editors) {
            ArticleDraft draft = editor.unsavedDraft();
            long version = editor.version();
            work.add(() -> editor.closeNow(draft, version));
        }
        return work;
    }
}
