package com.newsdesk.cli;

import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.writing.StyleRule;
import com.newsdesk.service.writing.WritingAids;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "style", mixinStandardHelpOptions = true,
        description = {"The newsroom's house style: list it, import it from CSV (avoid,prefer,note; it replaces the"
                + " list, whole or not at all), export it as CSV.",
            "Checked with spelling and grammar, in the editor and by check-article."})
final class StyleCommand implements Runnable {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(index = "0", defaultValue = "list", paramLabel = "list|import|export") String action;
    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE") Path file;
    @Option(names = "--out", paramLabel = "FILE|-", description = "export: where to write (- is standard output).")
    String out;

    StyleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            WritingAids aids = newsroom.writing();
            var actor = newsroom.actor();
            switch (action) {
                case "list" -> {
                    for (StyleRule rule : aids.styleRules(actor)) {
                        context.out.println(rule.avoid() + " → " + (rule.prefer().isEmpty() ? "(avoid)" : rule.prefer())
                                + (rule.note().isEmpty() ? "" : "   " + rule.note()));
                    }
                }
                case "import" -> {
                    if (file == null) {
                        throw new InvalidInputException("style import", "FILE is missing");
                    }
                    context.out.printf("The house style is now the %d entries of %s.%n", aids.importStyle(actor, file),
                            file.getFileName());
                }
                case "export" -> {
                    if (out == null) {
                        throw new InvalidInputException("style export", "--out FILE (or - for standard output) is"
                                + " missing");
                    }
                    context.export(out, target -> aids.exportStyle(actor, target),
                            count -> "Exported " + count + (count == 1 ? " entry" : " entries"));
                }
                default -> throw new InvalidInputException("style", "\"" + action
                        + "\" is not one of list, import, export");
            }
        }
    }
}
