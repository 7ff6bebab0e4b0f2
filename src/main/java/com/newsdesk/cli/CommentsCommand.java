package com.newsdesk.cli;

import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.storage.Database;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Moderation for scripts: what the queue's A, S, D and P keys do. */
@Command(name = "comments", mixinStandardHelpOptions = true,
        description = "Decide comments from a script.", subcommands = CommentsCommand.Decide.class)
final class CommentsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: choose decide");
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Move comments to a status, from whatever status each has now (all or none; audited).")
    static final class Decide implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(paramLabel = "ID", arity = "1..*", description = "The comments' ids.") List<Long> ids;
        @Option(names = "--status", required = true, paramLabel = "approved|pending|spam|trash",
                description = "The status they get.")
        String status;

        Decide(CliContext context) { this.context = context; }

        @Override
        public void run() {
            CommentStatus to;
            try {
                to = CommentStatus.fromCode(status);
            } catch (IllegalArgumentException e) {
                throw new com.newsdesk.domain.InvalidInputException("--status", e.getMessage());
            }
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                List<Comment> decided = newsroom.comments().decideNow(newsroom.actor(), ids, to);
                context.out.printf("%d comment%s %s.%n", decided.size(), decided.size() == 1 ? "" : "s",
                        decided.size() == 1 ? "is " + to.code() + " now" : "are " + to.code() + " now");
            }
        }
    }
}
