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
        return offset < rows.size() ? rows.get(offset) : null;
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
        int offset = page * pageSize;
        executor.submit(() -> source.page(offset, pageSize), rows -> {
            if (thisGeneration != generation) {
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
