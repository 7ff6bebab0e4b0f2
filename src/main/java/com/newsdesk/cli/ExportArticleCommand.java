package com.newsdesk.cli;

import com.newsdesk.service.ArticleService;
import com.newsdesk.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export-article", mixinStandardHelpOptions = true,
        description = "Write one article as HTML, Markdown or Newsdesk JSON.")
final class ExportArticleCommand implements Callable<Integer> {
    enum Format {
        html(ArticleService.ArticleFormat.HTML), md(ArticleService.ArticleFormat.MARKDOWN),
        json(ArticleService.ArticleFormat.JSON);

        final ArticleService.ArticleFormat format;

        Format(ArticleService.ArticleFormat format) {
            this.format = format;
        }
    }

    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "ID|SLUG") String article;
    @Option(names = "--format", required = true, paramLabel = "html|md|json") Format format;
    @Option(names = "--out", defaultValue = "-", paramLabel = "FILE|-",
            description = "Where to write; - (the default) for standard output.")
    String out;

    ExportArticleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            ArticleService articles = newsroom.articles();
            var actor = newsroom.actor();
            var target = context.target(out);
            articles.export(actor, article, format.format, target);
            if (!target.isStandardOutput()) {
                context.out.println("Wrote " + target.describe() + ".");
            }
        }
        return 0;
    }
}
