package com.newsdesk.domain;

import java.util.Optional;

/**
 * The site's email rule, as its newsletter box applies it. Deliberately simple and strict: one {@code @}, a local
 * part of printable characters, a domain of dot-separated labels with a top-level part of two letters or more.
 */
public final class EmailAddresses {
    public static final String INVALID = "Invalid email address";

    private EmailAddresses() {}

    /** The address trimmed of surrounding white space. */
    public static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /**
     * Why the (already cleaned) address is not acceptable, or empty when it is. One pass over the characters, no
     * regular expression: an import checks a million addresses (a regex version of the same rule was a sixth of a
     * million-row import's Java time; EmailAddressesProperties holds the two to the same answers).
     */
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
        if (at == 0) {
            return Optional.of("nothing comes before the @");
        }
        if (!validLocalPart(email, at)) {
            return Optional.of("the part before the @ has a character an address cannot have");
        }
        if (at == email.length() - 1) {
            return Optional.of("nothing comes after the @");
        }
        String domain = email.substring(at + 1);
        int lastDot = domain.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.of("the domain \"" + domain + "\" has no dot");
        }
        for (int label = 0; label <= domain.length(); ) {
            int end = domain.indexOf('.', label);
            end = end < 0 ? domain.length() : end;
            if (!validDomainLabel(domain, label, end)) {
                return Optional.of("the domain \"" + domain + "\" is not a valid domain");
            }
            label = end + 1;
        }
        int top = lastDot + 1;
        boolean allDigits = true;
        for (int i = top; i < domain.length() && allDigits; i++) {
            allDigits = Character.isDigit(domain.charAt(i));
        }
        if (domain.length() - top < 2 || allDigits) {
            return Optional.of("the domain \"" + domain + "\" does not end in a valid top-level domain");
        }
        return Optional.empty();
    }

    /** The characters {@code !#$%&'*+/=?^_`{|}~.-} an address's local part may hold besides letters and numbers. */
    private static final boolean[] LOCAL_SYMBOL = new boolean[128];

    static {
        for (char symbol : "!#$%&'*+/=?^_`{|}~.-".toCharArray()) {
            LOCAL_SYMBOL[symbol] = true;
        }
    }

    /** Letters and numbers of every script ({@code \p{L}} and {@code \p{N}}), by code point. */
    private static boolean letterOrNumber(int codePoint) {
        if (codePoint < 128) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean validLocalPart(String email, int end) {
        if (email.charAt(0) == '.' || email.charAt(end - 1) == '.') {
            return false;
        }
        boolean dot = false;
        for (int i = 0; i < end; ) {
            int codePoint = email.codePointAt(i);
            boolean isDot = codePoint == '.';
            if ((isDot && dot) || !(letterOrNumber(codePoint) || (codePoint < 128 && LOCAL_SYMBOL[codePoint]))) {
                return false;
            }
            dot = isDot;
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** A label of the domain: letters, numbers and inner hyphens, starting and ending with a letter or number. */
    private static boolean validDomainLabel(String domain, int start, int end) {
        if (start >= end) {
            return false;
        }
        int last = -1;
        for (int i = start; i < end; ) {
            int codePoint = domain.codePointAt(i);
            boolean inner = codePoint == '-';
            if (!inner && !letterOrNumber(codePoint)) {
                return false;
            }
            if (i == start && inner) {
                return false;
            }
            last = codePoint;
            i += Character.charCount(codePoint);
        }
        return last != '-';
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
