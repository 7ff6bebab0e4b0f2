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
}
