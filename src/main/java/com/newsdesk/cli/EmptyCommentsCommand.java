package com.newsdesk.cli;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.service.CommentService;
import com.newsdesk.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "empty-comments", mixinStandardHelpOptions = true,
        description = "Empty spam or Empty trash: deletes every comment in that queue for good (audited).")
final class EmptyCommentsCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(index = "0", paramLabel = "spam|trash", description = "The queue to empty.")
    String queue;

    EmptyCommentsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CommentStatus status = CommentStatus.fromCode(queue);
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            var actor = newsroom.actor();
            long deleted = newsroom.comments().emptyQueue(actor, status);
            context.out.printf("Deleted %,d comments from %s.%n", deleted, status.code());
        }
        return 0;
    }
}
