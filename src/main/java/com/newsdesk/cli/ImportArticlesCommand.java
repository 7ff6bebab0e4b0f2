package com.newsdesk.cli;

import com.newsdesk.service.SiteArticlesService;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-articles", mixinStandardHelpOptions = true,
        description = {"Articles from a Ghost export or a WordPress export (WXR): drafts, or with their site's status"
                + " when you may publish. Their comments come in with import-comments FILE."})
final class ImportArticlesCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--json", description = "Print the counts as JSON.")
    boolean json;

    ImportArticlesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            SiteArticlesService.Imported imported = newsroom.site()
                    .importArticles(newsroom.actor(), file);
            if (json) {
                context.out.printf("{\"imported\":%d,\"published\":%d,\"leftOut\":%d}%n", imported.articles(),
                        imported.published(), imported.leftOut());
            } else {
                context.out.println(imported.describe() + ".");
                imported.problems().stream().limit(20).forEach(problem -> context.out.println("  " + problem));
            }
        }
        return 0;
    }
}
