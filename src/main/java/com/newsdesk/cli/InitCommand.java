package com.newsdesk.cli;

import com.newsdesk.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create the newsroom database, or migrate it.")
final class InitCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @picocli.CommandLine.Option(names = "--admin", paramLabel = "NAME",
            description = "Create the first Admin account (password from $NEWSDESK_PASSWORD or asked).")
    String admin;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Newsroom newsroom = context.newsroom(database, null, Database.OpenMode.CREATE)) {
            if (admin != null) {
                var staff = newsroom.staff();
                if (staff.hasStaff()) {
                    throw new com.newsdesk.service.RefusedException("This newsroom already has staff accounts; an"
                            + " Admin adds more with 'newsdesk staff add'.");
                }
                var database = newsroom.database();
                staff.createFirstAdmin(com.newsdesk.domain.Actor.owner(database.isShared() ? database.serverLogin()
                        : System.getProperty("user.name")), admin, "",
                        context.password(CliContext.PASSWORD_VARIABLE, "Password for the new Admin " + admin + ": "));
                context.out.println("Created the first Admin, " + admin + "." + (newsroom.database().isShared()
                        ? " Staff now connect as their own server login: " + LoginHint.address(newsroom.database(), admin)
                        : " Commands that change data now need --user."));
            }
            context.out.println("Newsroom ready at " + newsroom.database().address().describe() + " (schema "
                    + newsroom.database().schemaVersion() + ").");
        }
        return 0;
    }
}
