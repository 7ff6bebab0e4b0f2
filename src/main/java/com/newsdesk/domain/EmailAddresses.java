package com.newsdesk.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's email rule, as its newsletter box applies it. Deliberately simple and strict: one {@code @}, a local
 * part of printable characters, a domain of dot-separated labels with a top-level part of two letters or more.
 */
public final class EmailAddresses {
    public static final String INVALID = "Invalid email address";
    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?");

    private EmailAddresses() {}

    /** The address trimmed of surrounding white space. */
    public static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** Why the (already cleaned) address is not acceptable, or empty when it is. */
    public static Optional<String> problem(String email) {
        if (email.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (email.length() > 254) {
            return Optional.of("it is longer than 254 characters");
        }
        int at = email.indexOf('@');
        if (at < 0) {
            return Optional.of("it has no @");
        }
        if (email.indexOf('@', at + 1) >= 0) {
            return Optional.of("it has more than one @");
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.isEmpty()) {
            return Optional.of("nothing comes before the @");
        }
        if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("the part before the @ has a character an address cannot have");
        }
        if (domain.isEmpty()) {
            return Optional.of("nothing comes after the @");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("the domain \"" + domain + "\" has no dot");
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return Optional.of("the domain \"" + domain + "\" is not a valid domain");
            }
        }
        String top = labels[labels.length - 1];
        if (top.length() < 2 || top.chars().allMatch(Character::isDigit)) {
            return Optional.of("the domain \"" + domain + "\" does not end in a valid top-level domain");
        }
        return Optional.empty();
    }

    /** The address cleaned, or refused with "Invalid email address" and what is wrong with it. */
    public static String checked(String email) {
        String address = clean(email);
        problem(address).ifPresent(problem -> {
            throw new InvalidInputException("email", INVALID + " \"" + address + "\": " + problem);
        });
        return address;
    }

    public static boolean isValid(String email) {
        return problem(clean(email)).isEmpty();
    }
}
