package com.newsdesk.cli;

import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.site.Site;
import com.newsdesk.domain.site.SyncReport;
import com.newsdesk.io.SiteJson;
import com.newsdesk.service.site.SiteService;
import com.newsdesk.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"The newsroom's WordPress sites: add one (signing in with an application password from "
                + SiteService.PASSWORD_VARIABLE + ", which is never stored), list, remove, and sync its comments"
                + " both ways.",
            "sync pushes the decisions, edits and replies made here since the last sync (the site's own decision"
                + " stands where it changed meanwhile), then pulls what is new there. Exit 0 when the sync went"
                + " through, 1 when it stopped (what waits is kept for the next one)."})
final class SiteCommand implements Runnable {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(index = "0", paramLabel = "add|list|remove|sync|publish|pull-post") String action;
    @Parameters(index = "1", arity = "0..1", paramLabel = "ARTICLE|POST",
            description = "publish: the article (id or slug); pull-post: the post (its id on the site, or its address).")
    String target;
    @Option(names = "--status", paramLabel = "draft|pending|publish|future",
            description = "publish: the post's status on the site (default: the article's here).") String status;
    @Option(names = "--replace-site-changes", description = "publish: send it even where the site's post changed since"
            + " it was last published from here (run once without it to see how).") boolean replace;
    @Option(names = "--name", paramLabel = "NAME", description = "The site's name in the newsroom.") String name;
    @Option(names = "--wordpress", paramLabel = "URL",
            description = "add: the site's address (https://…; plain http only on localhost).") String url;
    @Option(names = "--site-user", paramLabel = "USER", description = "add: the WordPress user to sign in as"
            + " (--user names the staff member running the command, as everywhere).")
    String siteUser;
    @Option(names = "--json", description = "Print the outcome as JSON.") boolean json;

    SiteCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            SiteService sites = newsroom.sites();
            var actor = newsroom.actor();
            switch (action) {
                case "add" -> {
                    Site site = sites.add(actor, required("--name", name), required("--wordpress", url),
                            required("--site-user", siteUser), sitePassword());
                    context.out.println("Added " + site.name() + " (" + site.url() + ", signed in as "
                            + site.username() + "). Its password is not kept: give it again to each sync.");
                }
                case "list" -> {
                    var all = sites.sites(actor);
                    if (json) {
                        context.out.println(SiteJson.sites(all));
                    } else if (all.isEmpty()) {
                        context.out.println("No site yet (site add --name NAME --wordpress URL --site-user USER).");
                    } else {
                        for (Site site : all) {
                            context.out.println(site.name() + "  " + site.url() + "  as " + site.username()
                                    + (site.lastSyncAt() == null ? "  never synced" : "  synced "
                                            + com.newsdesk.domain.Timestamps.format(site.lastSyncAt()))
                                    + (site.lastError().isEmpty() ? "" : "  (last sync stopped: " + site.lastError()
                                            + ")"));
                        }
                    }
                }
                case "remove" -> {
                    sites.remove(actor, required("--name", name));
                    context.out.println("Removed the site " + name + "; its comments and articles stay here.");
                }
                case "sync" -> {
                    String site = sites.site(actor, name).name();
                    SyncReport report = sites.sync(actor, site, sitePassword(), com.newsdesk.service.TaskMonitor.NONE);
                    if (json) {
                        context.out.println(SiteJson.sync(report));
                        report.notes().forEach(context.err::println); // what stood where, for the person reading
                    } else {
                        context.out.printf("%s: pulled %d, pushed %d, conflicts %d, waiting %d.%n", site,
                                report.pulled(), report.pushed(), report.conflicts(), report.waiting());
                        report.notes().forEach(context.out::println);
                    }
                    if (report.stopped()) {
                        throw new com.newsdesk.service.RefusedException("The sync with " + site + " stopped: "
                                + report.problem() + ". " + report.waiting()
                                + " changes wait for the next sync; nothing is lost.");
                    }
                }
                case "publish" -> publish(newsroom, actor);
                case "pull-post" -> {
                    var article = newsroom.sitePublishing().pull(actor, name, sitePassword(),
                            required("POST", target));
                    context.out.println("Pulled into article " + article.id() + " (" + article.slug() + ", "
                            + article.status().code() + "): " + article.headline()
                            + ". Publishing it sends it back to the same post.");
                }
                default -> throw new InvalidInputException("site", "\"" + action
                        + "\" is not one of add, list, remove, sync, publish, pull-post");
            }
        }
    }

    private void publish(Newsroom newsroom, com.newsdesk.domain.Actor actor) {
        try {
            var published = newsroom.sitePublishing().publish(actor, name, sitePassword(), required("ARTICLE", target),
                    status, replace);
            if (json) {
                context.out.println(SiteJson.published(published.postId(), published.url(), published.status()));
            } else {
                context.out.println((published.created() ? "Made" : "Updated") + " post " + published.postId()
                        + " on " + published.site() + " (" + published.status() + "): " + published.url());
            }
        } catch (com.newsdesk.service.site.SiteChangedException changed) {
            context.out.println("Only on the site [-…-], only here {+…+}:");
            context.out.println(changed.differenceText());
            throw new com.newsdesk.service.RefusedException(changed.getMessage() + " (--replace-site-changes)");
        }
    }

    private String sitePassword() {
        String password = context.env.get(SiteService.PASSWORD_VARIABLE);
        if (password == null || password.isBlank()) {
            throw new InvalidInputException(SiteService.PASSWORD_VARIABLE, "the site's application password is"
                    + " missing: set " + SiteService.PASSWORD_VARIABLE + " (WordPress: Users → Profile → Application"
                    + " Passwords)");
        }
        return password;
    }

    private static String required(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("site", option + " is missing");
        }
        return value;
    }
}
