package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** The benchmark's table as JSON: the machine, then one object per measured row. */
public final class BenchmarkReport {
    /**
     * One measured figure: median, min and max over {@code runs} runs, in {@code unit}; {@code goal} and {@code peer}
     * say what it is held against (empty when nothing).
     */
    public record Row(String section, String name, String unit, double median, double min, double max, int runs,
            String goal, String peer) {}

    private BenchmarkReport() {}

    public static void write(Map<String, String> machine, List<Row> rows, OutputStream stream) {
        JsonIo.io(() -> {
            try (JsonGenerator out = JsonIo.generator(stream)) {
                out.useDefaultPrettyPrinter();
                out.writeStartObject();
                out.writeObjectFieldStart("machine");
                for (Map.Entry<String, String> fact : machine.entrySet()) {
                    out.writeStringField(fact.getKey(), fact.getValue());
                }
                out.writeEndObject();
                out.writeArrayFieldStart("rows");
                for (Row row : rows) {
                    out.writeStartObject();
                    out.writeStringField("section", row.section());
                    out.writeStringField("name", row.name());
                    out.writeStringField("unit", row.unit());
                    out.writeNumberField("median", row.median());
                    out.writeNumberField("min", row.min());
                    out.writeNumberField("max", row.max());
                    out.writeNumberField("runs", row.runs());
                    out.writeStringField("goal", row.goal());
                    out.writeStringField("peer", row.peer());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
        });
    }
}
