package com.newsdesk.cli;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.service.CommentService;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-comments", mixinStandardHelpOptions = true,
        description = "Comments for the site as JSON: the export fields plus articleSlug and html, safe to show.")
final class ExportCommentsCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Option(names = "--status", paramLabel = "STATUS", description = "pending, approved, spam or trash (default: all).")
    String status;
    @Option(names = "--article", paramLabel = "SLUG", description = "Only this article's comments.")
    String article;
    @Option(names = "--out", required = true, paramLabel = "FILE|-", description = "Where to write; - for standard output.")
    String out;

    ExportCommentsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        CommentStatus only = status == null ? null : CommentStatus.fromCode(status);
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            CommentService comments = newsroom.comments();
            var actor = newsroom.actor();
            context.export(out, target -> comments.exportForSiteTo(actor, only, article, target),
                    written -> String.format("Exported %,d comments", written));
        }
        return 0;
    }
}
