package com.newsdesk.ui.shell;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.site.Site;
import com.newsdesk.domain.site.SyncReport;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.site.SiteService;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.DialogService;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's side of a site sync (issue 19): the status bar's "N changes waiting for the site" and Sync, which
 * asks each site's application password once per session (kept in memory only, never stored) and runs as a task with
 * progress and Cancel. While a password is known the window syncs by itself every few minutes ({@link #syncIfSignedIn}).
 */
public final class SiteSyncViewModel {
    /** How often a window with a known password syncs by itself. */
    public static final java.time.Duration EVERY = java.time.Duration.ofMinutes(5);

    private final Actor actor;
    private final SiteService sites;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final BiConsumer<String, Function<TaskMonitor, String>> runTask;
    private final com.newsdesk.ui.common.SitePasswords passwords;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private List<Site> known = List.of();
    private long refreshes; // only the newest refresh's answer is shown: two in flight may finish in any order
    private long waiting;

    public SiteSyncViewModel(Actor actor, SiteService sites, BackgroundExecutor executor, DialogService dialogs,
            BiConsumer<String, Function<TaskMonitor, String>> runTask, com.newsdesk.ui.common.SitePasswords passwords) {
        this.actor = actor;
        this.passwords = passwords;
        this.sites = sites;
        this.executor = executor;
        this.dialogs = dialogs;
        this.runTask = runTask;
    }

    /** Whether the newsroom has a site and this person moderates: the status bar shows Sync. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    /** "3 changes waiting for the site", "Synced with Our site at 10:42", "Sync stopped: …". */
    public ReadOnlyStringProperty stateProperty() { return state.getReadOnlyProperty(); }

    /** Reads the sites and what waits for them (after anything changed the comments). */
    public void refresh() {
        if (sites == null || !actor.can(Permission.MODERATE_COMMENTS)) {
            return;
        }
        long asked = ++refreshes;
        executor.submit(() -> Map.entry(sites.sites(actor), sites.waiting(actor)), found -> {
            if (asked != refreshes) {
                return;
            }
            known = found.getKey();
            waiting = found.getValue();
            available.set(!known.isEmpty());
            state.set(describe());
        }, failure -> {
            if (asked == refreshes) {
                state.set("");
            }
        });
    }

    private String describe() {
        if (known.isEmpty()) {
            return "";
        }
        if (waiting > 0) {
            return String.format("%,d change%s waiting for the site", waiting, waiting == 1 ? "" : "s");
        }
        Site last = known.stream().filter(site -> site.lastSyncAt() != null)
                .max(java.util.Comparator.comparing(Site::lastSyncAt)).orElse(null);
        if (last == null) {
            return "Not synced with " + known.get(0).name() + " yet";
        }
        return last.lastError().isEmpty() ? "Synced " + when(last.lastSyncAt())
                : "Sync stopped " + when(last.lastSyncAt()) + ": " + last.lastError();
    }

    /** A time of today as its hour, an older one with its date. */
    private static String when(java.time.Instant at) {
        var local = at.atZone(java.time.ZoneId.systemDefault());
        return local.toLocalDate().equals(java.time.LocalDate.now(local.getZone()))
                ? "at " + local.toLocalTime().format(java.time.format.DateTimeFormatter.ofLocalizedTime(
                        java.time.format.FormatStyle.SHORT))
                : "on " + com.newsdesk.ui.common.Tables.format(at);
    }

    /** Sync: every site in turn, each password asked the first time this session. */
    public void syncAsked() {
        for (Site site : known) {
            if (passwords.of(site, dialogs, "Sync", "site-password-sync").isEmpty()) {
                return;
            }
        }
        sync();
    }

    /** The periodic sync: only with passwords already given, never asking. */
    public void syncIfSignedIn() {
        if (!known.isEmpty() && known.stream().allMatch(site -> passwords.known(site).isPresent())) {
            sync();
        }
    }

    private void sync() {
        List<Site> syncing = List.copyOf(known);
        runTask.accept("Syncing with " + (syncing.size() == 1 ? syncing.get(0).name() : "the sites"), monitor -> {
            StringBuilder said = new StringBuilder();
            for (Site site : syncing) {
                String password = passwords.known(site).orElse("");
                SyncReport report = sites.sync(actor, site.name(), password, monitor);
                if (report.stopped() && !report.passing()) {
                    passwords.forget(site.name());
                }
                said.append(said.length() == 0 ? "" : " ").append(summary(site, report));
            }
            executor.onUiThread(this::refresh);
            return said.toString();
        });
    }

    static String summary(Site site, SyncReport report) {
        String counts = String.format("%,d pulled, %,d pushed", report.pulled(), report.pushed())
                + (report.conflicts() == 0 ? "" : String.format(", %,d where the site's decision stood",
                        report.conflicts()));
        if (report.stopped()) {
            return site.name() + ": sync stopped: " + report.problem() + " (" + counts + "; "
                    + String.format("%,d", report.waiting()) + " waiting, nothing lost).";
        }
        return site.name() + ": " + counts + "." + (report.notes().isEmpty() ? "" : " " + report.notes().get(0)
                + (report.notes().size() > 1 ? " (and " + (report.notes().size() - 1) + " more in the audit)" : ""));
    }
}
