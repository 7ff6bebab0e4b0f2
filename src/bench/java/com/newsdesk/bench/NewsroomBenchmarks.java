package com.newsdesk.bench;

import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.SubscriberColumns;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.ArticleFilter;
import com.newsdesk.bench.BenchmarkReport.Row;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.ExportScope;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TransferService;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import com.newsdesk.service.subscribers.SubscriberImport;

/**
 * Figures of the whole newsroom: article search (20 queries, with and without snippets) and the JSON export of
 * articles, comments and subscribers together, next to {@code sqlite3 -json} of the same three tables.
 */
final class NewsroomBenchmarks {
    private static final String SECTION = "newsroom";
    private static final List<String> QUERIES = List.of("council", "water", "rabat", "semi-final", "inflation",
            "marché", "élections", "الماء", "budget", "school", "festival", "casablanca", "rates", "transport",
            "santé", "court", "team", "port", "research", "museum");

    private final Database db;
    private final Path file;
    private final Clock clock;
    private final Actor actor = Actor.owner("bench");
    private final Consumer<String> progress;

    NewsroomBenchmarks(Database db, Path file, Clock clock, Consumer<String> progress) {
        this.db = db;
        this.file = file;
        this.clock = clock;
        this.progress = progress;
    }

    List<Row> run(boolean quick, Path scratch) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        progress.accept("article search");
        ArticleService articles = new ArticleService(db, clock);
        int rounds = quick ? 3 : 10;
        for (boolean snippets : new boolean[] {true, false}) {
            for (int i = 0; i < 5; i++) { // warm-up rounds
                search(articles, snippets);
            }
            double[] times = new double[QUERIES.size() * rounds];
            int at = 0;
            for (int round = 0; round < rounds; round++) {
                for (String query : QUERIES) {
                    long start = System.nanoTime();
                    if (snippets) {
                        articles.search(actor, query, ArticleFilter.ALL, 50);
                    } else {
                        articles.rankedIds(actor, query, 50);
                    }
                    times[at++] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(times);
            String kind = snippets ? "with snippets" : "ranked ids only";
            rows.add(Measure.row(SECTION, "article search, 20 queries × " + rounds + ", " + kind + ": p50", "ms",
                    times, "", String.format("p95 %.2f ms", times[(int) Math.ceil(times.length * 0.95) - 1])));
        }

        int subscribers = quick ? 20_000 : 1_000_000;
        progress.accept(String.format("whole-newsroom export (with %,d subscribers added)", subscribers));
        Path csv = scratch.resolve("newsroom-subscribers.csv");
        SubscriberBenchmarks.writeCsv(csv, subscribers);
        new SubscriberImport(db, clock).importCsv(actor, csv, new SubscriberImport.Options(null, SubscriberColumns.AUTO,
                SubscriberImport.Mode.ADD, false, false), null, TaskMonitor.NONE);
        Files.delete(csv);
        int runs = quick ? 1 : 3;
        Path json = scratch.resolve("newsroom.json");
        double[] export = new double[runs];
        double[] peakHeap = new double[runs];
        TransferService transfer = new TransferService(db, clock);
        for (int run = 0; run < runs; run++) {
            Measure.resetPeakHeap();
            long start = System.nanoTime();
            transfer.exportTo(actor, OutputTarget.file(json), ExportScope.ALL, TaskMonitor.NONE);
            export[run] = (System.nanoTime() - start) / 1e9;
            peakHeap[run] = Measure.peakHeapMegabytes();
        }
        long bytes = Files.size(json);
        boolean shell = Sqlite3Shell.available();
        double[] peer = new double[runs];
        for (int run = 0; shell && run < runs; run++) {
            Path out = scratch.resolve("newsroom-peer.json");
            long start = System.nanoTime();
            Sqlite3Shell.run(file, out, "-json", Sqlite3Shell.script("whole-newsroom-json"));
            peer[run] = (System.nanoTime() - start) / 1e9;
            Files.delete(out);
        }
        double[] copy = Measure.copySeconds(json, runs);
        Files.delete(json);
        com.newsdesk.domain.NewsroomStats stats = new com.newsdesk.service.NewsroomService(db).stats();
        long total = java.util.stream.Stream.of(stats.articles(), stats.comments(), stats.subscribers())
                .flatMap(counts -> counts.values().stream()).mapToLong(Long::longValue).sum();
        rows.add(Measure.row(SECTION, String.format("export, whole newsroom (%,d records, %,d MB)", total,
                bytes >> 20), "s", export, "no slower than sqlite3 -json, heap ≤ 256 MB",
                (shell ? String.format("sqlite3 -json of the 3 tables %.2f s; ", Measure.median(peer)) : "")
                        + String.format("copy of the file %.2f s", Measure.median(copy))));
        rows.addAll(Measure.exportRows(SECTION, export, bytes, peakHeap));
        return rows;
    }

    private void search(ArticleService articles, boolean snippets) {
        for (String query : QUERIES) {
            if (snippets) {
                articles.search(actor, query, ArticleFilter.ALL, 50);
            } else {
                articles.rankedIds(actor, query, 50);
            }
        }
    }

}
