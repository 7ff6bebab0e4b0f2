package com.newsdesk.cli;

import com.newsdesk.domain.Role;
import com.newsdesk.domain.StaffMember;
import com.newsdesk.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "staff", mixinStandardHelpOptions = true, description = "Staff accounts (Admins only).",
        subcommands = {StaffCommand.Add.class, StaffCommand.ResetPassword.class, StaffCommand.ListAccounts.class,
            StaffCommand.Deactivate.class})
final class StaffCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing command: choose one of add, reset-password, list, deactivate");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account; its password comes from $NEWSDESK_NEW_PASSWORD or is asked.")
    static final class Add implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--role", required = true, paramLabel = "admin|editor|writer|moderator") String role;
        @Option(names = "--display-name", defaultValue = "", description = "The name shown to people.")
        String displayName;

        Add(CliContext context) { this.context = context; }

        @Override
        public void run() {
            Role chosen = Role.fromCode(role);
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                StaffMember added = newsroom.staff().add(newsroom.actor(), name, displayName, chosen,
                        context.password(CliContext.NEW_PASSWORD_VARIABLE, "Password for " + name + ": "));
                context.out.println("Added " + added.username() + " as " + added.role().code() + "."
                        + (newsroom.database().isShared() ? " They connect as the server login " + added.username()
                        + ": " + LoginHint.address(newsroom.database(), added.username()) : ""));
            }
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Set a new password ($NEWSDESK_NEW_PASSWORD or asked).")
    static final class ResetPassword implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(paramLabel = "NAME") String name;

        ResetPassword(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                newsroom.staff().resetPassword(newsroom.actor(), name,
                        context.password(CliContext.NEW_PASSWORD_VARIABLE, "New password for " + name + ": "));
                context.out.println("New password set for " + name + ".");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListAccounts implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;

        ListAccounts(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                for (StaffMember member : newsroom.staff().list(newsroom.actor())) {
                    context.out.printf("%-24s %-10s %-12s %s%n", member.username(), member.role().code(),
                            member.active() ? "active" : "deactivated", member.displayName());
                }
            }
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Stop an account from signing in; its history stays.")
    static final class Deactivate implements Runnable {
        private final CliContext context;
        @Mixin DatabaseOption database;
        @Mixin UserOption user;
        @Parameters(paramLabel = "NAME") String name;

        Deactivate(CliContext context) { this.context = context; }

        @Override
        public void run() {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                newsroom.staff().deactivate(newsroom.actor(), name);
                context.out.println("Deactivated " + name + "." + (newsroom.database().isShared()
                        ? " The server no longer lets the login " + name + " into this newsroom." : ""));
            }
        }
    }
}
