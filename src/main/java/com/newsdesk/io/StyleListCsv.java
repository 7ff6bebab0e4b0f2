package com.newsdesk.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.writing.StyleRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The house style as CSV: a header {@code avoid,prefer,note} (UTF-8, with or without a byte-order mark), one entry a
 * row. Read whole or refused, naming the row; written formula-safe by {@link CsvRows}.
 */
public final class StyleListCsv {
    public static final List<String> HEADER = List.of("avoid", "prefer", "note");

    private StyleListCsv() {}

    public static List<StyleRule> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<StyleRule> read(InputStream in, String name) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<StyleRule> rules = new ArrayList<>();
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) { // a byte-order mark, as spreadsheets write
            text = text.substring(1);
        }
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(text)) {
            int[] columns = null;
            int line = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (rows.hasNextValue()) {
                line++;
                String[] row = rows.nextValue();
                if (columns == null) {
                    columns = columns(row, name);
                    continue;
                }
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                try {
                    StyleRule rule = new StyleRule(cell(row, columns[0]), cell(row, columns[1]),
                            cell(row, columns[2]));
                    if (!seen.add(rule.avoid().toLowerCase(Locale.ROOT))) {
                        throw new InvalidInputException("avoid", "\"" + rule.avoid() + "\" is listed twice");
                    }
                    rules.add(rule);
                } catch (InvalidInputException invalid) {
                    throw new InvalidInputException(name + ", row " + line + ", " + invalid.location(),
                            invalid.problem());
                }
            }
            if (columns == null) {
                throw new InvalidInputException(name, "the file is empty; a style list starts with the header"
                        + " avoid,prefer,note");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            throw new InvalidInputException(name + ", line " + unreadable.getLocation().getLineNr(),
                    "not CSV that can be read (" + unreadable.getOriginalMessage() + ")");
        }
        return rules;
    }

    private static int[] columns(String[] header, String name) {
        int[] columns = {-1, -1, -1};
        for (int i = 0; i < header.length; i++) {
            int known = HEADER.indexOf(header[i].strip().toLowerCase(Locale.ROOT));
            if (known >= 0) {
                columns[known] = i;
            }
        }
        if (columns[0] < 0) {
            throw new InvalidInputException(name + ", row 1", "no \"avoid\" column; the header is avoid,prefer,note");
        }
        return columns;
    }

    private static String cell(String[] row, int column) {
        return column < 0 || column >= row.length ? "" : CsvRows.unescapeFormula(row[column]);
    }

    public static int write(List<StyleRule> rules, OutputStream out) {
        try (CsvRows rows = CsvRows.to(out)) {
            rows.row(HEADER.toArray(String[]::new));
            for (StyleRule rule : rules) {
                rows.row(rule.avoid(), rule.prefer(), rule.note());
            }
        }
        return rules.size();
    }
}
