package com.newsdesk.domain;

import java.text.Normalizer;
import java.util.Map;

/** URL slugs made from headlines: lower case, accents transliterated, words joined by hyphens. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    private static final Map<Character, String> SPECIAL = Map.of(
            'ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'đ', "d", 'ł', "l", 'þ', "th", 'ı', "i", '’', "", '\'', "");

    private Slugs() {}

    /** A slug for the headline; letters of other scripts (Arabic, say) are kept as they are. */
    public static String fromHeadline(String headline) {
        String decomposed = Normalizer.normalize(headline.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length() && slug.length() < MAX_LENGTH; i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue; // the accent of a decomposed letter
            }
            String letters = SPECIAL.getOrDefault(c, Character.isLetterOrDigit(c) ? String.valueOf(c) : null);
            if (letters == null) {
                pendingHyphen = true; // any run of other characters becomes one hyphen
            } else if (!letters.isEmpty()) {
                if (pendingHyphen && !slug.isEmpty()) {
                    slug.append('-');
                }
                pendingHyphen = false;
                slug.append(letters);
            }
        }
        String result = slug.toString();
        return result.isEmpty() ? "untitled" : result;
    }

    /**
     * Why a slug cannot be used, or empty when it can. Lenient on purpose: slugs imported from other tools
     * (WordPress's percent-encoded ones, say) stay as they were; only what breaks a URL path is refused.
     */
    public static java.util.Optional<String> problem(String slug) {
        if (slug.isEmpty()) {
            return java.util.Optional.of("a slug cannot be empty");
        }
        if (slug.length() > 200) {
            return java.util.Optional.of("a slug cannot be longer than 200 characters");
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || "/?#\\\"<>".indexOf(c) >= 0) {
                return java.util.Optional.of("a slug cannot contain \"" + c + "\"");
            }
        }
        return java.util.Optional.empty();
    }
}
