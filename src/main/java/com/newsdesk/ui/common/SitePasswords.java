package com.newsdesk.ui.common;

import com.newsdesk.domain.site.Site;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sites' application passwords for this window's session: asked the first time a site is used, kept in memory
 * until the window closes, never stored (this machine offers no keyring Newsdesk can use; see decision 0017).
 */
public final class SitePasswords {
    private final Map<String, char[]> known = new HashMap<>();

    /** The site's password, asked through {@code dialogs} when not given yet; empty when the person cancels. */
    public synchronized Optional<String> of(Site site, DialogService dialogs, String action, String actionId) {
        char[] password = known.get(site.name());
        if (password == null) {
            Optional<char[]> typed = dialogs.password(action + ": " + site.name(), "The application password of "
                    + site.username() + " on " + site.url() + " (WordPress: Users → Profile → Application"
                    + " Passwords). It is kept in memory until the window closes, never stored.", action, actionId);
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            password = typed.get();
            known.put(site.name(), password);
        }
        return Optional.of(new String(password));
    }

    /** The password, only if given already (a periodic sync never asks). */
    public synchronized Optional<String> known(Site site) {
        return Optional.ofNullable(known.get(site.name())).map(String::new);
    }

    public synchronized void remember(String siteName, char[] password) {
        known.put(siteName, password.clone());
    }

    /** A password the site refused is asked again next time. */
    public synchronized void forget(String siteName) {
        char[] gone = known.remove(siteName);
        if (gone != null) {
            Arrays.fill(gone, '\0');
        }
    }
}
