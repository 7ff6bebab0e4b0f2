package com.newsdesk.cli;

import com.newsdesk.domain.SubscriberImportReport;
import com.newsdesk.io.SubscriberCsvReader;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import com.newsdesk.service.subscribers.SubscriberImport;

@Command(name = "import-subscribers", mixinStandardHelpOptions = true,
        description = {"Subscribers from CSV: Ghost members, a Mailchimp audience export, listmonk, or any CSV with an"
                + " email column (recognised from the header). One transaction; --dry-run does the same and writes"
                + " nothing.",
            "Unsubscribed, bounced, blocklisted and erased addresses, and blocklisted domains, are never"
                + " re-subscribed."})
final class ImportSubscribersCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|ghost|mailchimp|listmonk|csv")
    String format;
    @Option(names = "--mode", defaultValue = "add", paramLabel = "add|upsert",
            description = "add: new addresses only (default); upsert: add and update.")
    String mode;
    @Option(names = "--email-column", paramLabel = "NAME", description = "The address column, when not found by name.")
    String emailColumn;
    @Option(names = "--column", paramLabel = "FIELD=NAME",
            description = "Which column holds a field of a plain CSV: name, status, labels or created_at (repeatable).")
    java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();
    @Option(names = "--overwrite-empty", description = "Let an empty cell clear a stored name or labels.")
    boolean overwriteEmpty;
    @Option(names = "--dry-run", description = "Classify every row and write nothing.")
    boolean dryRun;
    @Option(names = "--report", paramLabel = "FILE|-",
            description = "Write the rows not imported (invalid, duplicate, suppressed) as CSV, with why; - for"
                    + " standard output (the counts then go to standard error).")
    String report;
    @Option(names = "--json", description = "Print the counts as JSON.")
    boolean json;

    ImportSubscribersCommand(CliContext context) {
        this.context = context;
    }

    private com.newsdesk.domain.SubscriberColumns chosenColumns() {
        com.newsdesk.domain.SubscriberColumns chosen = com.newsdesk.domain.SubscriberColumns.email(emailColumn);
        for (var column : columns.entrySet()) {
            chosen = chosen.with(column.getKey(), column.getValue());
        }
        return chosen;
    }

    @Override
    public Integer call() {
        com.newsdesk.domain.SubscriberFileFormat chosen = format.equalsIgnoreCase("auto") ? null
                : com.newsdesk.domain.SubscriberFileFormat.fromName(format);
        SubscriberImport.Mode chosenMode = switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "add" -> SubscriberImport.Mode.ADD;
            case "upsert" -> SubscriberImport.Mode.UPSERT;
            default -> throw new com.newsdesk.domain.InvalidInputException("--mode", "\"" + mode
                    + "\" is not a mode: add or upsert");
        };
        OutputTarget reportTarget = report == null ? null : context.target(report);
        java.io.PrintWriter say = reportTarget != null && reportTarget.isStandardOutput() ? context.err : context.out;
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            long started = System.nanoTime();
            SubscriberImportReport result = newsroom.subscribers().imports().importCsv(
                    newsroom.actor(), file,
                    new SubscriberImport.Options(chosen, chosenColumns(), chosenMode, overwriteEmpty, dryRun),
                    reportTarget, TaskMonitor.NONE);
            if (json) {
                say.println(com.newsdesk.io.SubscriberReportJson.counts(result));
            } else {
                say.printf("%s. %.1f s.%n", result.describe(), (System.nanoTime() - started) / 1e9);
                result.notes().stream().limit(20).forEach(note -> say.printf("  row %d: %s (%s)%n",
                        note.row(), note.reason(), note.outcome().code()));
                if (result.notes().size() > 20) {
                    say.printf("  … %,d more%s%n", result.notes().size() - 20,
                            report == null ? " (--report FILE writes them all)" : "");
                }
                if (reportTarget != null && !reportTarget.isStandardOutput()) {
                    say.println("Wrote " + reportTarget.describe() + ".");
                }
            }
        }
        return 0;
    }
}
