package com.newsdesk.bench;

import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.SubscriberColumns;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.bench.BenchmarkReport.Row;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberExport;
import com.newsdesk.service.subscribers.SubscriberImport;

/**
 * The subscriber desk's figures: a CSV import (validated, deduplicated) next to the sqlite3 shell's {@code .import}
 * of the same file, a JSON export next to {@code sqlite3 -json} and a plain copy of the output, and the list's filters.
 */
final class SubscriberBenchmarks {
    private static final String SECTION = "subscribers";
    private final Clock clock;
    private final Actor actor = Actor.owner("bench");
    private final Consumer<String> progress;

    SubscriberBenchmarks(Clock clock, Consumer<String> progress) {
        this.clock = clock;
        this.progress = progress;
    }

    List<Row> run(boolean quick, Path scratch) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        int size = quick ? 20_000 : 1_000_000;
        int runs = quick ? 1 : 3;
        Path csv = scratch.resolve("subscribers.csv");
        writeCsv(csv, size);
        progress.accept(String.format("CSV import of %,d subscribers", size));
        Path newsroom = scratch.resolve("subscribers.db");
        double[] importSeconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            Files.deleteIfExists(newsroom);
            try (Database db = Database.open(newsroom, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE)) {
                long start = System.nanoTime();
                new SubscriberImport(db, clock).importCsv(actor, csv, new SubscriberImport.Options(null, SubscriberColumns.AUTO,
                        SubscriberImport.Mode.ADD, false, false), null, TaskMonitor.NONE);
                importSeconds[run] = (System.nanoTime() - start) / 1e9;
            }
        }
        boolean shell = Sqlite3Shell.available();
        double[] shellImport = new double[runs];
        for (int run = 0; shell && run < runs; run++) {
            Path peer = scratch.resolve("peer-" + run + ".db");
            Sqlite3Shell.run(peer, null, Sqlite3Shell.script("bare-subscriber-table"));
            long start = System.nanoTime();
            Sqlite3Shell.run(peer, null, ".mode csv", ".import --skip 1 " + csv + " subscribers");
            shellImport[run] = (System.nanoTime() - start) / 1e9;
            Files.deleteIfExists(peer);
        }
        // A fairer peer too: the shell loading the same file into Newsdesk's schema (its indexes and triggers).
        double[] shellIntoSchema = new double[runs];
        for (int run = 0; shell && run < runs; run++) {
            Path peer = scratch.resolve("schema-peer-" + run + ".db");
            Database.open(peer, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE).close();
            long start = System.nanoTime();
            Sqlite3Shell.run(peer, null, Sqlite3Shell.script("raw-subscribers"), ".mode csv",
                    ".import --skip 1 " + csv + " raw", Sqlite3Shell.script("raw-subscribers-into-schema"));
            shellIntoSchema[run] = (System.nanoTime() - start) / 1e9;
            Files.deleteIfExists(peer);
        }
        rows.add(Measure.row(SECTION, String.format("import-subscribers, CSV of %,d rows", size), "s", importSeconds,
                "no slower than the sqlite3 shell", shell ? String.format("sqlite3 .import into a bare table %.2f s;"
                        + " into Newsdesk's schema (no labels, no checks) %.2f s", Measure.median(shellImport),
                        Measure.median(shellIntoSchema)) : "sqlite3 not installed"));
        rows.add(Measure.row(SECTION, "  same, rows per second", "rows/s", perSecond(size, importSeconds), "",
                shell ? String.format("sqlite3 .import %,.0f rows/s", size / Measure.median(shellImport)) : ""));

        progress.accept(String.format("JSON export of %,d subscribers", size));
        Path json = scratch.resolve("subscribers.json");
        double[] exportSeconds = new double[runs];
        double[] peakHeap = new double[runs];
        long bytes = 0;
        try (Database db = Database.open(newsroom, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE)) {
            SubscriberDesk service = SubscriberDesk.of(db, clock);
            for (int run = 0; run < runs; run++) {
                Measure.resetPeakHeap();
                long start = System.nanoTime();
                service.exports().exportTo(actor, SubscriberExport.Format.JSON, com.newsdesk.domain.SubscriberFilter.ALL,
                        SubscriberExport.CommaLabels.REFUSE, OutputTarget.file(json), TaskMonitor.NONE);
                exportSeconds[run] = (System.nanoTime() - start) / 1e9;
                peakHeap[run] = Measure.peakHeapMegabytes();
            }
            bytes = Files.size(json);
            rows.addAll(filters(service, quick));
        }
        double[] shellExport = new double[runs];
        double[] shellSameJson = new double[runs];
        for (int run = 0; shell && run < runs; run++) {
            Path out = scratch.resolve("peer.json");
            long start = System.nanoTime();
            Sqlite3Shell.run(newsroom, out, "-json", Sqlite3Shell.script("subscribers-json"));
            shellExport[run] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            Sqlite3Shell.run(newsroom, out, Sqlite3Shell.script("subscribers-as-newsdesk-json"));
            shellSameJson[run] = (System.nanoTime() - start) / 1e9;
        }
        double[] copy = Measure.copySeconds(json, runs);
        rows.add(Measure.row(SECTION, String.format("export-subscribers --format json, %,d (%,d MB)", size,
                bytes >> 20), "s", exportSeconds, "no slower than sqlite3 -json, heap ≤ 256 MB",
                (shell ? String.format("sqlite3 -json %.2f s; sqlite3 writing our records (labels too) %.2f s; ",
                        Measure.median(shellExport), Measure.median(shellSameJson)) : "")
                        + String.format("copy of the file %.3f s", Measure.median(copy))));
        rows.addAll(Measure.exportRows(SECTION, exportSeconds, bytes, peakHeap));
        return rows;
    }

    private List<Row> filters(SubscriberDesk service, boolean quick) {
        progress.accept("subscriber filters");
        int runs = quick ? 10 : 20;
        int warmups = quick ? 10 : 30;
        List<Row> rows = new ArrayList<>();
        SubscriberFilter unsubscribed = new SubscriberFilter(SubscriberStatus.UNSUBSCRIBED, null, null, null, null,
                null);
        rows.add(Measure.row(SECTION, "filter by status: count and first page", "ms", Measure.millis(warmups, runs, () -> {
            service.list().count(actor, unsubscribed);
            service.list().page(actor, unsubscribed, 0, 0, 200);
        }), "≤ 100 ms", ""));
        SubscriberFilter label = new SubscriberFilter(null, "Weekly", null, null, null, null);
        rows.add(Measure.row(SECTION, "filter by label: count and first page", "ms", Measure.millis(warmups, runs, () -> {
            service.list().count(actor, label);
            service.list().page(actor, label, 0, 0, 200);
        }), "≤ 100 ms", ""));
        SubscriberFilter address = new SubscriberFilter(null, null, null, "reader12345@", null, null);
        rows.add(Measure.row(SECTION, "search an address: count and first page", "ms", Measure.millis(warmups, runs,
                () -> {
                    service.list().count(actor, address);
                    service.list().page(actor, address, 0, 0, 200);
                }), "≤ 100 ms", ""));
        SubscriberFilter name = new SubscriberFilter(null, null, null, "number 4242", null, null);
        rows.add(Measure.row(SECTION, "search words of a name: count and first page", "ms", Measure.millis(2, 5,
                () -> {
                    service.list().count(actor, name);
                    service.list().page(actor, name, 0, 0, 200);
                }), "≤ 100 ms", "through the FTS5 name index"));
        return rows;
    }

    static void writeCsv(Path file, int size) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("email,name,labels\n");
            for (int i = 0; i < size; i++) {
                out.write("reader" + i + "@example" + (i % 97) + ".org,Reader Number " + i + ","
                        + (i % 3 == 0 ? "\"Weekly,Sport\"" : "") + "\n");
            }
        }
    }

    private static double[] perSecond(int size, double[] seconds) {
        double[] rates = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            rates[i] = size / seconds[i];
        }
        return rates;
    }

}
