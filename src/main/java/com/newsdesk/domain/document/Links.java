package com.newsdesk.domain.document;

import java.util.Locale;

/** Which link targets an article may carry. Anything a browser would run (javascript:, data:, …) is refused. */
public final class Links {
    private Links() {}

    public static boolean isSafe(String href) {
        if (href == null || href.isBlank()) {
            return false;
        }
        String trimmed = href.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isISOControl(trimmed.charAt(i)) || Character.isWhitespace(trimmed.charAt(i))) {
                return false;
            }
        }
        int colon = trimmed.indexOf(':');
        int firstSeparator = firstOf(trimmed, "/?#");
        if (colon < 0 || (firstSeparator >= 0 && firstSeparator < colon)) {
            return true; // relative: /path, #anchor, page.html
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel");
    }

    private static int firstOf(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
