package com.newsdesk.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Columns for the desks' tables. Rows may be null while their page loads; their cells stay empty. */
public final class Tables {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private Tables() {}

    public static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        column.setSortable(false); // rows come sorted from the database; sorting a page would mislead
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? null : value.apply(cell.getValue())));
        return column;
    }

    public static <T> TableColumn<T, String> time(String title, double width, Function<T, Instant> value) {
        return text(title, width, row -> format(value.apply(row)));
    }

    /** A time as every desk shows it, in the machine's zone and locale. */
    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A table that shows "Loading…" until its first rows arrive and a plain message when empty. */
    public static <T> TableView<T> table(String emptyMessage) {
        TableView<T> table = new TableView<>();
        table.setPlaceholder(new javafx.scene.control.Label(emptyMessage));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // One row height for all: rows of a million-row table are laid out without measuring each one.
        table.setFixedCellSize(32);
        return table;
    }
}
