package com.newsdesk.ui.common;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of a table's rows that loads them page by page in the background as they are asked for, so a
 * table view over a million rows holds a few pages in memory and never waits on the database. A row not loaded
 * yet reads as null (an empty cell) until its page arrives. Use it on the JavaFX thread only.
 */
public final class PagedList<T> extends ObservableListBase<T> {
    /** Where the rows come from; called on a worker thread. */
    public interface PageSource<T> {
        long count();

        List<T> page(int offset, int limit);
    }

    /** Reads one page of rows. */
    @FunctionalInterface
    public interface PageReader<T> {
        List<T> page(int offset, int limit);
    }

    public static <T> PageSource<T> source(java.util.function.LongSupplier count, PageReader<T> reader) {
        return new PageSource<>() {
            @Override
            public long count() {
                return count.getAsLong();
            }

            @Override
            public List<T> page(int offset, int limit) {
                return reader.page(offset, limit);
            }
        };
    }

    private static final int CACHED_PAGES = 40;

    private final PageSource<T> source;
    private final BackgroundExecutor executor;
    private final int pageSize;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final java.util.function.Consumer<Throwable> onError;
    private int size;
    private long generation;
    /** Bumped when a row is taken out or put back: pages asked for before then arrive at the wrong places. */
    private long layout;

    public PagedList(PageSource<T> source, BackgroundExecutor executor, int pageSize,
            java.util.function.Consumer<Throwable> onError) {
        this.source = source;
        this.executor = executor;
        this.pageSize = pageSize;
        this.onError = onError;
    }

    /** The number of rows in the source, as of the last refresh. */
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty refreshingProperty() { return refreshing.getReadOnlyProperty(); }

    /** Counts the rows again and forgets every loaded page; rows load again as they are shown. */
    public void refresh() {
        long thisGeneration = ++generation;
        refreshing.set(true);
        executor.submit(source::count, count -> {
            if (thisGeneration != generation) {
                return;
            }
            int oldSize = size;
            pages.clear();
            loading.clear();
            size = (int) Math.min(Integer.MAX_VALUE, count);
            total.set(count);
            refreshing.set(false);
            beginChange();
            if (oldSize > 0) {
                nextRemove(0, nulls(oldSize));
            }
            if (size > 0) {
                nextAdd(0, size);
            }
            endChange();
        }, failure -> {
            refreshing.set(false);
            onError.accept(failure);
        });
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            load(page);
            return null;
        }
        int offset = index - page * pageSize;
        if (offset < rows.size()) {
            return rows.get(offset);
        }
        if (rows.size() < Math.min(pageSize, size - page * pageSize)) {
            load(page); // a page left short when a row was taken out before it: its last rows come again
        }
        return null;
    }

    /** The row at index if its page is in memory, else null; never starts a load. */
    public T peek(int index) {
        List<T> rows = index < 0 || index >= size ? null : pages.get(index / pageSize);
        int offset = index % pageSize;
        return rows == null || offset >= rows.size() ? null : rows.get(offset);
    }

    /** Where a row in memory is, or -1: for finding a row again after the rows around it moved. */
    public int indexOfLoaded(java.util.function.Predicate<T> which) {
        for (Map.Entry<Integer, List<T>> page : pages.entrySet()) {
            List<T> rows = page.getValue();
            for (int offset = 0; offset < rows.size(); offset++) {
                if (which.test(rows.get(offset))) {
                    return page.getKey() * pageSize + offset;
                }
            }
        }
        return -1;
    }

    /** The first and last row of every page in memory, by index: places a keyset read can start from. */
    public Map<Integer, T> loadedEdges() {
        Map<Integer, T> edges = new java.util.HashMap<>();
        pages.forEach((page, rows) -> {
            if (!rows.isEmpty()) {
                edges.put(page * pageSize, rows.get(0));
                edges.put(page * pageSize + rows.size() - 1, rows.get(rows.size() - 1));
            }
        });
        return edges;
    }

    /**
     * Takes a row out at once (the database has moved it out of these rows already): the rows after it move up,
     * across the pages loaded next to its own; a page left short, and pages further on, load again when shown.
     */
    public void removeLoaded(int index) {
        int page = index / pageSize;
        List<T> window = window(page);
        int offset = index - page * pageSize;
        if (window == null || offset >= window.size()) {
            return;
        }
        T removed = window.remove(offset);
        size--;
        total.set(total.get() - 1);
        relayout(page, window);
        beginChange();
        nextRemove(index, removed);
        endChange();
    }

    /** Puts a row back at index at once (the database has it there again); the rows from index on move down. */
    public void insertLoaded(int index, T row) {
        int at = Math.max(0, Math.min(index, size));
        int page = at / pageSize;
        int offset = at - page * pageSize;
        if (offset == 0 && page > 0 && !pages.containsKey(page) && pages.containsKey(page - 1)) {
            page--; // the end of the page before
            offset = pageSize;
        }
        List<T> window = window(page);
        size++;
        total.set(total.get() + 1);
        if (window != null && offset <= window.size()) {
            window.add(offset, row);
            relayout(page, window);
        } else {
            relayout(page, null);
        }
        beginChange();
        nextAdd(at, at + 1);
        endChange();
    }

    /** The rows of the loaded pages from page on, as one list, up to the first page not in memory; or null. */
    private List<T> window(int page) {
        if (!pages.containsKey(page)) {
            return null;
        }
        List<T> rows = new java.util.ArrayList<>();
        for (int next = page; pages.containsKey(next); next++) {
            rows.addAll(pages.get(next));
        }
        return rows;
    }

    /** Cuts the window back into pages from page on and forgets every page after it, whose rows have moved. */
    private void relayout(int page, List<T> window) {
        layout++;
        loading.clear(); // pages on their way would land at the old places; they are asked for again when shown
        pages.keySet().removeIf(loaded -> loaded >= page);
        if (window == null) {
            return;
        }
        int pageCount = Math.max(1, (window.size() + pageSize - 1) / pageSize);
        for (int i = 0; i < pageCount && (page + i) * pageSize < Math.max(size, 1); i++) {
            int from = i * pageSize;
            pages.put(page + i, List.copyOf(window.subList(Math.min(from, window.size()),
                    Math.min(from + pageSize, window.size()))));
        }
    }

    /** Shows a changed row in place at once (the database has it already), without reloading its page. */
    public void replaceLoaded(int index, T row) {
        List<T> page = pages.get(index / pageSize);
        int offset = index % pageSize;
        if (page == null || offset >= page.size()) {
            return;
        }
        List<T> changed = new java.util.ArrayList<>(page);
        T before = changed.set(offset, row);
        pages.put(index / pageSize, changed);
        beginChange();
        nextSet(index, before);
        endChange();
    }

    /** Whether the row at index has arrived (for tests and for keeping a selection steady). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    @Override
    public int size() {
        return size;
    }

    private void load(int page) {
        if (!loading.add(page)) {
            return;
        }
        long thisGeneration = generation;
        long thisLayout = layout;
        int offset = page * pageSize;
        executor.submit(() -> source.page(offset, pageSize), rows -> {
            if (thisGeneration != generation || thisLayout != layout) {
                return;
            }
            loading.remove(page);
            pages.put(page, rows);
            int from = offset;
            int to = Math.min(size, offset + rows.size());
            if (from < to) {
                beginChange();
                nextReplace(from, to, nulls(to - from));
                endChange();
            }
        }, failure -> {
            loading.remove(page);
            onError.accept(failure);
        });
    }

    private static <T> List<T> nulls(int count) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return null;
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
