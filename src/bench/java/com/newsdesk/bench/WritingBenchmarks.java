package com.newsdesk.bench;

import com.newsdesk.bench.BenchmarkReport.Row;
import com.newsdesk.domain.writing.WritingIssue;
import com.newsdesk.service.writing.LanguageCheckers;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The writing aids per language (issue 20): loading a language and its first check, a paragraph checked once the
 * language is warm, and the heap the loaded language holds. Each language is loaded in a checker of its own.
 */
final class WritingBenchmarks {
    private static final String SECTION = "writing";
    private static final String[][] PARAGRAPHS = {
        {"en", "The city council approved the new tram line on Tuesday after months of debate. Work starts in the"
                + " spring, and the first trains should run within three years, the mayor said."},
        {"fr", "Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après des mois de débats. Les"
                + " travaux commenceront au printemps, a indiqué le maire."},
        {"ar", "وافق المجلس البلدي يوم الثلاثاء على خط الترام الجديد بعد أشهر من النقاش، وستبدأ الأشغال في الربيع."},
    };

    private final Consumer<String> progress;

    WritingBenchmarks(Consumer<String> progress) {
        this.progress = progress;
    }

    List<Row> run(boolean quick) {
        List<Row> rows = new ArrayList<>();
        int runs = quick ? 10 : 50;
        for (String[] sample : PARAGRAPHS) {
            String language = sample[0];
            progress.accept("writing aids in " + language);
            long heapBefore = usedHeapAfterGc();
            LanguageCheckers checkers = new LanguageCheckers();
            long start = System.nanoTime();
            List<WritingIssue> first = checkers.check(language, sample[1]);
            double loadMillis = (System.nanoTime() - start) / 1e6;
            long heapAfter = usedHeapAfterGc();
            rows.add(Measure.row(SECTION, language + ": load the language and check a first paragraph", "ms",
                    new double[] {loadMillis}, "in the background, said in the status line",
                    first.size() + (first.size() == 1 ? " issue" : " issues") + " found in the sample paragraph"));
            rows.add(Measure.row(SECTION, language + ": a paragraph checked, language loaded", "ms",
                    Measure.millis(5, runs, () -> checkers.check(language, sample[1])), "≤ 1 s after a pause", ""));
            rows.add(Measure.row(SECTION, language + ": heap the loaded language holds", "MB",
                    new double[] {(heapAfter - heapBefore) / 1048576.0}, "≤ 150 MB", "used heap after a GC"));
            java.lang.ref.Reference.reachabilityFence(checkers);
        }
        return rows;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
