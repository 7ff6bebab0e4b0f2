package com.newsdesk.cli;

import com.newsdesk.domain.Article;
import com.newsdesk.io.ArticleFileWriter;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.AtomicFiles;
import com.newsdesk.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export-article", mixinStandardHelpOptions = true,
        description = "Write one article as HTML, Markdown or Newsdesk JSON.")
final class ExportArticleCommand implements Callable<Integer> {
    enum Format { html, md, json }

    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "ID|SLUG") String article;
    @Option(names = "--format", required = true, paramLabel = "html|md|json") Format format;
    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    ExportArticleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Database db = context.open(database.file, Database.OpenMode.EXISTING)) {
            Article found = new ArticleService(db, context.clock).find(context.signIn(db, user.name), article);
            String text = switch (format) {
                case html -> ArticleFileWriter.html(found);
                case md -> ArticleFileWriter.markdown(found);
                case json -> ArticleFileWriter.json(found);
            };
            if (out == null) {
                context.out.print(text);
            } else {
                AtomicFiles.write(out, stream -> {
                    stream.write(text.getBytes(StandardCharsets.UTF_8));
                    return null;
                });
                context.out.println("Wrote " + out.toAbsolutePath() + ".");
            }
        }
        return 0;
    }
}
