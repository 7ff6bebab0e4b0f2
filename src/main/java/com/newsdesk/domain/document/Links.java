package com.newsdesk.domain.document;

import java.util.Locale;

/** Which link targets an article may carry. Anything a browser would run (javascript:, data:, …) is refused. */
public final class Links {
    private Links() {}

    /**
     * Whether a link may point there: a relative address, or http, https, mailto or tel. Checked as written and as
     * HTML and Markdown would read it (entities such as {@code &#58;} decoded, backslash escapes dropped), so that
     * {@code javascript&#58;…} is refused too.
     */
    public static boolean isSafe(String href) {
        if (href == null) {
            return false;
        }
        return isSafeAsWritten(href) && isSafeAsWritten(decoded(href));
    }

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?");
    private static final java.util.Map<String, String> NAMED = java.util.Map.of("colon", ":", "tab", "\t",
            "newline", "\n", "sol", "/", "period", ".", "amp", "&", "num", "#", "quest", "?", "lpar", "(", "rpar", ")");

    /** The address as a browser reads it from HTML or Markdown: references decoded, escapes dropped. */
    static String decoded(String href) {
        String text = href.replace("\\", "");
        for (int round = 0; round < 3 && text.indexOf('&') >= 0; round++) { // &amp;#58; is read twice by some
            java.util.regex.Matcher matcher = REFERENCE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String replacement;
                if (name.startsWith("#")) {
                    boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                    int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                    replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "\uFFFD";
                } else {
                    replacement = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), matcher.group());
                }
                matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            if (out.toString().equals(text)) {
                break;
            }
            text = out.toString();
        }
        return text;
    }

    private static boolean isSafeAsWritten(String href) {
        if (href.isBlank()) {
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
