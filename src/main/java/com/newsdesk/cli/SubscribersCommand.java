package com.newsdesk.cli;

import com.newsdesk.storage.Database;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberPrivacy;

@Command(name = "subscribers", mixinStandardHelpOptions = true,
        description = "One person's data: erase it, or export it; blocklist a domain.",
        subcommands = {SubscribersCommand.Erase.class, SubscribersCommand.ExportPerson.class,
            SubscribersCommand.BlockDomain.class})
final class SubscribersCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing command: choose one of erase, export-person, block-domain");
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Delete a person's subscription, anonymise their comments, keep only a keyed hash of the"
                    + " address so that it is never subscribed again.")
    static final class Erase implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(paramLabel = "EMAIL") String email;

        Erase(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                SubscriberPrivacy.Erasure erased = newsroom.subscribers()
                        .privacy().erase(newsroom.actor(), email);
                context.out.println("Erased: " + erased.describe());
            }
        }
    }

    @Command(name = "export-person", mixinStandardHelpOptions = true,
            description = "Everything held about one address (subscription, labels, comments) as JSON.")
    static final class ExportPerson implements java.util.concurrent.Callable<Integer> {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(paramLabel = "EMAIL") String email;
        @Option(names = "--out", defaultValue = "-", paramLabel = "FILE|-") String out;

        ExportPerson(CliContext context) { this.context = context; }

        @Override
        public Integer call() throws IOException {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                SubscriberDesk service = newsroom.subscribers();
                var actor = newsroom.actor();
                context.export(out, target -> {
                    service.privacy().exportPersonTo(actor, email, target);
                    return email;
                }, address -> "Everything held about " + address);
            }
            return 0;
        }
    }

    @Command(name = "block-domain", mixinStandardHelpOptions = true,
            description = "Never subscribe addresses of this domain from an import.")
    static final class BlockDomain implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(paramLabel = "DOMAIN") String domain;

        BlockDomain(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                boolean added = newsroom.subscribers().privacy().blockDomain(newsroom.actor(),
                        domain);
                context.out.println(added ? "Blocklisted." : "Already blocklisted.");
            }
        }
    }
}
