package com.newsdesk.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** Staff usernames and passwords: what an account may be called and how long its password must be. */
public final class Usernames {
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,39}");

    private Usernames() {}

    public static Optional<String> problem(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of("a username is 2 to 40 letters, digits, dots, hyphens or underscores, starting with a"
                    + " letter or digit");
        }
        return Optional.empty();
    }

    public static Optional<String> passwordProblem(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            return Optional.of("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
