package com.newsdesk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The query shapes every repository uses: a list, at most one row, a stream of rows, counts by status. */
final class Queries {
    private Queries() {}

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    static final Binder NONE = statement -> { };

    static <T> List<T> list(Transaction tx, String sql, Binder binder, RowMapper<T> mapper) {
        return Transaction.run(() -> {
            PreparedStatement statement = tx.prepare(sql);
            binder.bind(statement);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        });
    }

    static <T> Optional<T> first(Transaction tx, String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = list(tx, sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static long count(Transaction tx, String sql, Binder binder) {
        return first(tx, sql, binder, row -> row.getLong(1)).orElse(0L);
    }

    /** Streams every row to the consumer without holding them: memory stays flat whatever the table's size. */
    static <T> void forEach(Transaction tx, String sql, RowMapper<T> mapper, Consumer<? super T> consumer) {
        forEach(tx, sql, NONE, mapper, consumer);
    }

    static <T> void forEach(Transaction tx, String sql, Binder binder, RowMapper<T> mapper,
            Consumer<? super T> consumer) {
        Transaction.run(() -> {
            try (PreparedStatement statement = tx.prepareUncached(sql)) {
                binder.bind(statement);
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(mapper.map(rows));
                    }
                }
            }
            return null;
        });
    }

    /** The last id of the {@code rows} rows of {@code table} after {@code after}, or empty when none follows. */
    static java.util.OptionalLong chunkEnd(Transaction tx, String table, long after, int rows) {
        Optional<Long> end = first(tx, "SELECT id FROM " + table + " WHERE id > ? ORDER BY id LIMIT 1 OFFSET "
                + (rows - 1), statement -> statement.setLong(1, after), row -> row.getLong(1));
        if (end.isPresent()) {
            return java.util.OptionalLong.of(end.get());
        }
        return first(tx, "SELECT max(id), count(*) FROM " + table + " WHERE id > ?",
                statement -> statement.setLong(1, after), row -> row.getLong(2) == 0
                        ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(row.getLong(1)))
                .orElse(java.util.OptionalLong.empty());
    }

    /**
     * The export records SQLite writes ({@code record}, an expression over {@code from}'s row {@code alias}) of the
     * rows after {@code after} up to {@code upTo} in id order, joined by a line break and a comma; null when the
     * expression gives some row no record (a row SQLite cannot write so). Times are copied as stored; the escapes'
     * hex digits and the order are for the caller to check ({@code JsonRecordBytes}).
     */
    static JsonRecords jsonRecords(Transaction tx, String record, String from, String alias, long after, long upTo) {
        return first(tx, "SELECT group_concat(record, char(10) || ','), count(*), count(record) FROM (SELECT " + record
                + " AS record FROM " + from + " " + alias + " WHERE " + alias + ".id > ? AND " + alias + ".id <= ?"
                + " ORDER BY " + alias + ".id)", statement -> {
                    statement.setLong(1, after);
                    statement.setLong(2, upTo);
                }, row -> {
                    if (row.getInt(3) < row.getInt(2)) {
                        return Optional.<JsonRecords>empty();
                    }
                    byte[] records = row.getBytes(1);
                    return Optional.of(records == null ? new JsonRecords(new byte[0], 0)
                            : new JsonRecords(records, row.getInt(2)));
                }).orElseThrow().orElse(null);
    }

    /** Counts kept by the status_counts triggers: a few rows read, however big the table. */
    static <E extends Enum<E>> Map<E, Long> keptCounts(
            Transaction tx, String table, Class<E> type, Function<String, E> fromCode) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        list(tx, "SELECT status, n FROM status_counts WHERE table_name = ?", statement -> statement.setString(1, table),
                row -> counts.put(fromCode.apply(row.getString(1)), row.getLong(2)));
        return counts;
    }

    /** Rows per status of {@code from}: a table, or a table with its WHERE clause. */
    static <E extends Enum<E>> Map<E, Long> countByStatus(
            Transaction tx, String from, Class<E> type, Function<String, E> fromCode) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        list(tx, "SELECT status, count(*) FROM " + from + " GROUP BY status", NONE,
                row -> counts.put(fromCode.apply(row.getString(1)), row.getLong(2)));
        return counts;
    }

    /** Runs one statement with its values bound in order; instants are bound in the newsroom's time form. */
    static int execute(Transaction tx, String sql, Object... values) {
        return Transaction.run(() -> {
            PreparedStatement statement = tx.prepare(sql);
            bind(statement, java.util.Arrays.asList(values));
            return statement.executeUpdate();
        });
    }

    /** Binds values in order, as a filter builds them up; instants in the newsroom's time form. */
    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof java.time.Instant instant) {
                Sql.setInstant(statement, i + 1, instant);
            } else {
                statement.setObject(i + 1, values.get(i));
            }
        }
    }

    /** Binds an id to insert, or NULL so that SQLite assigns the next one. */
    static void bindId(PreparedStatement statement, int index, long id) throws SQLException {
        Sql.setNullableLong(statement, index, id > 0 ? id : null);
    }

    /** The id the insert used: the given one, or the one SQLite assigned. */
    static long insertedId(Transaction tx, long givenId) {
        return givenId > 0 ? givenId : count(tx, tx.dialect() == Dialect.POSTGRES ? "SELECT lastval()"
                : "SELECT last_insert_rowid()", NONE);
    }
}
