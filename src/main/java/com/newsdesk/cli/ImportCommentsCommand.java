package com.newsdesk.cli;

import com.newsdesk.service.CommentIntakeSummary;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import-comments", mixinStandardHelpOptions = true,
        description = {"Reader comments from a WordPress export (WXR) or JSON (a Newsdesk export, an export-comments"
                + " file, or an array of objects with articleSlug or articleId, authorName, authorEmail, body,"
                + " submittedAt and an optional parentId and status).",
            "Decisions made at the source are kept; the rest go through the comment rules. One transaction: a bad"
                + " file changes nothing."})
final class ImportCommentsCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "FILE") Path file;

    ImportCommentsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            CommentIntakeSummary summary = newsroom.comments()
                    .importComments(newsroom.actor(), file, TaskMonitor.NONE);
            context.out.println(summary.describe() + ".");
            summary.invalid().stream().limit(20).forEach(problem -> context.out.println("  " + problem));
            if (summary.invalidCount() > 20) {
                context.out.printf("  … %,d more comments could not be read%n", summary.invalidCount() - 20);
            }
        }
        return 0;
    }
}
