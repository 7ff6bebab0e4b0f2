package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.PagedList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class PagedListTest {
    private final AtomicInteger pageQueries = new AtomicInteger();
    private int rows = 1_000_000;

    private PagedList<Integer> list() {
        return new PagedList<>(PagedList.source(() -> rows, (offset, limit) -> {
            pageQueries.incrementAndGet();
            return IntStream.range(offset, Math.min(rows, offset + limit)).boxed().toList();
        }), BackgroundExecutor.direct(), 100, failure -> { throw new AssertionError(failure); });
    }

    @Test
    void loadsOnlyThePagesAskedFor() {
        PagedList<Integer> list = list();
        list.refresh();
        assertEquals(1_000_000, list.size());
        assertEquals(1_000_000L, list.totalProperty().get());
        assertFalse(list.isLoaded(999_999));
        assertNull(list.get(999_999)); // not loaded yet: an empty cell until the page arrives
        assertEquals(999_999, list.get(999_999));
        assertEquals(999_950, list.get(999_950));
        assertEquals(1, pageQueries.get());
    }

    @Test
    void announcesArrivingPagesAndRefreshes() {
        PagedList<Integer> list = list();
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) change -> {
            while (change.next()) {
                changes.add((change.wasReplaced() ? "replaced " : change.wasAdded() ? "added " : "removed ")
                        + change.getFrom() + "-" + change.getTo());
            }
        });
        list.refresh();
        list.get(250);
        rows = 10;
        list.refresh();
        assertEquals(List.of("added 0-1000000", "replaced 200-300", "replaced 0-10"), changes);
        assertFalse(list.isLoaded(200), "a refresh forgets the loaded pages");
    }

    @Test
    void keepsAFewPagesInMemory() {
        PagedList<Integer> list = list();
        list.refresh();
        for (int page = 0; page < 100; page++) {
            list.get(page * 100);
        }
        assertTrue(list.isLoaded(99 * 100));
        assertFalse(list.isLoaded(0), "the oldest pages are forgotten");
    }

    /** A source the test changes as the database would be changed before the list is told. */
    private final List<Integer> data = new ArrayList<>(IntStream.range(0, 1000).boxed().toList());

    private PagedList<Integer> listOverData(BackgroundExecutor executor) {
        return new PagedList<>(PagedList.source(data::size,
                (offset, limit) -> List.copyOf(data.subList(offset, Math.min(data.size(), offset + limit)))),
                executor, 100, failure -> { throw new AssertionError(failure); });
    }

    @Test
    void aRowTakenOutMovesTheLoadedRowsUpAndAShortPageLoadsAgain() {
        PagedList<Integer> list = listOverData(BackgroundExecutor.direct());
        list.refresh();
        list.get(150);
        list.get(250);
        list.get(650); // a loaded page apart from the others
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) change -> {
            while (change.next()) {
                changes.add((change.wasAdded() ? "added " : "removed ") + change.getFrom());
            }
        });
        data.remove(Integer.valueOf(120));
        list.removeLoaded(120);
        assertEquals(List.of("removed 120"), changes);
        assertEquals(999, list.size());
        assertEquals(999L, list.totalProperty().get());
        assertEquals(121, list.peek(120), "the next row moves up at once");
        assertEquals(200, list.peek(199), "across the page edge");
        assertEquals(299, list.peek(298));
        assertNull(list.peek(299), "the last row of a page left short is not known yet");
        assertFalse(list.isLoaded(650), "a page further on has moved: it is forgotten");
        assertNull(list.get(299)); // asks for the short page again
        assertEquals(300, list.get(299));

        data.add(120, 120);
        list.insertLoaded(120, 120);
        assertEquals(1000, list.size());
        assertEquals(120, list.peek(120));
        assertEquals(121, list.peek(121));
        assertEquals(199, list.peek(199));
        assertEquals(200, list.peek(200));
    }

    @Test
    void aPageAskedForBeforeARowMovesIsAskedForAgain() {
        List<Runnable> queued = new ArrayList<>();
        PagedList<Integer> list = listOverData(BackgroundExecutor.using(queued::add, Runnable::run));
        list.refresh();
        queued.remove(0).run();
        list.get(5);
        queued.remove(0).run();
        assertNull(list.get(105)); // on its way
        data.remove(Integer.valueOf(3));
        list.removeLoaded(3);
        queued.remove(0).run(); // arrives after the move: dropped, not put where the rows used to be
        assertFalse(list.isLoaded(105));
        assertNull(list.get(105));
        queued.remove(0).run();
        assertEquals(106, list.get(105));
    }
}
