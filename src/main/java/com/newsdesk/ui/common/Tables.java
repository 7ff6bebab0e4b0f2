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

    /**
     * A column of two lines per row: a strong first line (who, when) over a muted second one (what), so the text a
     * reader wrote gets the column's whole width. The table's rows must be {@link #TWO_LINES} high.
     */
    public static <T> TableColumn<T, T> twoLines(String title, double width, Function<T, String> first,
            Function<T, String> second) {
        TableColumn<T, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 120));
        column.setSortable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(ignored -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.Label top = new javafx.scene.control.Label();
            private final javafx.scene.control.Label bottom = new javafx.scene.control.Label();
            private final javafx.scene.layout.VBox lines = new javafx.scene.layout.VBox(1, top, bottom);

            {
                top.getStyleClass().add("row-first-line");
                bottom.getStyleClass().addAll("row-second-line", "text-muted");
                top.setMinWidth(0);
                bottom.setMinWidth(0);
                setGraphic(null);
            }

            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                top.setText(first.apply(row));
                bottom.setText(second.apply(row));
                setGraphic(lines);
            }
        });
        return column;
    }

    /**
     * A column of search snippets whose matched words (between [ and ], as the search marks them) are drawn bold,
     * without the brackets: what matched is seen at a glance.
     */
    public static <T> TableColumn<T, String> matches(String title, double width, Function<T, String> snippet) {
        TableColumn<T, String> column = text(title, width, snippet);
        column.setCellFactory(ignored -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.TextFlow flow = new javafx.scene.text.TextFlow();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(null);
                if (empty || text == null || text.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                flow.getChildren().clear();
                java.util.regex.Matcher marked = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]").matcher(text);
                int at = 0;
                while (marked.find()) {
                    flow.getChildren().add(plain(text.substring(at, marked.start())));
                    javafx.scene.text.Text word = plain(marked.group(1));
                    word.setStyle("-fx-font-weight: bold;");
                    flow.getChildren().add(word);
                    at = marked.end();
                }
                flow.getChildren().add(plain(text.substring(at)));
                flow.setMaxHeight(24);
                setGraphic(flow);
                setTooltip(new javafx.scene.control.Tooltip(text.replace("[", "").replace("]", "")));
            }

            private javafx.scene.text.Text plain(String part) {
                javafx.scene.text.Text text = new javafx.scene.text.Text(part.replace('\n', ' '));
                text.getStyleClass().add("match-text");
                return text;
            }
        });
        return column;
    }

    /**
     * A table whose columns fit its width: the columns named in {@code kept} never get narrower than their width
     * there (what identifies a row), the others may shrink to 50; below the width given in {@code stepAside} a column
     * named there is hidden (what the row's detail shows anyway).
     */
    public static void fitting(TableView<?> table, java.util.Map<String, Double> kept,
            java.util.Map<String, Double> stepAside) {
        table.getColumns().forEach(column -> column.setMinWidth(kept.getOrDefault(column.getText(),
                Math.min(50, column.getMinWidth()))));
        table.widthProperty().addListener((observable, before, width) -> table.getColumns().forEach(column -> {
            Double below = stepAside.get(column.getText());
            if (below != null) {
                column.setVisible(width.doubleValue() >= below);
            }
        }));
    }

    /** The row height for {@link #twoLines} columns. */
    public static final double TWO_LINES = 48;

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
