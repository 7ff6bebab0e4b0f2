package com.newsdesk.cli;

import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberExport;

@Command(name = "export-subscribers", mixinStandardHelpOptions = true,
        description = "Subscribers as Newsdesk JSON (imports back), Newsdesk CSV, Ghost members CSV or listmonk CSV.")
final class ExportSubscribersCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Option(names = "--format", required = true, paramLabel = "json|csv|ghost|listmonk") String format;
    @Option(names = "--status", paramLabel = "STATUS", description = "subscribed, unsubscribed, bounced or blocklisted.")
    String status;
    @Option(names = "--label", paramLabel = "LABEL", description = "Only subscribers with this label (any case).")
    String label;
    @Option(names = "--out", required = true, paramLabel = "FILE|-", description = "Where to write; - for standard output.")
    String out;
    @Option(names = "--split-comma-labels", description = "Ghost: write labels holding a comma as they are, for Ghost"
            + " to split (without it such labels are refused, listed, so that they can be renamed first).")
    boolean splitCommaLabels;

    ExportSubscribersCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        SubscriberExport.Format chosen;
        try {
            chosen = SubscriberExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new com.newsdesk.domain.InvalidInputException("--format", "\"" + format
                    + "\" is not a format: json, csv, ghost or listmonk");
        }
        SubscriberStatus only = status == null ? null : SubscriberStatus.fromCode(status);
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            SubscriberDesk subscribers = newsroom.subscribers();
            var actor = newsroom.actor();
            var filter = new com.newsdesk.domain.SubscriberFilter(only, label, null, null, null, null);
            context.export(out, target -> subscribers.exports().exportTo(actor, chosen, filter, splitCommaLabels
                    ? SubscriberExport.CommaLabels.SPLIT : SubscriberExport.CommaLabels.REFUSE, target,
                    TaskMonitor.NONE),
                    written -> String.format("Exported %,d subscribers", written));
            if (chosen == SubscriberExport.Format.LISTMONK) {
                subscribers.exports().leftOutOfListmonk(actor, filter).ifPresent(leftOut -> context.err.println(leftOut + "."));
            }
        }
        return 0;
    }
}
