package com.newsdesk.domain.site;

import com.newsdesk.domain.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A site's address as Newsdesk accepts it: HTTPS (certificates checked), or plain HTTP only on this machine, where
 * nothing crosses a network; no user, password, query or fragment in it. Kept without a trailing slash.
 */
public final class SiteAddress {
    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private SiteAddress() {}

    /** The address, checked and tidied; refused in words naming {@code field}. */
    public static String check(String field, String text) {
        String address = text == null ? "" : text.strip();
        if (address.isEmpty()) {
            throw new InvalidInputException(field, "the site's address is empty (for example https://example.org)");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "\"" + address + "\" is not a web address (for example"
                    + " https://example.org)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || host.isEmpty()) {
            throw new InvalidInputException(field, "\"" + address + "\" is not a web address starting with https://");
        }
        if (scheme.equals("http") && !THIS_MACHINE.contains(host)) {
            throw new InvalidInputException(field, "\"" + address + "\" is plain http: the site's password would"
                    + " cross the network readable; use its https:// address (plain http is only for a site on this"
                    + " machine, localhost or 127.0.0.1)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException(field, "the address holds a user name or password; give the user with"
                    + " --site-user and the application password in NEWSDESK_SITE_PASSWORD");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidInputException(field, "give the site's address without ?… or #… (for example"
                    + " https://example.org/news)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path;
    }

    /** A site's name: what commands and the window call it. */
    public static String checkName(String field, String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new InvalidInputException(field, "a site's name is 1 to 60 characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "a site's name cannot hold control characters");
        }
        return name;
    }
}
