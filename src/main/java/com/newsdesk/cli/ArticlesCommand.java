package com.newsdesk.cli;

import com.newsdesk.domain.ArticleFilter;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.ArticleSummary;
import com.newsdesk.domain.SearchHit;
import com.newsdesk.io.ArticleListJson;
import com.newsdesk.service.ArticleService;
import com.newsdesk.storage.Database;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "List articles, most recently updated first, or search them (best match first).")
final class ArticlesCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Option(names = "--status", paramLabel = "STATUS", description = "draft, in_review, scheduled, published or archived.")
    String status;
    @Option(names = "--search", paramLabel = "QUERY", description = "Words that must all occur (accents ignored).")
    String search;
    @Option(names = "--section", paramLabel = "SECTION") String section;
    @Option(names = "--language", paramLabel = "CODE") String language;
    @Option(names = "--by-published", description = "Most recently published first (default: updated).")
    boolean published;
    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Option(names = "--stubs", description = "List only the stubs a comment import made to hang comments on (never"
            + " published; left out of every other list).")
    boolean stubs;

    ArticlesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ArticleStatus only = status == null ? null : ArticleStatus.fromCode(status);
        if (search != null && com.newsdesk.domain.SearchText.bound(search).cut()) {
            context.err.println("newsdesk: " + com.newsdesk.domain.SearchText.bound(search).notice());
        }
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            ArticleService articles = newsroom.articles();
            var actor = newsroom.actor();
            ArticleFilter filter = new ArticleFilter(only, section, null, language,
                    published ? ArticleFilter.Order.PUBLISHED : ArticleFilter.Order.UPDATED, stubs);
            List<SearchHit> hits = search == null
                    ? articles.list(actor, filter, limit).stream().map(article -> new SearchHit(article, null)).toList()
                    : articles.search(actor, search, filter, limit);
            if (json) {
                context.out.println(ArticleListJson.write(hits));
                return 0;
            }
            for (SearchHit hit : hits) {
                ArticleSummary article = hit.article();
                context.out.printf("%6d  %-10s %-3s %s%s%s%s%n", article.id(), article.status().code(),
                        article.language(), article.headline(),
                        article.changesPending() ? "  (changes not yet live)" : "",
                        article.inConflict() ? "  (conflict: offline changes)" : "",
                        article.offlineWith().isEmpty() ? "" : "  (offline with " + article.offlineWith() + ")");
                if (hit.snippet() != null) {
                    context.out.println("        " + hit.snippet().replace('\n', ' '));
                }
            }
        }
        return 0;
    }
}
