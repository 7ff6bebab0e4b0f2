package com.newsdesk.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes CSV a row at a time (UTF-8, CRLF, quoted where needed), for every CSV Newsdesk writes. A cell that a
 * spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, as OWASP advises and Ghost's own export does; {@link #unescapeFormula} takes it off again on import.
 */
public final class CsvRows implements AutoCloseable {
    private static final CsvMapper MAPPER = new CsvMapper();
    private final SequenceWriter rows;

    private CsvRows(SequenceWriter rows) {
        this.rows = rows;
    }

    /** Leaves the stream open for its owner to close. */
    public static CsvRows to(OutputStream out) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new NonClosing(out),
                    StandardCharsets.UTF_8), 1 << 16);
            return new CsvRows(MAPPER.writerFor(String[].class)
                    .with(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(writer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(String... fields) {
        String[] safe = fields;
        for (int i = 0; i < fields.length; i++) {
            if (isFormula(fields[i])) {
                if (safe == fields) {
                    safe = fields.clone();
                }
                safe[i] = "'" + fields[i];
            }
        }
        try {
            rows.write(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a spreadsheet would read the cell as a formula. */
    public static boolean isFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A cell as it was before {@link #row} guarded it: the apostrophe before a formula character taken off. */
    public static String unescapeFormula(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
