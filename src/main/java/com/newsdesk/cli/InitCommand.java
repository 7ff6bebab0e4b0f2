package com.newsdesk.cli;

import com.newsdesk.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create the newsroom database, or migrate it.")
final class InitCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Database db = context.open(database.file, Database.OpenMode.CREATE)) {
            context.out.println("Newsroom ready at " + db.file() + " (schema " + db.schemaVersion() + ").");
        }
        return 0;
    }
}
