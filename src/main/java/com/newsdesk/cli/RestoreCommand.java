package com.newsdesk.cli;

import com.newsdesk.service.BackupService;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the newsroom with a backup.",
            "The file is checked first (an intact Newsdesk database of a known schema); the newsroom as it is goes"
                + " into the backups folder before it is replaced. --check only checks and describes the file."})
final class RestoreCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path file;
    @Option(names = "--check", description = "Check the file and say what it holds; change nothing.")
    boolean check;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (check) {
            var checked = com.newsdesk.storage.BackupInspector.inspect(file);
            context.out.printf("%s is an intact Newsdesk newsroom (schema %d): %,d articles, %,d comments, %,d"
                    + " subscribers.%n", checked.file(), checked.schemaVersion(), checked.articles(), checked.comments(),
                    checked.subscribers());
            return 0;
        }
        var address = com.newsdesk.storage.DataLocation.resolveAddress(database.file, context.env);
        if (address instanceof com.newsdesk.storage.NewsroomAddress.Server server) {
            try (Database restored = BackupService.restoreOntoServer(server, context.env, file,
                    com.newsdesk.io.JsonDocumentCodec.INSTANCE)) {
                var stats = new com.newsdesk.service.NewsroomService(restored).stats();
                context.out.printf("Restored %s into %s: %,d articles, %,d comments, %,d subscribers.%n",
                        file.getFileName(), server.describe(), stats.articleCount(), stats.commentCount(),
                        stats.subscriberCount());
            }
            return 0;
        }
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.CREATE)) {
            BackupService backups = newsroom.backups();
            var restored = backups.restore(newsroom.actor(), file);
            context.out.printf("Restored %s into %s: %,d articles, %,d comments, %,d subscribers.%s%n",
                    restored.from().file().getFileName(), newsroom.database().file(), restored.from().articles(),
                    restored.from().comments(), restored.from().subscribers(), restored.previousSavedTo() == null
                            ? "" : " The newsroom as it was is in " + restored.previousSavedTo() + ".");
        }
        return 0;
    }
}
