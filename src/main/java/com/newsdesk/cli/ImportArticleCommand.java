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
        description = "Make a draft from a saved web page (.html), Markdown (.md) or plain text (.txt).")
final class ImportArticleCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--json", description = "Print {\"id\":…,\"slug\":…} of the new article.")
    boolean json;

    ImportArticleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.CREATE)) {
            Article article = newsroom.articles().importFile(newsroom.actor(), file);
            context.out.println(json ? ArticleListJson.idAndSlug(article.id(), article.slug())
                    : "Imported \"" + article.headline() + "\" as draft " + article.id() + " (" + article.slug() + ", "
                            + article.language() + ", " + article.body().wordCount() + " words).");
        }
        return 0;
    }
}
