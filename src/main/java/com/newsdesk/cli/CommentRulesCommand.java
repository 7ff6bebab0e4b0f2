package com.newsdesk.cli;

import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "comment-rules", mixinStandardHelpOptions = true,
        description = "The rules that pre-sort new comments: list, add, remove, set, rerun.",
        subcommands = {CommentRulesCommand.ListRules.class, CommentRulesCommand.Add.class,
            CommentRulesCommand.Remove.class, CommentRulesCommand.SetOptions.class, CommentRulesCommand.Rerun.class})
final class CommentRulesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final String KINDS = "blocked-word, blocked-email, blocked-domain, blocked-ip or suspect-word";

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing command: choose one of list, add, remove, set, rerun");
    }

    static CommentRules.Kind kind(String name) {
        return CommentRules.Kind.fromCode(name.replace('-', '_'));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print every rule.")
    static final class ListRules implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;

        ListRules(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                CommentRules rules = newsroom.comments().rules(newsroom.actor());
                rules.lists().forEach((kind, values) -> context.out.println(kind.code().replace('_', '-') + ": "
                        + (values.isEmpty() ? "(none)" : String.join(", ", values))));
                context.out.println("hold at links: " + rules.linkLimit());
                context.out.println("approve known authors: " + rules.approveKnownAuthors());
            }
        }
    }

    /** Adds or removes values of one list, then saves the rules. */
    abstract static class Change implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(index = "0", paramLabel = "KIND", description = KINDS) String kind;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "VALUE") List<String> values;

        Change(CliContext context) { this.context = context; }

        abstract boolean change(Set<String> list, String value);

        @Override
        public void run() {
            CommentRules.Kind chosen = kind(kind);
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                CommentService service = newsroom.comments();
                var actor = newsroom.actor();
                CommentRules rules = service.rules(actor);
                Set<String> list = new LinkedHashSet<>(rules.list(chosen));
                int changed = 0;
                for (String value : values) {
                    changed += change(list, value.strip()) ? 1 : 0;
                }
                service.saveRules(actor, rules.with(chosen, list));
                context.out.printf("%s: %d changed, %d now.%n", chosen.title(), changed,
                        service.rules(actor).list(chosen).size());
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add values to a list.")
    static final class Add extends Change {
        Add(CliContext context) { super(context); }

        @Override
        boolean change(Set<String> list, String value) { return list.add(value); }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove values from a list.")
    static final class Remove extends Change {
        Remove(CliContext context) { super(context); }

        @Override
        boolean change(Set<String> list, String value) {
            return list.removeIf(existing -> existing.equalsIgnoreCase(value));
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set the link limit and the known-author rule.")
    static final class SetOptions implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Option(names = "--links", paramLabel = "N", description = "Hold a comment with N or more links.")
        Integer links;
        @Option(names = "--approve-known-authors", paramLabel = "true|false", arity = "1",
                description = "Approve an author whose earlier comment was approved.")
        Boolean approveKnown;

        SetOptions(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                CommentService service = newsroom.comments();
                var actor = newsroom.actor();
                CommentRules rules = service.rules(actor);
                service.saveRules(actor, new CommentRules(rules.lists(), links == null ? rules.linkLimit() : links,
                        approveKnown == null ? rules.approveKnownAuthors() : approveKnown));
                context.out.println("Saved.");
            }
        }
    }

    @Command(name = "rerun", mixinStandardHelpOptions = true, description = "Run the rules over the pending queue.")
    static final class Rerun implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;

        Rerun(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                CommentService.RerunSummary summary = newsroom.comments()
                        .rerunRulesOnPending(newsroom.actor(), TaskMonitor.NONE);
                context.out.printf("Checked %,d pending comments: %,d approved, %,d to spam, %,d still pending.%n",
                        summary.checked(), summary.moved().getOrDefault(CommentStatus.APPROVED, 0L),
                        summary.moved().getOrDefault(CommentStatus.SPAM, 0L), summary.checked() - summary.total());
            }
        }
    }
}
