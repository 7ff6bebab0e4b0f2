package com.newsdesk.cli;

import com.newsdesk.service.ExportScope;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TransferService;
import com.newsdesk.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the newsroom as one Newsdesk JSON document.")
final class ExportCommand implements Callable<Integer> {
    enum Only { articles, comments, subscribers }

    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Option(names = "--out", required = true, paramLabel = "FILE|-",
            description = "Where to write; - for standard output. A file is complete or absent, never half-written.")
    String out;
    @Option(names = "--only", paramLabel = "articles|comments|subscribers",
            description = "Export one desk only (articles come with their revisions).")
    Only only;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExportScope scope = only == null ? ExportScope.ALL : ExportScope.valueOf(only.name().toUpperCase());
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            TransferService transfer = newsroom.transfer();
            var actor = newsroom.actor();
            context.export(out, target -> transfer.exportTo(actor, target, scope, TaskMonitor.NONE),
                    written -> written.describe("Exported"));
        }
        return 0;
    }
}
