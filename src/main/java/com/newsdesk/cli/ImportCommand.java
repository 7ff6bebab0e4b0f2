package com.newsdesk.cli;

import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TransferService;
import com.newsdesk.service.TransferSummary;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Newsdesk JSON document in one transaction: all of it, or nothing.")
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "FILE", description = "A Newsdesk JSON export.")
    Path file;
    @Option(names = "--merge",
            description = "Into a newsroom that holds data: add only records whose article slug, comment id or "
                    + "subscriber email are new, and report the rest.")
    boolean merge;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.CREATE)) {
            TransferSummary added = newsroom.transfer()
                    .importFile(newsroom.actor(), file, merge, TaskMonitor.NONE);
            context.out.println(added.describe("Imported") + ".");
        }
        return 0;
    }
}
