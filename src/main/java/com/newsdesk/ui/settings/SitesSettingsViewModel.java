package com.newsdesk.ui.settings;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.site.Site;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.site.SiteService;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.DialogService;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sites section of the Settings desk: the newsroom's WordPress sites, added (signing in once to check the
 * address and the application password, which is not stored) and removed by Admins, listed for moderators.
 */
public final class SitesSettingsViewModel {
    private final Actor actor;
    private final SiteService sites;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Throwable> onError;
    private final BiConsumer<String, char[]> added;
    private final ObservableList<Site> list = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SitesSettingsViewModel(Actor actor, SiteService sites, BackgroundExecutor executor, DialogService dialogs,
            Consumer<Throwable> onError, BiConsumer<String, char[]> added) {
        this.actor = actor;
        this.sites = sites;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onError = onError;
        this.added = added;
    }

    public ObservableList<Site> sites() { return list; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Whether this person adds and removes sites (Admins). */
    public boolean canManage() { return actor.can(Permission.MANAGE_SITES); }

    public void load() {
        executor.submit(() -> sites.sites(actor), list::setAll, onError);
    }

    /** Adds a site after signing in to it; the password is handed to this session's syncs, then forgotten here. */
    public void add(String name, String url, String user, char[] password) {
        char[] given = password.clone();
        message.set("Signing in to " + url.strip() + "…");
        executor.submit(() -> sites.add(actor, name, url, user, new String(given)), site -> {
            added.accept(site.name(), given);
            Arrays.fill(given, '\0');
            message.set("Added " + site.name() + ". Sync (in the status bar) pulls its comments; the password is kept"
                    + " until the window closes, never stored.");
            load();
        }, failure -> {
            Arrays.fill(given, '\0');
            refused(failure);
        });
    }

    public void removeAsked(Site site) {
        if (site == null || !dialogs.confirm("Remove the site", "Remove " + site.name() + " (" + site.url()
                + ")? Its comments and articles stay in the newsroom; decisions not yet synced stay here only.",
                "Remove", "site-remove-confirm")) {
            return;
        }
        executor.submit(() -> {
            sites.remove(actor, site.name());
            return site.name();
        }, name -> {
            message.set("Removed " + name + ".");
            load();
        }, this::refused);
    }

    private void refused(Throwable failure) {
        if (failure instanceof InvalidInputException || failure instanceof RefusedException) {
            message.set("Not done: " + failure.getMessage());
        } else {
            onError.accept(failure);
        }
    }
}
