package com.newsdesk.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tag and label names: trimmed, one line, and unique in a list ignoring case (the first spelling wins). */
public final class Names {
    private Names() {}

    public static String clean(String name) {
        if (isClean(name)) {
            return name;
        }
        StringBuilder cleaned = new StringBuilder(name.length());
        name.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return cleaned.toString().strip().replaceAll(" {2,}", " ");
    }

    /** Clean and not blank: kept by {@link #cleanList} as it is. */
    private static boolean isKept(String name) {
        return !name.isEmpty() && isClean(name);
    }

    private static boolean isClean(String name) {
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return name.isEmpty();
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) && c != ' '
                    || c == ' ' && name.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The names cleaned, blanks dropped, and each name once ignoring case (its first spelling). A list already so,
     * of one or two names (nearly every subscriber's labels, checked again each time a record is remade), is
     * returned as it is.
     */
    public static List<String> cleanList(List<String> names) {
        if (names.isEmpty()) {
            return names;
        }
        if (names.size() == 1 && isKept(names.get(0))) {
            return names;
        }
        if (names.size() == 2 && isKept(names.get(0)) && isKept(names.get(1))
                && !names.get(0).toLowerCase(Locale.ROOT).equals(names.get(1).toLowerCase(Locale.ROOT))) {
            return names;
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String name : names) {
            String cleaned = clean(name);
            if (!cleaned.isEmpty()) {
                unique.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
            }
        }
        return new ArrayList<>(unique.values());
    }
}
