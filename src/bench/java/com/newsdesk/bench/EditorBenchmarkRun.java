package com.newsdesk.bench;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import com.newsdesk.ui.editor.ArticleEditor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The editor benchmark's work, apart from its command so that other commands never load JavaFX. Measures the editor on a real toolkit (needs a display; under Xvfb on a server): opening a long article, and the
 * time from a keystroke's change to the laid-out frame in a long article. Prints medians and percentiles.
 */
final class EditorBenchmarkRun {
    private EditorBenchmarkRun() {}


    static Integer run(int openWords, int typingWords, int keystrokes, boolean rows) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false); // closing the last benchmark window must not stop the toolkit
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("newsdesk-bench");
            long articleId;
            com.newsdesk.domain.Actor owner = com.newsdesk.domain.Actor.owner("bench");
            try (com.newsdesk.storage.Database db = com.newsdesk.storage.Database.open(folder.resolve("bench.db"),
                    com.newsdesk.storage.Database.OpenMode.CREATE, com.newsdesk.io.JsonDocumentCodec.INSTANCE)) {
                var articles = new com.newsdesk.service.ArticleService(db, java.time.Clock.systemUTC());
                var created = articles.create(owner, "A very long article");
                articles.autosave(owner, created.id(), new com.newsdesk.domain.ArticleDraft(created.headline(), "", "", "",
                        List.of(), created.slug(), "en", article(openWords)), created.version());
                articleId = created.id();
                long[] read = new long[5];
                for (int run = 0; run < read.length; run++) {
                    long start = System.nanoTime();
                    articles.open(owner, articleId);
                    read[run] = System.nanoTime() - start;
                }
                Arrays.sort(read);
                long[] open = onFx(() -> timeOpen(openWords, 5)).get(300, TimeUnit.SECONDS);
                if (rows) {
                    printRow(String.format("open a %,d-word article: database read and JSON parse", openWords), read, "");
                    printRow(String.format("open a %,d-word article: editor filled and laid out", openWords), open, "");
                } else {
                    System.out.printf("open a %,d-word article: database read and JSON parse median %.0f ms (min %.0f,"
                            + " max %.0f); editor and layout median %.0f ms (min %.0f, max %.0f); %d runs each%n",
                            openWords, median(read), read[0] / 1e6, read[read.length - 1] / 1e6, median(open),
                            open[0] / 1e6, open[open.length - 1] / 1e6, open.length);
                }
            }
            // Plain, then with as many writing marks as the editor ever shows (issue 20), one on each paragraph;
            // then an Arabic article, whose paragraphs the editor draws a node a word (issue 14).
            for (int marks : new int[] {0, MOST_MARKS, -1}) {
                boolean arabic = marks < 0;
                long[] keys = onFx(() -> timeTyping(arabic ? arabicArticle(typingWords) : article(typingWords),
                        arabic, keystrokes, Math.max(0, marks))).get(300, TimeUnit.SECONDS);
                double p99 = keys[Math.min(keys.length - 1, (int) Math.ceil(keys.length * 0.99) - 1)] / 1e6;
                String what = String.format("keystroke to layout in a %,d-word %sarticle%s", typingWords,
                        arabic ? "Arabic " : "", marks <= 0 ? "" : String.format(", %d writing marks shown", marks));
                if (rows) {
                    printRow(what + ": p50", keys, String.format("p99 %.2f ms", p99));
                } else {
                    System.out.printf("%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d keys)%n", what, median(keys),
                            p99, keys[keys.length - 1] / 1e6, keys.length);
                }
            }
        } finally {
            Platform.exit();
        }
        return 0;
    }

    private static long[] timeOpen(int words, int runs) {
        Document document = article(words);
        long[] times = new long[runs];
        for (int run = 0; run < runs; run++) {
            Stage stage = stage();
            ArticleEditor editor = (ArticleEditor) stage.getUserData();
            long start = System.nanoTime();
            editor.setDocument(document);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            times[run] = System.nanoTime() - start;
            stage.close();
        }
        Arrays.sort(times);
        return times;
    }

    private static final int MOST_MARKS = ArticleEditor.MOST_ISSUES_SHOWN;

    private static long[] timeTyping(Document article, boolean rightToLeft, int keys, int marks) {
        Stage stage = stage();
        ArticleEditor editor = (ArticleEditor) stage.getUserData();
        editor.setRightToLeft(rightToLeft);
        editor.setDocument(article);
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        if (marks > 0) {
            List<String> texts = editor.paragraphTexts();
            List<List<com.newsdesk.domain.writing.WritingIssue>> issues = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                issues.add(i < marks && texts.get(i).length() > 11 ? List.of(new com.newsdesk.domain.writing.WritingIssue(
                        4, 11, texts.get(i).substring(4, 11), "A mark", "BENCH", com.newsdesk.domain.writing.WritingIssue
                                .Kind.SPELLING, List.of("council"))) : List.of());
            }
            editor.showIssues(texts, issues);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        }
        long[] times = new long[keys];
        for (int key = 0; key < keys; key++) {
            long start = System.nanoTime();
            editor.typeAtCaret(key % 17 == 0 ? " " : rightToLeft ? "ب" : "e");
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            times[key] = System.nanoTime() - start;
        }
        stage.close();
        Arrays.sort(times);
        return times;
    }

    private static Stage stage() {
        ArticleEditor editor = new ArticleEditor();
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(editor.node()), 1100, 800));
        stage.setUserData(editor);
        stage.show();
        return stage;
    }

    /** A long article of realistic paragraphs, each led by a bold run. */
    static Document article(int words) {
        return article(words, "The council voted on Tuesday to build the line and work starts in spring according to"
                + " the plan published by the ministry", Run.of("Lead. ", Mark.BOLD), 0);
    }

    /** The same in Arabic, an italic phrase inside each paragraph: paragraphs of several runs that wrap. */
    static Document arabicArticle(int words) {
        return article(words, "صوت المجلس يوم الثلاثاء على بناء الخط وتبدأ الأشغال في الربيع حسب الخطة التي نشرتها"
                + " الوزارة", Run.of("في الأشهر الأخيرة ", Mark.ITALIC), 31);
    }

    /** Paragraphs of 80 words of {@code sentence} (every twelfth a heading), {@code marked} after {@code at} words. */
    private static Document article(int words, String sentence, Run marked, int at) {
        String[] vocabulary = sentence.split(" ");
        List<Block> blocks = new ArrayList<>();
        int written = 0;
        while (written < words) {
            List<Run> runs = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 80 && written < words; i++, written++) {
                if (i == at) {
                    runs.add(Run.plain(text.toString()));
                    text.setLength(0);
                    runs.add(marked);
                }
                text.append(vocabulary[written % vocabulary.length]).append(' ');
            }
            runs.add(Run.plain(text.toString()));
            blocks.add(new Block(blocks.size() % 12 == 0 ? BlockType.HEADING_2 : BlockType.PARAGRAPH, runs));
        }
        return new Document(blocks);
    }

    /** One figure for {@code bench}: "row", its name, its timings in milliseconds, and a note. */
    private static void printRow(String name, long[] nanos, String note) {
        StringBuilder line = new StringBuilder("row\t").append(name).append('\t');
        for (int i = 0; i < nanos.length; i++) {
            line.append(i == 0 ? "" : ",").append(nanos[i] / 1e6);
        }
        System.out.println(line.append('\t').append(note));
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static <T> CompletableFuture<T> onFx(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }
}
