package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.SubscriberColumns;
import com.newsdesk.io.CsvRows;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.storage.Database;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberExport;
import com.newsdesk.service.subscribers.SubscriberImport;

/** Issue 12, finding 6: no CSV Newsdesk writes holds a cell a spreadsheet would run as a formula. */
class CsvFormulaInjectionTest {
    @TempDir Path dir;
    private final Actor editor = Actor.staff("edna", Role.EDITOR);
    private static final SubscriberImport.Options ADD = new SubscriberImport.Options(null,
            SubscriberColumns.AUTO, SubscriberImport.Mode.ADD, false, false);
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd", "@SUM(1+1)");

    /** Every cell of every row, as a spreadsheet would read it (the CSV's own quoting undone). */
    private static List<String> cells(String csv) throws Exception {
        List<String> cells = new java.util.ArrayList<>();
        try (var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerFor(String[].class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .<String[]>readValues(csv)) {
            while (rows.hasNext()) {
                cells.addAll(List.of(rows.next()));
            }
        }
        return cells;
    }

    @Test
    void namesAndLabelsThatLookLikeFormulasAreWrittenInertAndReadBackAsTheyWere() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            SubscriberDesk service = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            StringBuilder csv = new StringBuilder("email,name,labels\n");
            for (int i = 0; i < FORMULAS.size(); i++) {
                String formula = FORMULAS.get(i);
                String label = formula.contains("\"") ? "" : "\"[\"\"" + formula + "\"\"]\"";
                csv.append("p").append(i).append("@example.org,\"").append(formula.replace("\"", "\"\""))
                        .append("\",").append(label).append("\n");
            }
            csv.append("\"\tp9@example.org\",\"\ttabbed\",\n");
            service.imports().importCsv(editor, Files.writeString(dir.resolve("in.csv"), csv), ADD, null, TaskMonitor.NONE);
            assertEquals(FORMULAS.get(0), db.read(tx -> tx.subscribers().findByEmail("p0@example.org")).orElseThrow()
                    .name());

            for (SubscriberExport.Format format : SubscriberExport.Format.values()) {
                if (format == SubscriberExport.Format.JSON) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                service.exports().exportTo(editor, format, com.newsdesk.domain.SubscriberFilter.ALL,
                        SubscriberExport.CommaLabels.SPLIT, new OutputTarget.ToStream(out, "test"), TaskMonitor.NONE);
                String written = out.toString(StandardCharsets.UTF_8);
                for (String cell : cells(written)) {
                    assertFalse(CsvRows.isFormula(cell), format + " wrote a live formula: " + cell);
                }
                assertTrue(written.contains("'=HYPERLINK("), format + ": " + written);
            }

            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            service.exports().exportTo(editor, SubscriberExport.Format.CSV, com.newsdesk.domain.SubscriberFilter.ALL,
                    SubscriberExport.CommaLabels.REFUSE,
                    new OutputTarget.ToStream(ours, "test"), TaskMonitor.NONE);
            try (Database other = TestNewsrooms.open(dir.resolve("other.db"))) {
                new SubscriberImport(other, TestNewsrooms.CLOCK).importCsv(editor,
                        Files.write(dir.resolve("ours.csv"), ours.toByteArray()), ADD, null, TaskMonitor.NONE);
                for (int i = 0; i < FORMULAS.size(); i++) {
                    String email = "p" + i + "@example.org";
                    var back = other.read(tx -> tx.subscribers().findByEmail(email)).orElseThrow();
                    assertEquals(FORMULAS.get(i), back.name(), "our own export reads back unchanged");
                }
                var minus = other.read(tx -> tx.subscribers().findByEmail("p2@example.org")).orElseThrow();
                assertEquals("-2+3+cmd", minus.name());
                assertEquals(List.of("-2+3+cmd"), minus.labels());
            }
        }
    }

    @Test
    void theRejectedRowsReportIsInertToo() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            Path report = dir.resolve("rejected.csv");
            new SubscriberImport(db, TestNewsrooms.CLOCK).importCsv(editor, Files.writeString(dir.resolve("in.csv"),
                    "email,name\n=1+1,=cmd|' /C calc'!A0\n"), ADD, OutputTarget.file(report), TaskMonitor.NONE);
            for (String cell : cells(Files.readString(report))) {
                assertFalse(CsvRows.isFormula(cell), cell);
            }
            assertTrue(Files.readString(report).contains("'=cmd|"), Files.readString(report));
        }
    }
}
