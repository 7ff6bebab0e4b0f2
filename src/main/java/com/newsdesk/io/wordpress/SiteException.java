package com.newsdesk.io.wordpress;

/**
 * A site that did not do what was asked, said in words for a newsroom user: it could not be reached, refused the
 * sign-in, is not WordPress, refused the change, or failed. Nothing of the site's raw answer is in the message.
 */
public final class SiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: {@code AWAY} and {@code FAILED} pass (try again later); the others need someone to act. */
    public enum Kind { AWAY, SIGN_IN, NOT_WORDPRESS, REFUSED, FAILED, GONE }

    private final Kind kind;

    public SiteException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether changes should simply wait for the next sync. */
    public boolean passing() {
        return kind == Kind.AWAY || kind == Kind.FAILED;
    }
}
