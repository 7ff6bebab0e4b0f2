package com.newsdesk.service.site;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleExtras;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentHtml;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Slugs;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.site.Site;
import com.newsdesk.domain.site.SiteAddress;
import com.newsdesk.domain.site.SyncReport;
import com.newsdesk.io.wordpress.RemoteComment;
import com.newsdesk.io.wordpress.RemotePost;
import com.newsdesk.io.wordpress.SiteException;
import com.newsdesk.io.wordpress.WordPressClient;
import com.newsdesk.service.Audit;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.Suppressions;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.SiteRepository.UnsentReply;
import com.newsdesk.storage.SiteRepository.WaitingChange;
import com.newsdesk.storage.Transaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A newsroom's WordPress sites: adding and removing them (Admins), and syncing their comments both ways
 * (moderators). A sync first pushes what was decided, edited and replied here since the site was last seen, each
 * checked against what the site has now (where the site changed it meanwhile, the site's decision stands and the
 * lost one is reported); then it pulls what is new there, and the site's decisions on comments still undecided here.
 * Each change is its own transaction here, so a sync stopped anywhere leaves nothing half-done and the next one
 * carries on. What waits for the site is never a separate queue: it is read from the comments (a status or an edit
 * that differs from what was seen), so nothing decided here can be lost while the site is away.
 */
public final class SiteService {
    /** Where the command line takes a site's application password from. */
    public static final String PASSWORD_VARIABLE = "NEWSDESK_SITE_PASSWORD";

    private final Database database;
    private final Clock clock;
    private final Audit audit;
    /** How long a request may wait for the site before the sync says it is away. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    public SiteService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /**
     * Adds a site after signing in to it with the application password (which is not kept): an address that is not
     * WordPress, a wrong password or a user who may not moderate there is refused, and nothing is added.
     */
    public Site add(Actor actor, String name, String url, String username, String password) {
        actor.require(Permission.MANAGE_SITES);
        String checkedName = SiteAddress.checkName("--name", name);
        String address = SiteAddress.check("--wordpress", url);
        String user = username == null ? "" : username.strip();
        if (user.isEmpty()) {
            throw new InvalidInputException("--site-user", "the WordPress user Newsdesk signs in as is missing");
        }
        if (password == null || password.isBlank()) {
            throw new InvalidInputException(PASSWORD_VARIABLE, "the site's application password is missing");
        }
        database.read(tx -> tx.sites().find(checkedName)).ifPresent(site -> {
            throw new RefusedException("The newsroom already has a site named \"" + checkedName + "\" ("
                    + site.url() + "); remove it first or choose another name.");
        });
        String signedIn;
        try {
            signedIn = client(new Site(0, checkedName, address, user, "", null, 0, null, ""), password).signIn();
        } catch (SiteException e) {
            throw new RefusedException("The site was not added: " + e.getMessage() + ".");
        }
        return database.write(tx -> {
            long id = tx.sites().add(checkedName, address, user, actor.username(), Timestamps.now(clock));
            audit.record(tx, actor, "site.add", "site", id, checkedName + " " + address + " as " + user + " ("
                    + signedIn + ")");
            return tx.sites().find(checkedName).orElseThrow();
        });
    }

    public List<Site> sites(Actor actor) {
        requireSites(actor);
        return database.read(tx -> tx.sites().all());
    }

    /** Forgets a site; its comments and articles stay in the newsroom. */
    public void remove(Actor actor, String name) {
        actor.require(Permission.MANAGE_SITES);
        database.write(tx -> {
            Site site = tx.sites().find(name).orElseThrow(() -> unknown(name));
            tx.sites().remove(site.id());
            audit.record(tx, actor, "site.remove", "site", site.id(), site.name() + " " + site.url());
            return null;
        });
    }

    /** The site a sync without a name means: the only one. */
    public Site site(Actor actor, String name) {
        requireSites(actor);
        List<Site> all = database.read(tx -> tx.sites().all());
        if (name != null) {
            return all.stream().filter(site -> site.name().equals(name)).findFirst().orElseThrow(() -> unknown(name));
        }
        if (all.isEmpty()) {
            throw new RefusedException("The newsroom has no site yet: add one with site add --name NAME --wordpress"
                    + " URL --site-user USER.");
        }
        if (all.size() > 1) {
            throw new RefusedException("The newsroom has " + all.size() + " sites ("
                    + all.stream().map(Site::name).collect(Collectors.joining(", ")) + "): say which with --name.");
        }
        return all.get(0);
    }

    /** Decisions, edits and replies made here that no site has yet. */
    public long waiting(Actor actor) {
        if (!actor.can(Permission.MODERATE_COMMENTS)) {
            return 0;
        }
        return database.read(tx -> tx.sites().waitingCount());
    }

    /** Pushes what waits for the site, then pulls what is new there; see the class comment. */
    public SyncReport sync(Actor actor, String name, String password, TaskMonitor monitor) {
        actor.require(Permission.MODERATE_COMMENTS);
        Site site = site(actor, name);
        if (password == null || password.isBlank()) {
            throw new InvalidInputException(PASSWORD_VARIABLE, "the application password for " + site.name()
                    + " is missing");
        }
        Sync sync = new Sync(actor, site, monitor);
        String problem = "";
        boolean passing = true;
        try {
            // The HTTP client is set up and the site answers the sign-in while this newsroom reads what waits for
            // it: two cores, half the wait.
            var signedIn = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                WordPressClient client = client(site, password);
                client.signIn();
                return client;
            });
            List<WaitingChange> changes = database.read(tx -> tx.sites().waiting(site.id()));
            List<UnsentReply> replies = database.read(tx -> tx.sites().unsentReplies(site.id()));
            sync.client = joined(signedIn);
            sync.push(changes, replies);
            sync.pull();
        } catch (SiteException e) {
            problem = e.getMessage();
            passing = e.passing();
        } catch (com.newsdesk.service.CancelledException e) {
            problem = "the sync was stopped; what it had done is kept, the rest waits for the next one";
        }
        String ended = problem;
        long waiting = database.write(tx -> {
            tx.sites().synced(site.id(), Timestamps.now(clock), ended);
            audit.record(tx, actor, "site.sync", "site", site.id(), site.name() + ": pulled " + sync.pulled
                    + ", pushed " + sync.pushed + ", conflicts " + sync.conflicts
                    + (ended.isEmpty() ? "" : "; stopped: " + ended));
            return tx.sites().waitingCount();
        });
        return new SyncReport(sync.pulled, sync.pushed, sync.conflicts, waiting, sync.notes, problem, passing);
    }

    /** The answer of work on another thread, its SiteException as it was thrown. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private WordPressClient client(Site site, String password) {
        return new WordPressClient(site.url(), site.username(), password, TIMEOUT);
    }

    private static void requireSites(Actor actor) {
        if (!actor.can(Permission.MANAGE_SITES)) {
            actor.require(Permission.MODERATE_COMMENTS);
        }
    }

    private static RefusedException unknown(String name) {
        return new RefusedException("The newsroom has no site named \"" + name + "\" (site list shows them).");
    }

    static CommentStatus statusOf(String wordPress) {
        return switch (wordPress) {
            case "approved", "approve", "1" -> CommentStatus.APPROVED;
            case "spam" -> CommentStatus.SPAM;
            case "trash" -> CommentStatus.TRASH;
            default -> CommentStatus.PENDING;
        };
    }

    static String wordPressStatus(CommentStatus status) {
        return switch (status) {
            case APPROVED -> "approved";
            case PENDING -> "hold";
            case SPAM -> "spam";
            case TRASH -> "trash";
        };
    }

    static String digest(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One sync's work and tally. */
    private final class Sync {
        private final Actor actor;
        private final Site site;
        private WordPressClient client; // once signed in
        private final TaskMonitor monitor;
        private final List<String> notes = new ArrayList<>();
        private long pulled;
        private long pushed;
        private long conflicts;

        Sync(Actor actor, Site site, TaskMonitor monitor) {
            this.actor = actor;
            this.site = site;
            this.monitor = monitor;
        }

        // Pushing.

        void push(List<WaitingChange> changes, List<UnsentReply> replies) {
            long total = changes.size() + replies.size();
            long done = 0;
            for (WaitingChange change : changes) {
                monitor.checkCancelled();
                monitor.progress(done++, total, "Sending decisions to " + site.name() + "…");
                pushChange(change);
            }
            for (UnsentReply reply : replies) {
                monitor.checkCancelled();
                monitor.progress(done++, total, "Sending replies to " + site.name() + "…");
                pushReply(reply);
            }
        }

        private void pushChange(WaitingChange change) {
            Comment here = database.read(tx -> tx.comments().find(change.commentId())).orElse(null);
            if (here == null) {
                return;
            }
            var there = client.comment(change.remoteId());
            if (there.isEmpty()) {
                conflicts++;
                notes.add(database.write(tx -> {
                    tx.sites().unlinkComment(here.id());
                    audit.record(tx, actor, "site.conflict", "comment", here.id(), "deleted on " + site.name()
                            + "; " + here.status().code() + " here stays here");
                    return "Comment " + here.id() + ": deleted on the site; it stays " + here.status().code()
                            + " here only.";
                }));
                return;
            }
            RemoteComment remote = there.get();
            CommentStatus siteStatus = statusOf(remote.status());
            CommentStatus pushedStatus = siteStatus;
            if (here.status() != change.seenStatus()) {
                if (siteStatus != change.seenStatus()) { // decided there meanwhile: the site's decision stands
                    conflicts++;
                    notes.add(database.write(tx -> {
                        Comment now = tx.comments().find(here.id()).orElseThrow();
                        if (now.status() != siteStatus) {
                            tx.comments().decide(now.id(), now.status(), siteStatus, site.name(), Timestamps.now(clock));
                        }
                        tx.sites().seen(now.id(), siteStatus, digest(remote.content()));
                        audit.record(tx, actor, "site.conflict", "comment", now.id(), now.status().code() + " here not"
                                + " sent: already " + siteStatus.code() + " on " + site.name());
                        return "Comment " + now.id() + ": already " + siteStatus.code() + " on the site; the site's"
                                + " decision stands (" + now.status().code() + " here was not sent).";
                    }));
                    return;
                }
                if (here.status() != siteStatus) {
                    RemoteComment updated = client.update(remote.id(), wordPressStatus(here.status()), null);
                    pushedStatus = statusOf(updated.status());
                }
                pushed++;
            }
            String seenText = digest(remote.content());
            if (change.edited()) {
                if (!seenText.equals(change.seenText())) { // edited there meanwhile: the site's text stands
                    conflicts++;
                    notes.add("Comment " + here.id() + ": its text was changed on the site meanwhile; the site's text"
                            + " stands there (the edit here was not sent).");
                } else {
                    String html = here.bodyIsHtml() ? here.body() : CommentHtml.render(here.body());
                    seenText = digest(client.update(remote.id(), null, html).content());
                    pushed++;
                }
            }
            CommentStatus seenStatus = pushedStatus;
            String seenDigest = seenText;
            database.write(tx -> {
                tx.sites().seen(here.id(), seenStatus, seenDigest);
                audit.record(tx, actor, "site.push", "comment", here.id(), site.name() + ": "
                        + change.seenStatus().code() + " → " + seenStatus.code()
                        + (change.edited() ? ", text" : ""));
                return null;
            });
        }

        private void pushReply(UnsentReply reply) {
            Comment here = database.read(tx -> tx.comments().find(reply.commentId())).orElse(null);
            if (here == null) {
                return;
            }
            var parent = client.comment(reply.remoteParentId());
            if (parent.isEmpty()) {
                conflicts++;
                notes.add("Reply " + here.id() + ": the comment it answers was deleted on the site; the reply stays"
                        + " here.");
                return;
            }
            String text = here.plainText().strip();
            long me = client.myId();
            RemoteComment sent = client.replies(reply.remoteParentId()).stream() // sent before, and the sync stopped
                    .filter(remote -> remote.author() == me && CommentHtml.toPlainText(remote.content()).strip()
                            .equals(text)).findFirst().orElse(null);
            if (sent == null) {
                sent = client.reply(parent.get().post(), reply.remoteParentId(),
                        here.bodyIsHtml() ? here.body() : CommentHtml.render(here.body()));
            }
            RemoteComment posted = sent;
            pushed++;
            database.write(tx -> {
                tx.sites().linkComment(site.id(), posted.id(), here.id(), statusOf(posted.status()),
                        digest(posted.content()));
                tx.sites().linkPost(site.id(), posted.post(), here.articleId());
                audit.record(tx, actor, "site.reply", "comment", here.id(), site.name() + ": reply to comment "
                        + reply.remoteParentId() + " there, now comment " + posted.id());
                return null;
            });
        }

        // Pulling.

        void pull() {
            // The hold queue's size, asked while the new comments come in (see pullDecisions).
            var held = java.util.concurrent.CompletableFuture.supplyAsync(client::heldCount);
            long highest = site.pulledTo();
            List<long[]> orphans = new ArrayList<>(); // {comment here, parent there}: replies met before their parent
            for (int page = 1; ; page++) {
                monitor.checkCancelled();
                monitor.progress(pulled, 0, "Fetching comments from " + site.name() + "…");
                List<RemoteComment> comments = client.newestComments(page);
                List<RemoteComment> fresh = comments.stream().filter(comment -> comment.id() > site.pulledTo())
                        .sorted(Comparator.comparingLong(RemoteComment::id)).toList();
                if (!fresh.isEmpty()) {
                    bringIn(fresh, orphans);
                    highest = Math.max(highest, fresh.get(fresh.size() - 1).id());
                }
                if (comments.size() < WordPressClient.PAGE || fresh.size() < comments.size()) {
                    break;
                }
            }
            long pulledTo = highest;
            database.write(tx -> {
                for (long[] orphan : orphans) {
                    tx.sites().commentOfRemote(site.id(), orphan[1])
                            .ifPresent(parent -> tx.comments().setParent(orphan[0], parent));
                }
                tx.sites().pulledTo(site.id(), pulledTo);
                return null;
            });
            pullDecisions(held);
        }

        private void bringIn(List<RemoteComment> comments, List<long[]> orphans) {
            Set<Long> posts = comments.stream().map(RemoteComment::post).collect(Collectors.toCollection(
                    LinkedHashSet::new));
            Set<Long> unknownPosts = database.read(tx -> posts.stream()
                    .filter(post -> tx.sites().articleOfPost(site.id(), post).isEmpty())
                    .collect(Collectors.toSet()));
            Map<Long, RemotePost> found = unknownPosts.isEmpty() ? Map.of() : client.posts(unknownPosts).stream()
                    .collect(Collectors.toMap(RemotePost::id, post -> post, (a, b) -> a));
            long added = database.write(tx -> {
                Suppressions suppressions = Suppressions.of(tx);
                Instant now = Timestamps.now(clock);
                long count = 0;
                for (RemoteComment remote : comments) {
                    if (!remote.type().equals("comment") || tx.sites().commentOfRemote(site.id(), remote.id())
                            .isPresent()) {
                        continue;
                    }
                    long articleId = tx.sites().articleOfPost(site.id(), remote.post())
                            .orElseGet(() -> articleFor(tx, remote.post(), found.get(remote.post()), now));
                    CommentStatus status = statusOf(remote.status());
                    boolean erased = suppressions.erased(remote.authorEmail());
                    String email = erased ? "" : remote.authorEmail();
                    Long existing = tx.comments().findDuplicate(articleId, email, remote.content()).orElse(null);
                    long id;
                    if (existing != null && !tx.sites().isLinked(existing)) {
                        id = existing; // imported before from the site's export: the same comment
                    } else {
                        Long parent = remote.parent() == 0 ? null
                                : tx.sites().commentOfRemote(site.id(), remote.parent()).orElse(null);
                        id = tx.comments().insert(new Comment(0, articleId, parent, erased ? "" : remote.authorName(),
                                email, remote.content(), status, status == CommentStatus.PENDING
                                        ? "held for moderation on " + site.name() : "decided on " + site.name(),
                                remote.date() == null ? now : remote.date(), null, null,
                                erased ? "" : remote.authorIp(), true));
                        if (remote.parent() != 0 && parent == null) {
                            orphans.add(new long[] {id, remote.parent()});
                        }
                        count++;
                    }
                    tx.sites().linkComment(site.id(), remote.id(), id, status, digest(remote.content()));
                }
                return count;
            });
            pulled += added;
        }

        private long articleFor(Transaction tx, long remotePost, RemotePost post, Instant now) {
            String slug = post == null || Slugs.problem(post.slug()).isPresent() ? "site-post-" + remotePost
                    : post.slug();
            long articleId = tx.articles().idOfSlug(slug).orElseGet(() -> {
                String title = post == null || post.title().isBlank() ? "Post " + remotePost + " on " + site.name()
                        : CommentHtml.toPlainText(post.title());
                // A stub to hang comments on, never published here: the site has the article.
                return tx.articles().insert(new Article(0, slug, title, "", "", "", List.of(), "en",
                        ArticleStatus.DRAFT, com.newsdesk.domain.document.Document.EMPTY,
                        post == null || post.date() == null ? now : post.date(), now, null, null, 1,
                        actor.username(), ArticleExtras.stub(post == null ? "unknown" : post.status())));
            });
            tx.sites().linkPost(site.id(), remotePost, articleId);
            return articleId;
        }

        /**
         * The site's decisions on comments undecided here and there when last seen. When the site holds as many
         * comments as are undecided here (new ones were pulled just before), nothing was decided there: one light
         * request instead of reading them all again. (A decision and a comment put back on hold there between two
         * syncs balance out until the next difference; a decision made here on such a comment still meets the
         * site's first, at push.)
         */
        private void pullDecisions(java.util.concurrent.CompletableFuture<Long> held) {
            List<Long> undecided = database.read(tx -> tx.sites().undecidedRemoteIds(site.id()));
            if (undecided.isEmpty() || joined(held) == undecided.size()) {
                return;
            }
            monitor.checkCancelled();
            monitor.progress(pulled, 0, "Asking " + site.name() + " about " + undecided.size() + " comments…");
            Map<Long, RemoteComment> now = client.comments(undecided).stream()
                    .collect(Collectors.toMap(RemoteComment::id, comment -> comment, (a, b) -> a));
            for (long remoteId : undecided) {
                RemoteComment remote = now.get(remoteId);
                CommentStatus siteStatus = remote == null ? CommentStatus.TRASH : statusOf(remote.status());
                if (siteStatus == CommentStatus.PENDING) {
                    continue;
                }
                boolean changed = database.write(tx -> {
                    Long id = tx.sites().commentOfRemote(site.id(), remoteId).orElse(null);
                    if (id == null || !tx.comments().decide(id, CommentStatus.PENDING, siteStatus, site.name(),
                            Timestamps.now(clock))) {
                        return false; // decided here meanwhile: the next sync sends it, checked again
                    }
                    if (remote == null) {
                        tx.sites().unlinkComment(id);
                        audit.record(tx, actor, "site.pull", "comment", id, "deleted on " + site.name()
                                + ": trashed here");
                    } else {
                        tx.sites().seen(id, siteStatus, digest(remote.content()));
                        audit.record(tx, actor, "site.pull", "comment", id, "pending → " + siteStatus.code() + " on "
                                + site.name());
                    }
                    return true;
                });
                if (changed) {
                    pulled++;
                    if (remote == null) {
                        notes.add("A comment held here was deleted on the site; it was moved to the trash here.");
                    }
                }
            }
        }

    }
}
