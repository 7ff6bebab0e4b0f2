package com.newsdesk.ui.comments;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentDetail;
import com.newsdesk.domain.CommentFilter;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.NewsroomStats;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.ui.common.DialogService;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.PagedList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The comment queues: one status at a time (or all), oldest first, narrowed by article, author, dates and words;
 * decisions saved at once and undoable; a reading pane with the whole comment, its parent, history and author.
 */
public final class CommentsViewModel {
    private final DialogService dialogs;
    private final NewsroomService newsroom;
    private final CommentService moderation;
    private final Actor actor;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final ArrayDeque<List<Decision>> undo = new ArrayDeque<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<com.newsdesk.service.offline.OfflineDesk> offline = new SimpleObjectProperty<>();
    private Consumer<NewsroomStats> onDecided = stats -> { };

    /** A decision made here, so that Z can take it back: the comment and its move. */
    private record Decision(long commentId, CommentStatus from, CommentStatus to) {}

    /** A decided comment that has left the queue shown: where it was, and its row as decided. */
    private record Left(int index, CommentSummary row) {}

    private final Map<Long, Left> left = new java.util.HashMap<>();
    private Consumer<Runnable> afterAMoment = Runnable::run;
    private java.util.function.IntConsumer onReturned = index -> { };

    /** The queue shown; null shows every comment. */
    private final ObjectProperty<CommentStatus> queue = new SimpleObjectProperty<>(CommentStatus.PENDING);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty authorFilter = new SimpleStringProperty("");
    private final ObjectProperty<ArticleChoice> articleFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> untilDate = new SimpleObjectProperty<>();
    private final ObjectProperty<ModerationKeymap> keymap = new SimpleObjectProperty<>(ModerationKeymap.WORDPRESS);
    private final ReadOnlyObjectWrapper<Map<CommentStatus, Long>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<CommentDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableSet<Long> marked = FXCollections.observableSet();
    private final PagedList<CommentSummary> rows;
    /** The filter as the worker threads read it; JavaFX properties belong to the JavaFX thread. */
    private volatile CommentFilter shownFilter = CommentFilter.queue(CommentStatus.PENDING);
    /** Rows whose place in the queue is known, by index: page edges, so that a neighbouring page loads by key. */
    private final Map<Integer, Comment> knownRows = new ConcurrentHashMap<>();
    /** Bumped when rows move on screen: a page read before then must not leave its edges here. */
    private volatile long edgesEpoch;
    private long detailShown = -1;

    /** The article a queue is narrowed to, with its headline for the filter bar. */
    public record ArticleChoice(long id, String headline) {}

    public CommentsViewModel(Actor actor, NewsroomService newsroom, CommentService moderation,
            BackgroundExecutor executor, DialogService dialogs, Consumer<Throwable> onError) {
        this.dialogs = dialogs;
        this.newsroom = newsroom;
        this.moderation = moderation;
        this.actor = actor;
        this.executor = executor;
        this.onError = onError;
        this.rows = new PagedList<>(PagedList.source(this::count, this::page), executor, 200, onError);
        queue.addListener((observable, before, after) -> applyFilter());
        articleFilter.addListener((observable, before, after) -> applyFilter());
        fromDate.addListener((observable, before, after) -> applyFilter());
        untilDate.addListener((observable, before, after) -> applyFilter());
    }

    /**
     * How long a decided comment stays in a queue it no longer belongs to, marked, before it leaves: the view
     * gives a short pause; without one it leaves at once.
     */
    public void leaveAfter(Consumer<Runnable> pause) {
        this.afterAMoment = pause;
    }

    /** Told where a comment brought back by Z now is, so that it is selected again. */
    public void onReturned(java.util.function.IntConsumer listener) {
        this.onReturned = listener;
    }

    /** Whether a row belongs to the queue shown (a decided one stays, marked, for a moment before it leaves). */
    public boolean belongs(CommentSummary row) {
        return queue.get() == null || row.comment().status() == queue.get();
    }

    /** Told the newsroom's new counts after each decision (the window's status bar shows them). */
    public void onDecided(Consumer<NewsroomStats> listener) {
        this.onDecided = listener;
    }

    public ObjectProperty<CommentStatus> queueProperty() { return queue; }

    /** Words the text or the author's name must contain; applied by {@link #applyFilter()} (Enter). */
    public StringProperty searchTextProperty() { return searchText; }

    /** One author's address; applied by {@link #applyFilter()}. */
    public StringProperty authorFilterProperty() { return authorFilter; }

    public ObjectProperty<ArticleChoice> articleFilterProperty() { return articleFilter; }

    public ObjectProperty<LocalDate> fromDateProperty() { return fromDate; }

    public ObjectProperty<LocalDate> untilDateProperty() { return untilDate; }

    public ObjectProperty<ModerationKeymap> keymapProperty() { return keymap; }

    public ReadOnlyObjectProperty<Map<CommentStatus, Long>> countsProperty() { return counts.getReadOnlyProperty(); }

    /** The comment in the reading pane, or null. */
    public ReadOnlyObjectProperty<CommentDetail> detailProperty() { return detail.getReadOnlyProperty(); }

    /** Comments selected with X for Shift+A/S/D, by id. */
    public ObservableSet<Long> marked() { return marked; }

    public PagedList<CommentSummary> rows() { return rows; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Reloads the queue with the filter as it now stands. */
    public void applyFilter() {
        LocalDate from = fromDate.get();
        LocalDate until = untilDate.get();
        ArticleChoice article = articleFilter.get();
        shownFilter = new CommentFilter(queue.get(), article == null ? null : article.id(), authorFilter.get(),
                from == null ? null : startOf(from), until == null ? null : startOf(until.plusDays(1)),
                searchText.get());
        com.newsdesk.domain.SearchText.Bounded bounded = com.newsdesk.domain.SearchText.bound(searchText.get());
        message.set(bounded.cut() ? bounded.notice() : ""); // "Z undoes" is no longer true once the rows reload
        undo.clear(); // the rows move: decisions are taken back from where they were made
        left.clear();
        marked.clear();
        rows.refresh();
    }

    public void clearFilters() {
        searchText.set("");
        authorFilter.set("");
        fromDate.set(null);
        untilDate.set(null);
        articleFilter.set(null);
        applyFilter();
    }

    /** Whether anything beyond the queue narrows the rows. */
    public boolean filtered() {
        return !shownFilter.onlyStatus();
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private long count() {
        knownRows.clear(); // a refresh: the queue may have moved
        return newsroom.commentCount(actor, shownFilter);
    }

    /** A page by key when a row next to it is known (any depth, same speed); by offset only for a far jump. */
    private List<CommentSummary> page(int offset, int limit) {
        CommentFilter filter = shownFilter;
        long epoch = edgesEpoch;
        Comment before = knownRows.get(offset - 1);
        Comment after = knownRows.get(offset + limit);
        List<CommentSummary> page;
        if (offset == 0) {
            page = newsroom.commentPage(actor, filter, 0, limit);
        } else if (before != null) {
            page = newsroom.commentPageAfter(actor, filter, before.submittedAt(), before.id(), limit);
        } else if (after != null) {
            page = newsroom.commentPageBefore(actor, filter, after.submittedAt(), after.id(), limit);
        } else {
            page = newsroom.commentPage(actor, filter, offset, limit);
        }
        synchronized (knownRows) {
            if (!page.isEmpty() && epoch == edgesEpoch) {
                knownRows.put(offset, page.get(0).comment());
                knownRows.put(offset + page.size() - 1, page.get(page.size() - 1).comment());
            }
        }
        return page;
    }

    /** After rows moved on screen: the page edges known are the ones in memory now. */
    private void rowsMoved() {
        synchronized (knownRows) {
            edgesEpoch++;
            knownRows.clear();
            rows.loadedEdges().forEach((index, row) -> knownRows.put(index, row.comment()));
        }
    }

    /** Shows the comment at index in the reading pane (its parent, history and author load in the background). */
    public void show(int index) {
        CommentSummary row = index >= 0 && index < rows.size() ? rows.get(index) : null;
        if (row == null) {
            detailShown = -1;
            detail.set(null);
            return;
        }
        long id = row.comment().id();
        detailShown = id;
        executor.submit(() -> moderation.detail(actor, id), loaded -> {
            if (detailShown == id) { // a later selection wins
                detail.set(loaded);
            }
        }, onError);
    }

    private void reloadDetail() {
        CommentDetail shown = detail.get();
        if (shown != null) {
            long id = shown.comment().comment().id();
            executor.submit(() -> moderation.detail(actor, id), loaded -> {
                if (detailShown == id) {
                    detail.set(loaded);
                }
            }, onError);
        }
    }

    /**
     * Decides the comment at index; it is saved at once and shown with its new status in place, marked, and leaves a
     * queue it no longer belongs to a moment later, so the next comment is one keystroke away.
     */
    public void decide(int index, CommentStatus to) {
        CommentSummary row = index >= 0 && index < rows.size() ? rows.get(index) : null;
        if (row == null || row.comment().status() == to) {
            return;
        }
        record(List.of(new Decision(row.comment().id(), row.comment().status(), to)), true);
    }

    /** X: selects or unselects the comment at index for a bulk decision. */
    public void toggleMark(int index) {
        CommentSummary row = index >= 0 && index < rows.size() ? rows.get(index) : null;
        if (row != null && !marked.remove(row.comment().id())) {
            marked.add(row.comment().id());
        }
    }

    /** Ctrl+A in the queue: selects the comments from index first to last (those on screen) for a bulk decision. */
    public void markShown(int first, int last) {
        for (int index = Math.max(0, first); index <= last && index < rows.size(); index++) {
            CommentSummary row = rows.peek(index);
            if (row != null && belongs(row)) {
                marked.add(row.comment().id());
            }
        }
        message.set(String.format("%,d comments selected: Shift+A, Shift+S or Shift+D decides them all.",
                marked.size()));
    }

    /** Shift+A/S/D: decides every selected comment that is loaded on screen, in one transaction. */
    public void decideMarked(CommentStatus to) {
        List<Decision> decisions = new ArrayList<>();
        for (int index = 0; index < rows.size() && decisions.size() < marked.size(); index++) {
            CommentSummary row = rows.peek(index);
            if (row != null && marked.contains(row.comment().id()) && row.comment().status() != to) {
                decisions.add(new Decision(row.comment().id(), row.comment().status(), to));
            }
        }
        if (decisions.isEmpty()) {
            message.set(marked.isEmpty() ? "Nothing is selected: X selects a comment." : "Nothing to change.");
            return;
        }
        record(decisions, true);
    }

    /** Takes back the last decision made here (Z): one comment, or a whole bulk decision; it is selected again. */
    public void undoLast() {
        List<Decision> last = undo.poll();
        if (last == null) {
            message.set("Nothing to undo.");
            return;
        }
        List<Decision> reversed = new ArrayList<>();
        for (Decision decision : last) {
            if (rowOf(decision.commentId()) == null) {
                message.set("The decision to undo is no longer on screen; reload the queue.");
                return;
            }
            reversed.add(new Decision(decision.commentId(), decision.to(), decision.from()));
        }
        record(reversed, false);
    }

    /** A comment's row as last shown: in the rows, or as it left them. */
    private CommentSummary rowOf(long id) {
        int index = rows.indexOfLoaded(row -> row.comment().id() == id);
        if (index >= 0) {
            return rows.peek(index);
        }
        Left gone = left.get(id);
        return gone == null ? null : gone.row();
    }

    private void record(List<Decision> decisions, boolean undoable) {
        List<CommentSummary> seen = decisions.stream().map(decision -> rowOf(decision.commentId())).toList();
        CommentStatus to = decisions.get(0).to();
        executor.submit(() -> decisions.size() == 1
                ? List.of(moderation.decide(actor, decisions.get(0).commentId(), decisions.get(0).from(), to))
                : moderation.decideAll(actor, seen.stream().map(CommentSummary::comment).toList(), to), decided -> {
                    int returned = -1;
                    for (int i = decided.size() - 1; i >= 0; i--) { // back to front: rows put back keep their places
                        CommentSummary row = new CommentSummary(decided.get(i), seen.get(i).articleHeadline());
                        int index = rows.indexOfLoaded(shown -> shown.comment().id() == row.comment().id());
                        Left gone = left.remove(row.comment().id());
                        if (index >= 0) {
                            rows.replaceLoaded(index, row);
                        } else if (gone != null && belongs(row)) {
                            index = Math.min(gone.index(), rows.size());
                            rows.insertLoaded(index, row);
                            rowsMoved();
                        }
                        returned = index >= 0 ? index : returned;
                    }
                    Comment first = decided.get(0);
                    message.set(decided.size() == 1
                            ? "Comment by " + (first.authorName().isBlank() ? "someone" : first.authorName()) + ": "
                                    + decisions.get(0).from().code() + " → " + to.code() + "."
                                    + (undoable ? " " + undoKey() + " undoes." : "")
                            : decided.size() + " comments → " + to.code() + "." + (undoable ? " " + undoKey()
                                    + " undoes." : ""));
                    if (undoable) {
                        undo.push(decisions);
                        List<Long> ids = decided.stream().map(Comment::id).toList();
                        afterAMoment.accept(() -> leave(ids));
                    } else if (returned >= 0) {
                        onReturned.accept(returned);
                    }
                    if (decisions.size() > 1) {
                        marked.clear();
                    }
                    reloadDetail();
                    refreshCounts(true);
                }, failure -> message.set(failure.getMessage()));
    }

    /** Decided comments that no longer belong to the queue shown leave it; Z can bring them back. */
    private void leave(List<Long> ids) {
        boolean moved = false;
        for (long id : ids) {
            int index = rows.indexOfLoaded(row -> row.comment().id() == id);
            CommentSummary row = index < 0 ? null : rows.peek(index);
            if (row != null && !belongs(row)) {
                rows.removeLoaded(index);
                left.put(id, new Left(index, row));
                moved = true;
            }
        }
        if (moved) {
            rowsMoved();
        }
    }

    /** Whether the queue shown is one that Empty spam / Empty trash applies to. */
    public boolean canEmptyQueue() {
        return queue.get() == CommentStatus.SPAM || queue.get() == CommentStatus.TRASH;
    }

    /** Deletes every comment in the spam or trash queue for good (the view asks first). */
    /** Offers Take offline… (not when this newsroom is itself an offline copy: null). */
    public void offerOffline(com.newsdesk.service.offline.OfflineDesk desk) {
        offline.set(desk);
    }

    /** Whether Take offline… is offered here. */
    public javafx.beans.binding.BooleanExpression offlineOffered() { return offline.isNotNull(); }

    /**
     * Take offline…: how many of the pending queue (first in the queue first) go into the seat's offline copy of
     * this newsroom; taken, they are worked through there and their decisions brought back.
     */
    public void takeOfflineAsked() {
        com.newsdesk.service.offline.OfflineDesk desk = offline.get();
        if (desk == null) {
            return;
        }
        java.nio.file.Path file = desk.suggestedFile();
        long pending = counts.get().getOrDefault(CommentStatus.PENDING, 0L);
        dialogs.number("Take comments offline", "How many pending comments (first in the queue first) go into " + file
                + "? Moderate them there without a connection (File → Open newsroom…); Bring back applies your"
                + " decisions where no one decided meanwhile.", (int) Math.max(1, Math.min(100, pending)), 1,
                com.newsdesk.service.offline.OfflineService.MOST_COMMENTS, "Take offline", "confirm-take-offline")
                .ifPresent(count -> executor.submit(() -> desk.take(actor, file, List.of(), count),
                        taken -> message.set(String.format("Took %,d pending comment%s offline into %s.",
                                taken.comments(), taken.comments() == 1 ? "" : "s", file.getFileName())),
                        failure -> message.set("Not taken offline: " + failure.getMessage())));
    }

    /** Empty spam / Empty trash: names how many comments go, for good, and empties the queue when confirmed. */
    public void emptyQueueAsked() {
        CommentStatus emptied = queue.get();
        long count = counts.get().getOrDefault(emptied, 0L);
        boolean trash = emptied == CommentStatus.TRASH;
        if (dialogs.confirm(trash ? "Empty trash" : "Empty spam", String.format("Delete the %,d comments in %s for"
                + " good? Z cannot bring them back; the audit trail records how many went.", count,
                trash ? "the trash" : "spam"), String.format("Delete %,d", count), "confirm-empty")) {
            emptyQueue();
        }
    }

    /** The moderation keys of the chosen keymap, listed. */
    public void showKeys() {
        dialogs.informTable("Moderation keys", keymap.get().title() + " keys (change them with the Keys menu above"
                + " the queue)", keymap.get().describe());
    }

    public void emptyQueue() {
        CommentStatus emptied = queue.get();
        executor.submit(() -> moderation.emptyQueue(actor, emptied), deleted -> {
            message.set(String.format("Deleted %,d comments from %s.", deleted, emptied.code()));
            left.clear();
            undo.clear(); // the rows are gone: nothing here can be taken back
            marked.clear();
            rows.refresh();
            refreshCounts(true);
        }, failure -> message.set(failure.getMessage()));
    }

    private String undoKey() {
        return keymap.get() == ModerationKeymap.CORAL ? "Ctrl+Z" : "Z";
    }

    /** R: saves a reply under the comment shown, as an approved comment by the signed-in staff member. */
    public void reply(String text, Runnable done) {
        CommentDetail shown = detail.get();
        if (shown == null) {
            return;
        }
        long parentId = shown.comment().comment().id();
        boolean approves = shown.comment().comment().status() != CommentStatus.APPROVED;
        executor.submit(() -> moderation.reply(actor, parentId, text), saved -> {
            message.set("Reply saved" + (approves ? "; " + nameOf(shown.comment().comment()) + "'s comment approved."
                    : " under " + nameOf(shown.comment().comment()) + "'s comment."));
            replaceShown(parentId);
            refreshCounts(true);
            done.run();
            if (approves) {
                afterAMoment.accept(() -> leave(List.of(parentId)));
            }
        }, failure -> message.set(failure.getMessage()));
    }

    /** E: changes the text of the comment shown; the original is kept in its history. */
    public void edit(String text, Runnable done) {
        CommentDetail shown = detail.get();
        if (shown == null) {
            return;
        }
        long id = shown.comment().comment().id();
        String seen = shown.comment().comment().body();
        executor.submit(() -> moderation.edit(actor, id, seen, text), saved -> {
            message.set("Comment edited; the original text is in its history.");
            replaceShown(id);
            done.run();
        }, failure -> message.set(failure.getMessage()));
    }

    /** Re-reads one comment's row in place (after an edit or a reply that approved it) and its pane. */
    private void replaceShown(long id) {
        executor.submit(() -> moderation.detail(actor, id), loaded -> {
            int index = rows.indexOfLoaded(row -> row.comment().id() == id);
            if (index >= 0) {
                rows.replaceLoaded(index, loaded.comment());
            }
            if (detailShown == id) {
                detail.set(loaded);
            }
        }, onError);
    }

    /** Blocks the shown comment's author: their pending comments go to spam, their next ones too. */
    public void blockAuthor() {
        authorAction(email -> moderation.blockAuthor(actor, email), (email, moved) -> email + " is blocked: " + moved
                + " pending comments sent to spam; new ones will be too.");
    }

    public void approveAllByAuthor() {
        authorAction(email -> moderation.approveAllByAuthor(actor, email),
                (email, moved) -> moved + " pending comments by " + email + " approved.");
    }

    /** Runs an action on every pending comment of the shown comment's author, then reloads what it moved. */
    private void authorAction(java.util.function.ToIntFunction<String> action,
            java.util.function.BiFunction<String, Integer, String> done) {
        CommentDetail shown = detail.get();
        if (shown == null) {
            return;
        }
        String email = shown.comment().comment().authorEmail();
        executor.submit(() -> action.applyAsInt(email), moved -> {
            message.set(done.apply(email, moved));
            refreshAfterAuthorAction();
        }, failure -> message.set(failure.getMessage()));
    }

    private void refreshAfterAuthorAction() {
        undo.clear();
        left.clear();
        rows.refresh();
        reloadDetail();
        refreshCounts(true);
    }

    /** Narrows the queue to the shown comment's article. */
    public void onlyThisArticle() {
        CommentDetail shown = detail.get();
        if (shown != null) {
            articleFilter.set(new ArticleChoice(shown.comment().comment().articleId(),
                    shown.comment().articleHeadline()));
        }
    }

    /** Narrows the queue to the shown comment's author. */
    public void onlyThisAuthor() {
        CommentDetail shown = detail.get();
        if (shown != null && !shown.comment().comment().authorEmail().isBlank()) {
            authorFilter.set(shown.comment().comment().authorEmail());
            applyFilter();
        }
    }

    /** The queue after the current one, for Coral's T. */
    public void nextQueue() {
        CommentStatus[] order = {CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.TRASH,
            null};
        for (int i = 0; i < order.length; i++) {
            if (order[i] == queue.get()) {
                queue.set(order[(i + 1) % order.length]);
                return;
            }
        }
    }

    private static String nameOf(Comment comment) {
        return comment.authorName().isBlank() ? "someone" : comment.authorName();
    }

    private void refreshCounts(boolean tellWindow) {
        executor.submit(newsroom::stats, (NewsroomStats stats) -> {
            counts.set(stats.comments());
            if (tellWindow) {
                onDecided.accept(stats);
            }
        }, onError);
    }

    public void refresh() {
        rows.refresh();
        refreshCounts(false);
    }
}
