package com.newsdesk.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code editor} benchmark. Its work lives in {@link EditorBenchmarkRun}: the command line builds every
 * command at start, and this one must not pull JavaFX into an {@code export}.
 */
@Command(name = "editor", mixinStandardHelpOptions = true,
        description = "Measure the article editor: open a long article, keystroke to layout (needs a display).")
public final class EditorBenchmark implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--open-words", defaultValue = "200000", description = "Words of the article to open.")
    int openWords;
    @Option(names = "--typing-words", defaultValue = "50000", description = "Words of the article typed in.")
    int typingWords;
    @Option(names = "--keystrokes", defaultValue = "300", description = "Keystrokes to time.")
    int keystrokes;
    @Option(names = "--rows", description = "Print each figure's timings as a tab-separated line for `bench`.")
    boolean rows;

    @Override
    public Integer call() throws Exception {
        return EditorBenchmarkRun.run(openWords, typingWords, keystrokes, rows);
    }
}
