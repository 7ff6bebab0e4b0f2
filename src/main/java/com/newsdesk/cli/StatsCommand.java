package com.newsdesk.cli;

import com.newsdesk.domain.CodedEnum;
import com.newsdesk.domain.NewsroomStats;
import com.newsdesk.io.StatsJson;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.storage.Database;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count records per table and status.")
final class StatsCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    StatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Newsroom newsroom = context.newsroom(database, null, Database.OpenMode.EXISTING)) {
            NewsroomStats stats = newsroom.newsroom().stats();
            if (json) {
                context.out.println(StatsJson.write(stats));
            } else {
                print("articles", stats.articleCount(), stats.articles());
                print("comments", stats.commentCount(), stats.comments());
                print("subscribers", stats.subscriberCount(), stats.subscribers());
            }
        }
        return 0;
    }

    private void print(String table, long total, Map<? extends CodedEnum, Long> byStatus) {
        context.out.printf("%-15s %,10d%n", table, total);
        byStatus.forEach((status, count) -> context.out.printf("  %-13s %,10d%n", status.code(), count));
    }
}
