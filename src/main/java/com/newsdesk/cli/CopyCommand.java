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
        context.fillingNewFile(to, "--to", () -> {
            try (Newsroom source = context.newsroom(from, "--from", user, Database.OpenMode.EXISTING);
                    Database destination = context.open(to, "--to", Database.OpenMode.CREATE)) {
                CopyService.Copied copied = new CopyService(context.clock).copy(source.actor(), source.database(),
                        destination, TaskMonitor.NONE);
                context.out.println(copied.describe() + ". " + destination.address().describe() + " is ready.");
            }
        });
        return 0;
    }
}
