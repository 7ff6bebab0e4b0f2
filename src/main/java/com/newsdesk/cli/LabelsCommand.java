package com.newsdesk.cli;

import com.newsdesk.storage.Database;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import com.newsdesk.service.subscribers.SubscriberDesk;

@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "Subscriber labels: list (with counts), create, rename (merging into an existing name), merge,"
                + " delete.")
final class LabelsCommand implements Runnable {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(index = "0", defaultValue = "list", paramLabel = "list|create|rename|merge|delete") String action;
    @Parameters(index = "1..*", arity = "0..2", paramLabel = "NAME") List<String> names;

    LabelsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            SubscriberDesk service = newsroom.subscribers();
            var actor = newsroom.actor();
            switch (action) {
                case "list" -> service.labels().withCounts(actor).forEach(label ->
                        context.out.printf("%s\t%,d%n", label.getKey(), label.getValue()));
                case "create" -> {
                    service.labels().createLabel(actor, name(0));
                    context.out.println("Created.");
                }
                case "rename" -> context.out.println(capitalized(service.labels().renameLabel(actor, name(0), name(1))) + ".");
                case "merge" -> {
                    service.labels().mergeLabels(actor, name(0), name(1));
                    context.out.println("Merged.");
                }
                case "delete" -> {
                    service.labels().deleteLabel(actor, name(0));
                    context.out.println("Deleted.");
                }
                default -> throw new com.newsdesk.domain.InvalidInputException("labels", "\"" + action
                        + "\" is not one of list, create, rename, merge, delete");
            }
        }
    }

    private String name(int index) {
        if (names == null || names.size() <= index) {
            throw new com.newsdesk.domain.InvalidInputException("labels " + action, "NAME " + (index + 1)
                    + " is missing");
        }
        return names.get(index);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
