package com.newsdesk.cli;

import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.service.SiteArticlesService;
import com.newsdesk.storage.Database;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-articles", mixinStandardHelpOptions = true,
        description = "Articles as a Ghost import file, or as a WordPress export (WXR 1.2) with their comments.")
final class ExportArticlesCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Option(names = "--format", required = true, paramLabel = "ghost|wxr") String format;
    @Option(names = "--status", paramLabel = "STATUS",
            description = "draft, in_review, scheduled, published or archived (default: every article).")
    String status;
    @Option(names = "--out", required = true, paramLabel = "FILE|-", description = "Where to write; - for standard output.")
    String out;

    ExportArticlesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SiteArticlesService.SiteFormat chosen;
        try {
            chosen = SiteArticlesService.SiteFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new com.newsdesk.domain.InvalidInputException("--format", "\"" + format + "\" is not ghost or wxr");
        }
        ArticleStatus only = status == null ? null : ArticleStatus.fromCode(status);
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            SiteArticlesService site = newsroom.site();
            var actor = newsroom.actor();
            context.export(out, target -> site.exportArticles(actor, chosen, only, target),
                    written -> String.format("Exported %,d articles", written));
        }
        return 0;
    }
}
