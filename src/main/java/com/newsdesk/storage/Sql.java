package com.newsdesk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import com.newsdesk.domain.Timestamps;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Small helpers for binding and reading the column types the schema uses. */
final class Sql {
    /** Separates names in string_agg results; names never hold control characters. */
    static final String LIST_SEPARATOR = "\u001F";

    private Sql() {}

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, Timestamps.format(value));
        }
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        String text = rows.getString(column);
        return Timestamps.parse(text);
    }

    /** By position: a mapper that reads hundreds of rows a page saves a name lookup per column. */
    static Instant instant(ResultSet rows, int column) throws SQLException {
        return Timestamps.parse(rows.getString(column));
    }

    static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(LIST_SEPARATOR, -1));
    }
}
