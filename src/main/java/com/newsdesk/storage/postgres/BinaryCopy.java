package com.newsdesk.storage.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.postgresql.copy.PGCopyInputStream;

/**
 * A query's rows streamed by {@code COPY … TO STDOUT (FORMAT binary)}: the server sends rows as fast as it makes them,
 * with no round trip per batch as a cursor has, and each field arrives as its own bytes (a text's UTF-8, a bigint's
 * eight bytes), which a caller can copy without making a {@code String}. COPY takes no parameters, so each value is
 * set as a setting of the transaction (bound like any parameter) and the query reads it back by
 * {@code current_setting}: no value is ever spliced into the SQL.
 */
public final class BinaryCopy {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private BinaryCopy() {}

    /** One row; its fields' bytes stay valid only until the handler returns. */
    public static final class Row {
        private byte[] buffer;
        private final int[] starts;
        private final int[] lengths;

        Row(int fields) {
            starts = new int[fields];
            lengths = new int[fields];
        }

        public byte[] buffer() {
            return buffer;
        }

        /** Where the field's bytes start in {@link #buffer()}. */
        public int start(int field) {
            return starts[field];
        }

        /** How many bytes the field has; -1 when it is NULL. */
        public int length(int field) {
            return lengths[field];
        }

        public boolean isNull(int field) {
            return lengths[field] < 0;
        }

        /** A bigint field. */
        public long getLong(int field) {
            if (lengths[field] != 8) {
                throw new IllegalStateException("field " + field + " is not a bigint");
            }
            long value = 0;
            for (int i = starts[field], end = i + 8; i < end; i++) {
                value = value << 8 | (buffer[i] & 0xFF);
            }
            return value;
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(Row row);
    }

    /**
     * Streams the rows of {@code select}, whose parameters are written {@code current_setting('newsdesk.copy_N')}
     * (text; cast it where another type is meant) and given in {@code values}, to the handler. When the handler
     * throws, the copy is cancelled and the exception goes on.
     */
    public static void rows(Connection connection, String select, List<String> values, int fields, RowHandler handler)
            throws SQLException {
        // One round trip for every value (true: for this transaction only). JIT off: a copy's plain expressions
        // run faster than the server takes to compile them (a million subscribers: 0.1 s less).
        StringBuilder set = new StringBuilder("SELECT set_config('jit', 'off', true)");
        for (int i = 0; i < values.size(); i++) {
            set.append(", set_config(?, ?, true)");
        }
        try (PreparedStatement statement = TextWithoutNul.wrap(connection.prepareStatement(set.toString()))) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(2 * i + 1, setting(i + 1));
                statement.setString(2 * i + 2, values.get(i));
            }
            statement.execute();
        }
        CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (" + select + ") TO STDOUT (FORMAT binary)");
        try {
            Reader reader = new Reader(new PGCopyInputStream(copy));
            reader.header();
            Row row = new Row(fields);
            while (reader.next(row)) {
                handler.row(row);
            }
        } catch (IOException e) {
            throw new SQLException("The server's copy broke off: " + e.getMessage(), "08006", e);
        } finally {
            if (copy.isActive()) {
                stop(connection, copy);
            }
        }
    }

    /**
     * Stops a copy the handler left (it failed, or the export was cancelled): asks the server to cancel it and reads
     * what was already sent up to the server's answer, so that the connection is left ready for its next statement
     * (the driver's own cancelCopy leaves that answer unread, and the next statement would read it as its own).
     */
    private static void stop(Connection connection, CopyOut copy) {
        try {
            connection.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            // not cancelled: the rest is read to its end below, which leaves the connection as ready
        }
        try {
            while (copy.readFromCopy() != null) {
                // discarded: the export stopped
            }
        } catch (SQLException expected) {
            // "canceling statement due to user request" (or the connection gone): the copy is over
        }
    }

    /** The name of the N-th (from 1) value's setting. */
    public static String setting(int n) {
        return "newsdesk.copy_" + n;
    }

    /** Reads the binary COPY format from a stream, keeping each row whole in one buffer. */
    private static final class Reader {
        private final InputStream in;
        private byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;

        Reader(InputStream in) {
            this.in = in;
        }

        void header() throws IOException {
            require(SIGNATURE.length + 8);
            for (int i = 0; i < SIGNATURE.length; i++) {
                if (buffer[position + i] != SIGNATURE[i]) {
                    throw new IOException("not PostgreSQL's binary copy format");
                }
            }
            position += SIGNATURE.length + 4; // the flags: none that change the rows
            int extension = readInt();
            require(extension);
            position += extension;
        }

        /** Reads the next row into {@code row}; false at the trailer. */
        boolean next(Row row) throws IOException {
            require(2);
            int count = (short) ((buffer[position] & 0xFF) << 8 | buffer[position + 1] & 0xFF);
            if (count == -1) {
                return false;
            }
            if (count != row.starts.length) {
                throw new IOException("a row of " + count + " fields where " + row.starts.length + " were asked");
            }
            // Have the whole row in the buffer first (reading more may move it to the front), then point at its fields.
            int size = 2;
            for (int field = 0; field < count; field++) {
                require(size + 4);
                int length = intAt(position + size);
                size += 4 + Math.max(length, 0);
            }
            require(size);
            int cursor = position + 2;
            for (int field = 0; field < count; field++) {
                int length = intAt(cursor);
                row.starts[field] = cursor + 4;
                row.lengths[field] = length;
                cursor += 4 + Math.max(length, 0);
            }
            row.buffer = buffer;
            position = cursor;
            return true;
        }

        private int readInt() throws IOException {
            require(4);
            int value = intAt(position);
            position += 4;
            return value;
        }

        private int intAt(int at) {
            return (buffer[at] & 0xFF) << 24 | (buffer[at + 1] & 0xFF) << 16 | (buffer[at + 2] & 0xFF) << 8
                    | buffer[at + 3] & 0xFF;
        }

        /** Makes {@code bytes} bytes from {@code position} available in the buffer. */
        private void require(int bytes) throws IOException {
            if (position + bytes <= limit) {
                return;
            }
            if (position > 0) { // move what is unread to the front
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            if (bytes > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(bytes, buffer.length * 2));
            }
            while (limit < bytes) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    throw new IOException("the copy ended inside a row");
                }
                limit += read;
            }
        }
    }
}
