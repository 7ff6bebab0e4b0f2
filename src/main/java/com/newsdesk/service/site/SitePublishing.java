package com.newsdesk.service.site;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.CommentHtml;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.PublishChecklist;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.WordDiff;
import com.newsdesk.domain.document.HtmlRenderer;
import com.newsdesk.domain.site.Site;
import com.newsdesk.io.HtmlDocumentParser;
import com.newsdesk.io.ImportedArticle;
import com.newsdesk.io.wordpress.PostFields;
import com.newsdesk.io.wordpress.RemoteArticle;
import com.newsdesk.io.wordpress.SiteException;
import com.newsdesk.io.wordpress.WordPressClient;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.Audit;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.input.InputFiles;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.SiteRepository.PostLink;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Articles to and from a WordPress site (issue 19): publishing makes the site's post the first time and updates the
 * same post afterwards (HTML from the document model, dek as excerpt, section and tags as the site's category and
 * tags, the featured image in its media library, the byline as the site's author of that name); a post changed on
 * the site since Newsdesk last saw it is never overwritten unseen. Pulling a post makes it an article to edit here
 * (offline too), linked so that publishing sends it back as an update of the same post.
 */
public final class SitePublishing {
    /** What the site has after a publish. */
    public record Published(String site, long postId, String url, String status, boolean created) {}

    private static final Set<String> STATUSES = Set.of("draft", "pending", "publish", "future");

    private final Database database;
    private final Clock clock;
    private final Audit audit;
    private final SiteService sites;
    private final ArticleService articles;
    private final Duration timeout;

    public SitePublishing(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
        this.sites = new SiteService(database, clock);
        this.articles = new ArticleService(database, clock);
        this.timeout = Duration.ofSeconds(60);
    }

    /**
     * Publishes the article to the site as {@code status} (draft, pending, publish, future; null: as it stands here).
     * {@code replaceSiteChanges} sends it even where the site's post changed since (after the person saw how).
     */
    public Published publish(Actor actor, String siteName, String password, String idOrSlug, String status,
            boolean replaceSiteChanges) {
        Article article = articles.find(actor, idOrSlug);
        if (article.extras().isStub()) {
            throw new RefusedException("\u201C" + article.headline() + "\u201D is a stub holding a site's comments,"
                    + " with no text of its own: pull the post (site pull-post) to edit it first.");
        }
        String wanted = status == null ? statusOnSite(article.status()) : status.strip().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(wanted)) {
            throw new InvalidInputException("--status", "\"" + status + "\" is not one of draft, pending, publish,"
                    + " future");
        }
        Instant now = Timestamps.now(clock);
        if (wanted.equals("publish") || wanted.equals("future")) {
            actor.require(Permission.REVIEW_AND_PUBLISH);
            List<PublishChecklist.Item> blocking = PublishChecklist.blocking(ArticleDraft.of(article), now);
            if (!blocking.isEmpty()) {
                throw new InvalidInputException("checklist", "not ready to publish: " + String.join(" ",
                        blocking.stream().map(PublishChecklist.Item::message).toList()));
            }
        } else {
            actor.require(Permission.EDIT_ANY_ARTICLE);
        }
        if (wanted.equals("future") && (article.scheduledAt() == null || !article.scheduledAt().isAfter(now))) {
            throw new InvalidInputException("scheduled time", "set a time to come before scheduling it on the site");
        }
        Site site = sites.site(actor, siteName);
        WordPressClient client = client(site, password);
        try {
            client.signIn();
            Optional<PostLink> link = database.read(tx -> tx.sites().linkOfArticle(site.id(), article.id()));
            RemoteArticle there = link.flatMap(known -> client.post(known.remoteId())).orElse(null);
            Optional<Long> author = article.byline().isBlank() ? Optional.empty() : client.userNamed(article.byline());
            String byline = article.byline().isBlank() || author.isPresent() ? ""
                    : "<p class=\"byline\">" + HtmlRenderer.escape(article.byline(), false) + "</p>\n";
            String content = byline + HtmlRenderer.render(article.body());
            if (there != null && !replaceSiteChanges && (!link.get().published()
                    || !fingerprint(there).equals(link.get().seenFingerprint()))) {
                throw new SiteChangedException("The post on " + site.name() + " (" + there.link() + ") changed there"
                        + (link.get().published() ? " since it was last published from here" : ", and was never"
                        + " published from here") + "; nothing was sent. See the difference, then publish again"
                        + " replacing the site's version if that is what you want.",
                        WordDiff.between(CommentHtml.toPlainText(there.content()), CommentHtml.toPlainText(content)));
            }
            String date = wanted.equals("future") ? gmt(article.scheduledAt())
                    : article.publishedAt() != null ? gmt(article.publishedAt()) : "";
            List<Long> categories = article.section().isBlank() ? List.of()
                    : List.of(client.term("categories", article.section()));
            List<Long> tags = new ArrayList<>();
            for (String tag : article.tags()) {
                tags.add(client.term("tags", tag));
            }
            long image = article.extras().hasImage() ? image(client, article, there) : 0;
            PostFields fields = new PostFields(article.headline(), article.extras().excerpt().isBlank()
                    ? article.dek() : article.extras().excerpt(), article.slug(), wanted, content, author.orElse(0L),
                    date, categories, tags, image);
            RemoteArticle saved = client.savePost(there == null ? 0 : there.id(), fields);
            boolean created = there == null;
            database.write(tx -> {
                link.filter(known -> known.remoteId() != saved.id())
                        .ifPresent(gone -> tx.sites().unlinkPost(site.id(), gone.remoteId()));
                tx.sites().linkPublished(site.id(), saved.id(), article.id(), fingerprint(saved));
                audit.record(tx, actor, "site.publish", "article", article.id(), site.name() + ": post " + saved.id()
                        + (created ? " made" : " updated") + ", " + saved.status()
                        + (replaceSiteChanges && there != null ? ", replacing the site's changes" : ""));
                return null;
            });
            return new Published(site.name(), saved.id(), saved.link(), saved.status(), created);
        } catch (SiteException e) {
            throw new RefusedException("Not published to " + site.name() + ": " + e.getMessage() + ".");
        }
    }

    /**
     * Makes a site's post an article here ({@code post}: its id, or its address): a new draft, or, when the post is
     * linked already, a new revision of that article (a stub made for its comments becomes the article). Linked so
     * that publishing sends it back to the same post.
     */
    public Article pull(Actor actor, String siteName, String password, String post) {
        actor.require(Permission.EDIT_ANY_ARTICLE);
        Site site = sites.site(actor, siteName);
        WordPressClient client = client(site, password);
        try {
            client.signIn();
            RemoteArticle remote = find(client, post).orElseThrow(() -> new RefusedException(site.name()
                    + " has no post " + post + "."));
            List<String> section = client.termNames("categories", remote.categories());
            ImportedArticle imported = new ImportedArticle(CommentHtml.toPlainText(remote.title()),
                    CommentHtml.toPlainText(remote.excerpt()), "", remote.date(), "en",
                    client.termNames("tags", remote.tags()), HtmlDocumentParser.parse(remote.content()),
                    remote.slug(), section.isEmpty() || section.get(0).equals("Uncategorized") ? "" : section.get(0));
            Optional<Long> linked = database.read(tx -> tx.sites().articleOfPost(site.id(), remote.id()));
            Article article = linked.isPresent()
                    ? articles.updateFromFile(actor, String.valueOf(linked.get()), imported, null)
                    : articles.importArticle(actor, imported);
            database.write(tx -> {
                tx.articles().clearStub(article.id());
                tx.sites().linkPublished(site.id(), remote.id(), article.id(), fingerprint(remote));
                audit.record(tx, actor, "site.pull-post", "article", article.id(), site.name() + ": post "
                        + remote.id() + " (" + remote.status() + ")");
                return null;
            });
            return articles.find(actor, String.valueOf(article.id()));
        } catch (SiteException e) {
            throw new RefusedException("Not pulled from " + site.name() + ": " + e.getMessage() + ".");
        }
    }

    private Optional<RemoteArticle> find(WordPressClient client, String post) {
        String given = post.strip();
        if (given.matches("\\d{1,18}")) {
            return client.post(Long.parseLong(given));
        }
        URI uri;
        try {
            uri = URI.create(given);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("post", "\"" + given + "\" is neither a post's id nor its address");
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.matches("(p|page_id)=\\d{1,18}")) {
                return client.post(Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        String slug = path.substring(path.lastIndexOf('/') + 1);
        if (slug.isEmpty()) {
            throw new InvalidInputException("post", "\"" + given + "\" does not name a post (an id, ?p=ID, or the"
                    + " post's address ending in its slug)");
        }
        return client.postWithSlug(slug);
    }

    /** The featured image's id in the site's media library: uploaded once, its alt text and caption kept current. */
    private long image(WordPressClient client, Article article, RemoteArticle there) {
        String alt = article.extras().imageAlt();
        String caption = article.extras().imageCaption();
        if (there != null && there.featuredMedia() != 0 && client.media(there.featuredMedia()).isPresent()) {
            client.describeMedia(there.featuredMedia(), alt, caption);
            return there.featuredMedia();
        }
        Path file = articles.assetsFolder().resolve(article.extras().imageFile());
        byte[] bytes = InputFiles.readAll(file, 50L * 1024 * 1024, "the featured image");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".png") ? "image/png" : name.endsWith(".gif") ? "image/gif"
                : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
        return client.upload(file.getFileName().toString(), type, bytes, alt, caption);
    }

    /** What tells that the post changed: its modified time (to the second) and a digest of what it says. */
    static String fingerprint(RemoteArticle post) {
        return post.modified() + " " + SiteService.digest(post.title() + "\u0000" + post.excerpt() + "\u0000"
                + post.content());
    }

    /** The site's status for an article as it stands here: what a publish sends unless told otherwise. */
    public static String statusOnSite(ArticleStatus status) {
        return switch (status) {
            case PUBLISHED -> "publish";
            case SCHEDULED -> "future";
            case IN_REVIEW -> "pending";
            default -> "draft";
        };
    }

    private static String gmt(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
                .format(instant.atOffset(java.time.ZoneOffset.UTC));
    }

    private WordPressClient client(Site site, String password) {
        if (password == null || password.isBlank()) {
            throw new InvalidInputException(SiteService.PASSWORD_VARIABLE, "the application password for "
                    + site.name() + " is missing");
        }
        return new WordPressClient(site.url(), site.username(), password, timeout);
    }
}
