package com.newsdesk.cli;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.io.ArticleFileReader;
import com.newsdesk.io.ArticleListJson;
import com.newsdesk.service.ArticleService;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-article", mixinStandardHelpOptions = true,
        description = "Make a draft from a saved web page (.html), Markdown (.md) or plain text (.txt); with --update,"
                + " make the file a new revision of an article instead.")
final class ImportArticleCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--json", description = "Print {\"id\":…,\"slug\":…} of the new article.")
    boolean json;
    @Option(names = "--update", paramLabel = "ID|SLUG",
            description = "The article the file's content replaces, as a new revision (a published article's waits"
                    + " for 'article update').")
    String update;
    @Option(names = "--base-version", paramLabel = "N",
            description = "With --update: refuse if the article changed since its version N.")
    Long baseVersion;

    ImportArticleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (baseVersion != null && update == null) {
            throw new InvalidInputException("--base-version", "goes with --update ID|SLUG");
        }
        if (update != null) {
            try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
                Article article = newsroom.articles().updateFromFile(newsroom.actor(), update, file, baseVersion);
                context.out.println(json ? ArticleListJson.idAndSlug(article.id(), article.slug())
                        : "Updated \"" + article.headline() + "\" (" + article.slug() + ") from " + file.getFileName()
                                + ": now version " + article.version() + (article.status()
                                == com.newsdesk.domain.ArticleStatus.PUBLISHED ? ", not yet live" : "") + ".");
            }
            return 0;
        }
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.CREATE)) {
            Article article = newsroom.articles().importFile(newsroom.actor(), file);
            context.out.println(json ? ArticleListJson.idAndSlug(article.id(), article.slug())
                    : "Imported \"" + article.headline() + "\" as draft " + article.id() + " (" + article.slug() + ", "
                            + article.language() + ", " + article.body().wordCount() + " words).");
        }
        return 0;
    }
}
