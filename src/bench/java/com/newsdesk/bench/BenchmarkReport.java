package com.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's table as JSON: the machine, then one object per measured row. */
final class BenchmarkReport {
    /**
     * One measured figure: median, min and max over {@code runs} runs, in {@code unit}; {@code goal} and {@code peer}
     * say what it is held against (empty when nothing).
     */
    record Row(String section, String name, String unit, double median, double min, double max, int runs,
            String goal, String peer) {}

    private BenchmarkReport() {}

    static void write(Map<String, String> machine, List<Row> rows, OutputStream stream) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("machine", machine);
        table.put("rows", rows);
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(stream, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
