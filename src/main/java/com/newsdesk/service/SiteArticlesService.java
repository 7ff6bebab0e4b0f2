package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.io.CommentIntakeReader;
import com.newsdesk.io.GhostImportFile;
import com.newsdesk.io.ImportedArticle;
import com.newsdesk.io.WxrWriter;
import com.newsdesk.service.input.InputFiles;
import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.storage.Database;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles to and from the sites' own formats: a Ghost import file, and a WordPress export (WXR) with the articles'
 * comments. What comes in becomes drafts, unless the person importing may publish: then each keeps its status.
 */
public final class SiteArticlesService {
    /** The formats a site reads. */
    public enum SiteFormat { GHOST, WXR }

    /** What an import of articles did. */
    public record Imported(int articles, int published, int leftOut, List<String> problems) {
        public String describe() {
            return String.format("%,d articles imported (%,d keeping the site's published or scheduled status)",
                    articles, published) + (leftOut > 0 ? String.format("; %,d left out", leftOut) : "");
        }
    }

    private final Database database;
    private final Clock clock;
    private final Audit audit;
    private final ArticleService articles;

    public SiteArticlesService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
        this.articles = new ArticleService(database, clock);
    }

    /**
     * Writes the articles (of one status, or all but the stubs) as the site's import file. A WordPress export carries
     * their comments too when the person may moderate them (they hold readers' addresses).
     */
    public long exportArticles(Actor actor, SiteFormat format, ArticleStatus status, OutputTarget target) {
        actor.require(Permission.READ_ARTICLES);
        boolean withComments = format == SiteFormat.WXR && actor.can(Permission.MODERATE_COMMENTS);
        long written = GuardedWriter.write(database.file(), target, out -> database.read(tx -> {
            long[] count = {0};
            java.util.function.Consumer<java.util.function.Consumer<Article>> chosen = each -> tx.articles()
                    .forEach(article -> {
                        boolean stub = article.extras().isStub();
                        if (status == null ? !stub || withComments : article.status() == status && !stub) {
                            count[0]++;
                            each.accept(article);
                        }
                    });
            if (format == SiteFormat.GHOST) {
                GhostImportFile.write(out, Timestamps.now(clock), chosen);
            } else {
                try (WxrWriter wxr = new WxrWriter(out, database.title(),
                        Timestamps.now(clock))) {
                    chosen.accept(article -> wxr.post(article, withComments ? tx.comments().ofArticle(article.id())
                            : List.<Comment>of()));
                }
            }
            return count[0];
        }));
        database.write(tx -> {
            audit.record(tx, actor, "article.export_site", null, null, written + " articles as "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + (withComments ? ", with their comments" : ""));
            return null;
        });
        return written;
    }

    /** Reads a Ghost export or a WordPress export (its posts) into articles, each its own new article. */
    public Imported importArticles(Actor actor, Path file) {
        actor.require(Permission.CREATE_ARTICLES);
        boolean mayPublish = actor.can(Permission.REVIEW_AND_PUBLISH);
        List<Arriving> arriving = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(InputFiles.open(file, InputFiles.STREAMED, "Ghost or WordPress"
                + " export"))) {
            if (CommentIntakeReader.detect((BufferedInputStream) in) == CommentIntakeReader.Format.WXR) {
                CommentIntakeReader.readWxr(in, new CommentIntakeReader.Handler() {
                    @Override
                    public void post(CommentIntakeReader.IncomingPost post) {
                        if (post.postType().equals("post")) {
                            arriving.add(new Arriving(post.article(), WxrWriter.articleStatus(
                                    post.sourceStatus().replaceFirst("^wordpress:", "").replaceFirst("\\+.*$", "")),
                                    post.where()));
                        }
                    }

                    @Override
                    public void comment(CommentIntakeReader.IncomingComment comment) { }

                    @Override
                    public void invalid(String where, String reason) { } // comments are import-comments' business

                    @Override
                    public boolean wantsEveryPost() {
                        return true;
                    }
                });
            } else {
                GhostImportFile.read(in).forEach(post -> arriving.add(new Arriving(post.article(), post.status(),
                        post.where())));
            }
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e);
        }
        int imported = 0;
        int published = 0;
        for (Arriving next : arriving) {
            try {
                ArticleStatus status = mayPublish ? next.status() : ArticleStatus.DRAFT;
                articles.importArticle(actor, next.article(), status);
                imported++;
                if (status != ArticleStatus.DRAFT) {
                    published++;
                }
            } catch (InvalidInputException | RefusedException bad) {
                problems.add(next.where() + ": " + bad.getMessage());
            }
        }
        return new Imported(imported, published, problems.size(), problems);
    }

    private record Arriving(ImportedArticle article, ArticleStatus status, String where) {}
}
