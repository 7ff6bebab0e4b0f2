package com.newsdesk.ui.articles;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleFilter;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.SearchHit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import com.newsdesk.domain.Permission;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.ui.common.DialogService;
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
    static final int SEARCH_LIMIT = 500;

    private com.newsdesk.service.writing.WritingAids writingAids;
    private BackgroundExecutor writingChecks;
    private final DialogService dialogs;
    private com.newsdesk.service.offline.OfflineDesk offline;
    private com.newsdesk.service.site.SiteService sites;
    private com.newsdesk.service.site.SitePublishing sitePublishing;
    private com.newsdesk.ui.common.SitePasswords sitePasswords;
    private final Actor actor;
    private final ArticleService articles;
    private final NewsroomService newsroom;
    private final BackgroundExecutor executor;
    private final Supplier<Debouncer> autosaveTimers;
    private final Consumer<Throwable> onError;
    private final PagedList<SearchHit> rows;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ArticleStatus> status = new SimpleObjectProperty<>();
    private final StringProperty section = new SimpleStringProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty byline = new SimpleStringProperty();
    private final ObservableList<String> bylines = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyObjectWrapper<java.util.Map<ArticleStatus, Long>> statusCounts =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(java.util.Map.of());
    private final ObjectProperty<ArticleFilter.Order> order = new SimpleObjectProperty<>(ArticleFilter.Order.UPDATED);
    private final ObservableList<String> sections = FXCollections.observableArrayList();
    /** The list shows the trash (deleted drafts, restorable for 30 days) instead of the articles. */
    private final javafx.beans.property.BooleanProperty trashShown = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.ReadOnlyStringWrapper message = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    /** What the worker threads read: JavaFX properties belong to the JavaFX thread. */
    private volatile String shownSearch = "";
    private volatile ArticleFilter shownFilter = ArticleFilter.ALL;
    /** The hits of the current search, counted once and then paged from memory. */
    private volatile List<SearchHit> hits = List.of();
    private final ObservableList<ArticleEditorViewModel> editors = FXCollections.observableArrayList();

    public ArticlesViewModel(Actor actor, NewsroomService newsroom, ArticleService articles, BackgroundExecutor executor,
            Supplier<Debouncer> autosaveTimers, DialogService dialogs, Consumer<Throwable> onError) {
        this.actor = actor;
        this.dialogs = dialogs;
        this.articles = articles;
        this.executor = executor;
        this.autosaveTimers = autosaveTimers;
        this.onError = onError;
        this.newsroom = newsroom;
        this.rows = new PagedList<>(PagedList.source(this::count, this::page), executor, 200, onError);
        search.addListener((observable, before, after) -> filtersChanged());
        for (javafx.beans.Observable filter : List.<javafx.beans.Observable>of(status, section, language, byline, order,
                trashShown)) {
            filter.addListener(observable -> filtersChanged());
        }
    }

    public PagedList<SearchHit> rows() { return rows; }

    /** Words to search for; empty lists every article. */
    public StringProperty searchProperty() { return search; }

    /** Only this status; null for all. */
    public ObjectProperty<ArticleStatus> statusProperty() { return status; }

    public StringProperty sectionProperty() { return section; }

    public StringProperty languageProperty() { return language; }

    public StringProperty bylineProperty() { return byline; }

    public ObservableList<String> bylines() { return bylines; }

    /** Articles per status in the whole newsroom, for the status menu. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.Map<ArticleStatus, Long>> statusCountsProperty() {
        return statusCounts.getReadOnlyProperty();
    }

    public ObjectProperty<ArticleFilter.Order> orderProperty() { return order; }

    /** Sections and languages in use, for the filter menus (filled by {@link #refresh()}). */
    public ObservableList<String> sections() { return sections; }

    public ObservableList<String> languages() { return languages; }

    private void filtersChanged() {
        shownSearch = search.get().strip();
        shownFilter = new ArticleFilter(status.get(), section.get(), byline.get(), language.get(), order.get())
                .withDeleted(trashShown.get());
        message.set("");
        rows.refresh();
    }

    public javafx.beans.property.BooleanProperty trashShownProperty() { return trashShown; }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** What the list's context menu offers on a row, in the order it lists them. */
    public enum RowAction { OPEN, DELETE, RESTORE, TAKE_OFFLINE, PUBLISH_TO_SITE }

    /**
     * The actions this role may take on an article in the list: drafts may be deleted by those who may edit them
     * (their own for a Writer: the service has the last word), deleted ones restored.
     */
    public List<RowAction> actionsFor(com.newsdesk.domain.ArticleSummary article) {
        if (trashShown.get()) {
            return actor.can(Permission.EDIT_OWN_DRAFTS) || actor.can(Permission.EDIT_ANY_ARTICLE)
                    ? List.of(RowAction.RESTORE) : List.of();
        }
        List<RowAction> actions = new ArrayList<>(List.of(RowAction.OPEN));
        if (article.status() == ArticleStatus.DRAFT && (actor.can(Permission.EDIT_ANY_ARTICLE)
                || actor.can(Permission.EDIT_OWN_DRAFTS))) {
            actions.add(RowAction.DELETE);
        }
        if (offline != null) {
            actions.add(RowAction.TAKE_OFFLINE);
        }
        if (canUseSites()) {
            actions.add(RowAction.PUBLISH_TO_SITE);
        }
        return actions;
    }

    /** Offers Publish to site… on each article and Pull from site… on the desk, to Editors and Admins. */
    public void offerSites(com.newsdesk.service.site.SiteService sites, com.newsdesk.service.site.SitePublishing
            publishing, com.newsdesk.ui.common.SitePasswords passwords) {
        this.sites = sites;
        this.sitePublishing = publishing;
        this.sitePasswords = passwords;
    }

    /** Whether Publish to site… and Pull from site… are offered (whether the newsroom has a site is asked then). */
    public boolean canUseSites() {
        return sitePublishing != null && actor.can(Permission.EDIT_ANY_ARTICLE);
    }

    /**
     * Publish to site…: asks which site when there are several, says what will happen there, asks the site's
     * password the first time this session, and publishes; a post changed on the site meanwhile is shown and only
     * replaced when the person says so.
     */
    public void publishToSiteAsked(com.newsdesk.domain.ArticleSummary article) {
        withSite("Publish to site", site -> {
            String status = com.newsdesk.service.site.SitePublishing.statusOnSite(article.status());
            String what = switch (status) {
                case "publish" -> "published: visible to readers there";
                case "future" -> "scheduled there for its time";
                case "pending" -> "pending review there";
                default -> "a draft there, not visible to readers";
            };
            if (!dialogs.confirm("Publish to " + site.name(), "Send \u201C" + headlineOf(article) + "\u201D to "
                    + site.name() + " (" + site.url() + ") as " + what + "? The first time makes a post; later times"
                    + " update the same post.", "Publish to " + site.name(), "confirm-site-publish")) {
                return;
            }
            sitePasswords.of(site, dialogs, "Publish", "site-password-publish")
                    .ifPresent(password -> publishTo(site, password, article, status, false));
        });
    }

    private void publishTo(com.newsdesk.domain.site.Site site, String password,
            com.newsdesk.domain.ArticleSummary article, String status, boolean replace) {
        message.set("Publishing \u201C" + headlineOf(article) + "\u201D to " + site.name() + "…");
        executor.submit(() -> sitePublishing.publish(actor, site.name(), password, String.valueOf(article.id()),
                status, replace), published -> message.set((published.created() ? "Made post " : "Updated post ")
                        + published.postId() + " on " + site.name() + " (" + published.status() + "): "
                        + published.url()), failure -> {
                    if (failure instanceof com.newsdesk.service.site.SiteChangedException changed) {
                        message.set("");
                        if (dialogs.confirm("The post changed on " + site.name(), changed.getMessage()
                                        + " Above: what only the site has [-so-], what only this article has {+so+}.",
                                changed.changes(),
                                "Replace the site's version", "confirm-site-replace")) {
                            publishTo(site, password, article, status, true);
                        }
                    } else {
                        siteRefused("Not published", site, failure);
                    }
                });
    }

    /** Pull from site…: a post (its id or address) becomes an article here, opened to edit. */
    public void pullFromSiteAsked(Consumer<ArticleEditorViewModel> opened) {
        withSite("Pull from site", site -> dialogs.text("Pull a post from " + site.name(), "The post's id on "
                + site.name() + ", or its address (" + site.url() + "/?p=123 or the post's link). It becomes an article"
                + " here to edit, offline too; publishing it sends it back to the same post.", site.url() + "/?p=",
                "Pull", "site-pull").ifPresent(post -> sitePasswords.of(site, dialogs, "Pull", "site-password-pull")
                        .ifPresent(password -> {
                            message.set("Pulling " + post + " from " + site.name() + "…");
                            executor.submit(() -> sitePublishing.pull(actor, site.name(), password, post), article -> {
                                message.set("Pulled into \u201C" + article.headline() + "\u201D.");
                                refresh();
                                opened.accept(open(article.id()));
                            }, failure -> siteRefused("Not pulled", site, failure));
                        })));
    }

    /** Runs {@code then} with the site to use: the only one, or the one chosen; says so when there is none. */
    private void withSite(String title, Consumer<com.newsdesk.domain.site.Site> then) {
        executor.submit(() -> sites.sites(actor), all -> {
            if (all.isEmpty()) {
                message.set("No site yet: an Admin adds one on the Settings desk (Sites).");
                return;
            }
            if (all.size() == 1) {
                then.accept(all.get(0));
                return;
            }
            dialogs.choose(title, "Which site?", all.stream().map(com.newsdesk.domain.site.Site::name).toList(),
                    "Choose", "site-choose").flatMap(name -> all.stream().filter(site -> site.name().equals(name))
                            .findFirst()).ifPresent(then);
        }, onError);
    }

    private void siteRefused(String what, com.newsdesk.domain.site.Site site, Throwable failure) {
        if (failure instanceof com.newsdesk.service.RefusedException
                || failure instanceof com.newsdesk.domain.InvalidInputException
                || failure instanceof com.newsdesk.domain.AccessDeniedException) {
            if (failure.getMessage().contains("refused the sign-in")) {
                sitePasswords.forget(site.name());
            }
            message.set(failure.getMessage().startsWith("Not ") ? failure.getMessage()
                    : what + ": " + failure.getMessage());
        } else {
            onError.accept(failure);
        }
    }

    /** Offers Take offline… on each article (not when this newsroom is itself an offline copy: null). */
    public void offerOffline(com.newsdesk.service.offline.OfflineDesk desk) {
        this.offline = desk;
    }

    /**
     * Take offline…: names the file the article goes into (the seat's offline copy of this newsroom) and takes it
     * there when the user confirms; the list then shows it as offline with them.
     */
    public void takeOfflineAsked(com.newsdesk.domain.ArticleSummary article) {
        if (offline == null) {
            return;
        }
        java.nio.file.Path file = offline.suggestedFile();
        if (dialogs.confirm("Take offline", "Take " + (article.headline().isBlank() ? "this article"
                : "\u201C" + article.headline() + "\u201D") + " offline into " + file + "? Open that file (File → Open"
                + " newsroom…) to work without a connection; Bring back there returns your changes. Others see it as"
                + " taken offline by you meanwhile, and may still edit it.", "Take offline", "confirm-take-offline")) {
            executor.submit(() -> offline.take(actor, file, List.of(String.valueOf(article.id())), 0), taken -> {
                message.set("Taken offline into " + file.getFileName() + (taken.alreadyOffline() > 0
                        ? " (already there, changed offline: that text is kept)" : "") + ".");
                refresh();
            }, failure -> message.set("Not taken offline: " + failure.getMessage()));
        }
    }

    /** The writing aids every opened article gets, checking on their own thread (LanguageTool is slow to load). */
    public void checkWritingWith(com.newsdesk.service.writing.WritingAids aids, BackgroundExecutor checks) {
        this.writingAids = aids;
        this.writingChecks = checks;
    }

    /** Delete draft…: names the draft and where it goes, and deletes it when the user confirms. */
    public void deleteAsked(com.newsdesk.domain.ArticleSummary article) {
        String headline = article.headline().isBlank() ? "this draft with no headline"
                : "\u201C" + article.headline() + "\u201D";
        if (dialogs.confirm("Delete draft", "Delete " + headline + "? It goes to the trash: Show the trash brings it"
                + " back for 30 days; then it is removed for good.", "Delete draft", "confirm-delete")) {
            delete(article);
        }
    }

    /** Deletes a draft into the trash; an open tab on it closes, its text saved first. */
    public void delete(com.newsdesk.domain.ArticleSummary article) {
        Runnable deleteIt = () -> executor.submit(() -> articles.deleteDraft(actor, article.id()), deleted -> {
            message.set("Deleted \u201C" + headlineOf(article) + "\u201D: in the trash until "
                    + com.newsdesk.ui.common.Tables.format(deleted.removedAt()) + ".");
            refresh();
        }, failure -> message.set(failure instanceof com.newsdesk.domain.InvalidInputException invalid
                ? "Not deleted: " + invalid.problem() + "." : "Not deleted: " + failure.getMessage()));
        ArticleEditorViewModel open = editors.stream().filter(editor -> editor.articleId() == article.id())
                .findFirst().orElse(null);
        if (open == null) {
            deleteIt.run();
        } else {
            open.close(() -> {
                editors.remove(open);
                deleteIt.run();
            });
        }
    }

    /** Takes a deleted draft out of the trash. */
    public void restore(com.newsdesk.domain.ArticleSummary article) {
        executor.submit(() -> articles.restoreDeleted(actor, article.id()), back -> {
            message.set("Restored \u201C" + headlineOf(article) + "\u201D among the drafts.");
            refresh();
        }, failure -> message.set("Not restored: " + failure.getMessage()));
    }

    private static String headlineOf(com.newsdesk.domain.ArticleSummary article) {
        return article.headline().isBlank() ? "(no headline)" : article.headline();
    }

    private long count() {
        if (shownSearch.isEmpty()) {
            hits = List.of();
            return newsroom.articleCount(actor, shownFilter);
        }
        hits = articles.search(actor, shownSearch, shownFilter, SEARCH_LIMIT);
        return hits.size();
    }

    private List<SearchHit> page(int offset, int limit) {
        if (shownSearch.isEmpty()) {
            return newsroom.articlePage(actor, shownFilter, offset, limit).stream()
                    .map(article -> new SearchHit(article, null)).toList();
        }
        List<SearchHit> found = hits;
        return found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size()));
    }

    public ObservableList<ArticleEditorViewModel> editors() { return editors; }

    public boolean canCreate() { return actor.can(Permission.CREATE_ARTICLES); }

    public void refresh() {
        if (trashShown.get()) {
            executor.submit(() -> articles.purgeExpiredTrash(actor), purged -> rows.refresh(), onError);
        } else {
            rows.refresh();
        }
        executor.submit(() -> List.of(newsroom.articleValues(actor, "section"), newsroom.articleValues(actor, "language"),
                newsroom.articleValues(actor, "byline")), values -> {
                    sections.setAll(values.get(0));
                    languages.setAll(values.get(1));
                    bylines.setAll(values.get(2));
                }, onError);
        executor.submit(() -> newsroom.stats().articles(), statusCounts::set, onError);
    }

    /** Opens the article in a tab, or returns the tab it is already open in. */
    public ArticleEditorViewModel open(long articleId) {
        for (ArticleEditorViewModel editor : editors) {
            if (editor.articleId() == articleId) {
                return editor;
            }
        }
        ArticleEditorViewModel editor = new ArticleEditorViewModel(actor, articles, executor, autosaveTimers.get(),
                dialogs, articleId);
        if (writingAids != null) {
            editor.checkWritingWith(new WritingChecks(actor, writingAids, writingChecks, onError));
        }
        editors.add(editor);
        editor.open();
        return editor;
    }

    /** Creates a draft and opens it; {@code opened} receives its editor. */
    public void create(Consumer<ArticleEditorViewModel> opened) {
        executor.submit(() -> articles.create(actor, ""), created -> {
            refresh();
            opened.accept(open(created.id()));
        }, onError);
    }

    /** Makes a draft from a file and opens it. */
    /** Import…: asks for a saved web page, Markdown or text file; the draft made of it opens. */
    public void importAsked(Consumer<ArticleEditorViewModel> opened) {
        dialogs.fileToOpen("Import an article", null, DialogService.FileKind.of("Web page, Markdown or text",
                "*.html", "*.htm", "*.md", "*.markdown", "*.txt"), DialogService.FileKind.ANY)
                .ifPresent(file -> importFile(file, opened));
    }

    public void importFile(java.nio.file.Path file, Consumer<ArticleEditorViewModel> opened) {
        executor.submit(() -> articles.importFile(actor, file), imported -> {
            refresh();
            opened.accept(open(imported.id()));
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
