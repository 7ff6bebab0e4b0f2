package com.newsdesk.cli;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.writing.WritingIssue;
import com.newsdesk.io.WritingIssuesJson;
import com.newsdesk.service.writing.WritingAids;
import com.newsdesk.storage.Database;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check-article", mixinStandardHelpOptions = true,
        description = {"Check an article's spelling, grammar and house style, offline (English, French and Arabic;"
                + " each paragraph in its script's language).",
            "Prints each issue and exits 0 when there is none, 1 when there are. The first check of a language"
                + " loads it (seconds)."})
final class CheckArticleCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(paramLabel = "ID|SLUG") String article;
    @Option(names = "--json", description = "Print the issues as JSON.") boolean json;

    CheckArticleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            Article found = newsroom.articles().find(newsroom.actor(), article);
            WritingAids.ArticleCheck check = newsroom.writing().checkArticle(newsroom.actor(), found);
            List<WritingIssuesJson.Located> issues = check.issues().stream()
                    .map(issue -> new WritingIssuesJson.Located(issue.field(), issue.paragraph(), issue.issue()))
                    .toList();
            if (json) {
                context.out.println(WritingIssuesJson.write(issues, List.copyOf(check.unchecked())));
            } else {
                for (WritingIssuesJson.Located located : issues) {
                    WritingIssue issue = located.issue();
                    context.out.printf("%s%s %d-%d \u201C%s\u201D %s%s [%s]%n", located.field(),
                            located.paragraph() > 0 ? " " + located.paragraph() : "", issue.from(), issue.to(),
                            issue.text(), issue.message(), issue.suggestions().isEmpty() ? ""
                                    : " → " + String.join(", ", issue.suggestions()), issue.rule());
                }
                context.out.printf("%s: %d %s.%n", found.slug(), issues.size(), issues.size() == 1 ? "issue" : "issues");
            }
            if (!check.unchecked().isEmpty()) {
                context.err.println("Not checked for spelling and grammar (only house style): text in "
                        + String.join(", ", check.unchecked()) + "; Newsdesk checks "
                        + com.newsdesk.service.writing.LanguageCheckers.supportedNames() + ".");
            }
            return issues.isEmpty() ? 0 : 1;
        }
    }
}
