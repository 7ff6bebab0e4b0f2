package com.newsdesk.cli;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.offline.OfflineCopy;
import com.newsdesk.io.OfflineJson;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.offline.OfflineService;
import com.newsdesk.storage.Database;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Check-out and check-in: articles and a slice of the comment queue into a newsroom file, and back. */
@Command(name = "offline", mixinStandardHelpOptions = true,
        description = "Take articles and pending comments from a (shared) newsroom into a newsroom file to work"
                + " offline, and bring the changes back.",
        subcommands = {OfflineCommand.Take.class, OfflineCommand.Return.class})
final class OfflineCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: choose take or return");
    }

    @Command(name = "take", mixinStandardHelpOptions = true,
            description = "Take articles (and up to N pending comments) into the newsroom file --db.")
    static final class Take implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Option(names = "--from", required = true, paramLabel = "URL|FILE",
                description = "The newsroom to take from (its login's password from PGPASSWORD or ~/.pgpass).")
        String from;
        @Option(names = "--article", paramLabel = "ID|SLUG", description = "An article to take (repeatable).")
        List<String> articles = new ArrayList<>();
        @Option(names = "--pending", paramLabel = "N", description = "How many pending comments to take, first in"
                + " the queue first.")
        int pending;
        @Option(names = "--json", description = "Print what was taken as JSON.")
        boolean json;

        Take(CliContext context) { this.context = context; }

        @Override
        public void run() {
            if (!(com.newsdesk.storage.DataLocation.resolveAddress(database.file, "--db", context.env)
                    instanceof com.newsdesk.storage.NewsroomAddress.File local)) {
                throw new com.newsdesk.domain.InvalidInputException("--db", "an offline copy goes into a newsroom file"
                        + " on this computer, not a shared newsroom");
            }
            try (Newsroom source = context.newsroom(from, "--from", user, Database.OpenMode.EXISTING)) {
                OfflineService.Taken taken = new OfflineService(context.clock).take(source.actor(), source.database(),
                        local.path(), articles, pending);
                if (json) {
                    context.out.println(OfflineJson.taken(taken.articles(), taken.comments(),
                            taken.alongWithComments(), taken.alreadyOffline()));
                    return;
                }
                context.out.printf("Took %d article%s and %d comment%s from %s into %s%s.%n", taken.articles(),
                        taken.articles() == 1 ? "" : "s", taken.comments(), taken.comments() == 1 ? "" : "s",
                        source.database().name(), local.path().getFileName(), taken.alongWithComments() == 0 ? ""
                                : " (with the " + taken.alongWithComments() + " article"
                                + (taken.alongWithComments() == 1 ? "" : "s") + " they belong to)");
                if (taken.alreadyOffline() > 0) {
                    context.out.printf("%d article%s changed offline already: that text is kept.%n",
                            taken.alreadyOffline(), taken.alreadyOffline() == 1 ? " was" : "s were");
                }
                context.out.println("Work with --db " + local.path().getFileName() + "; bring it back with"
                        + " 'newsdesk offline return --db " + local.path() + "'.");
            }
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true,
            description = "Bring back every change made offline in --db to the newsroom it was taken from. Run it"
                    + " again after an interruption: it completes what is left and applies nothing twice.")
    static final class Return implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Option(names = "--json", description = "Print the outcome as JSON.")
        boolean json;

        Return(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom local = context.newsroom(database, null, Database.OpenMode.EXISTING)) {
                OfflineService offline = new OfflineService(context.clock);
                OfflineCopy copy = offline.copyIn(local.database()).orElseThrow(() -> new RefusedException(
                        local.database().name() + " holds no offline copy: there is nothing to bring back."));
                Actor localActor = OfflineService.ownerOf(local.database());
                try (Newsroom source = context.newsroom(copy.source(), "the offline copy's newsroom", user,
                        Database.OpenMode.EXISTING)) {
                    OfflineService.Returned returned = offline.bringBack(source.actor(), source.database(),
                            local.database(), localActor, com.newsdesk.service.TaskMonitor.NONE);
                    if (json) {
                        context.out.println(OfflineJson.returned(returned.saved(), returned.conflicts(),
                                returned.created(), returned.unchanged(), returned.refused(),
                                returned.decisionsSaved(), returned.decisionsLost(), returned.replies()));
                        return;
                    }
                    returned.lines().forEach(context.out::println);
                    context.out.println((returned.nothingChanged() ? "Nothing to bring back: " : "Brought back to "
                            + source.database().name() + ": ") + OfflineService.summary(returned) + ".");
                }
            }
        }
    }
}
