package com.newsdesk.cli;

import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TransferSummary;
import com.newsdesk.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an empty newsroom with a realistic, deterministic synthetic one.")
final class DemoCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Option(names = "--articles", defaultValue = "240", description = "Articles to make (default ${DEFAULT-VALUE}).")
    int articles;
    @Option(names = "--comments", defaultValue = "6000", description = "Comments to make (default ${DEFAULT-VALUE}).")
    int comments;
    @Option(names = "--subscribers", defaultValue = "12000",
            description = "Subscribers to make (default ${DEFAULT-VALUE}).")
    int subscribers;
    @Option(names = "--seed", defaultValue = "1", description = "The same seed makes the same newsroom.")
    long seed;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.CREATE)) {
            TransferSummary made = newsroom.sample().fill(newsroom.actor(),
                    new SampleNewsroom.Size(articles, comments, subscribers), seed, TaskMonitor.NONE);
            context.out.printf("%s in %.1f s.%n", made.describe("Made"), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
