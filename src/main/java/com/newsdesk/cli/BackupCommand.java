package com.newsdesk.cli;

import com.newsdesk.service.BackupService;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the newsroom: a consistent copy taken while others keep working.",
            "Without --out, into the rolling backups folder beside the newsroom (the oldest beyond the kept number"
                + " removed). --keep and --every-minutes set how many the window keeps and how often it makes one."})
final class BackupCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this file instead.")
    Path out;
    @Option(names = "--keep", paramLabel = "N", description = "Keep the newest N rolling backups (default 10).")
    Integer keep;
    @Option(names = "--every-minutes", paramLabel = "M",
            description = "While the window is open, back up every M minutes in which something was saved (default 30).")
    Integer everyMinutes;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            BackupService backups = newsroom.backups();
            var actor = newsroom.actor();
            if (keep != null || everyMinutes != null) {
                BackupService.Policy now = backups.policy();
                BackupService.Policy policy = new BackupService.Policy(keep != null ? keep : now.keep(),
                        everyMinutes != null ? everyMinutes : now.everyMinutes());
                backups.setPolicy(actor, policy);
                context.out.printf("Backups: keep %d, every %d minutes of work.%n", policy.keep(),
                        policy.everyMinutes());
                if (out == null) {
                    return 0;
                }
            }
            Path written = out != null ? backups.backUpTo(actor, out) : backups.backUpNow(actor);
            context.out.println("Backed up " + newsroom.database().title() + " to " + written
                    + (newsroom.database().isShared() ? " (pg_dump's custom format; 'newsdesk restore --db URL FILE'"
                            + " puts it into an empty database)." : "."));
        }
        return 0;
    }
}
