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

/** Writes CSV a row at a time (UTF-8, CRLF, quoted where needed), for the exports and the rejected-rows file. */
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
        try {
            rows.write(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
