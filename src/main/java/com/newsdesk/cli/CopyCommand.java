package com.newsdesk.cli;

import com.newsdesk.service.CopyService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copy a whole newsroom into an empty one, between a file and a server either way, then check"
                + " that both export the same JSON.")
final class CopyCommand implements Callable<Integer> {
    private final CliContext context;
    @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The newsroom to copy.")
    String from;
    @Option(names = "--to", required = true, paramLabel = "FILE|URL",
            description = "An empty newsroom (a new file, or a server database made with 'init').")
    String to;
    @Mixin UserOption user;

    CopyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var target = com.newsdesk.storage.DataLocation.resolveAddress(to, "--to", context.env);
        java.nio.file.Path made = target instanceof com.newsdesk.storage.NewsroomAddress.File file
                && !java.nio.file.Files.exists(file.path()) ? file.path() : null;
        try (Newsroom source = context.newsroom(from, "--from", user, Database.OpenMode.EXISTING);
                Database destination = context.open(to, "--to", Database.OpenMode.CREATE)) {
            CopyService.Copied copied = new CopyService(context.clock).copy(source.actor(), source.database(),
                    destination, TaskMonitor.NONE);
            context.out.println(copied.describe() + ". " + destination.address().describe() + " is ready.");
            made = null; // kept: the copy is whole and checked
        } finally {
            if (made != null) { // a file this command made for a copy that did not happen: leave nothing behind
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    try {
                        java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(made + suffix));
                    } catch (java.io.IOException ignored) {
                        // an empty newsroom file left behind holds nothing
                    }
                }
            }
        }
        return 0;
    }
}
