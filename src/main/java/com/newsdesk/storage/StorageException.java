package com.newsdesk.storage;

/**
 * A database problem, with a message a newsroom user can act on. One that Newsdesk did not foresee says so in plain
 * words and is {@link #unforeseen()}: its cause (SQLite's own words) goes to the log, never to the user.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean unforeseen;
    /** Raised inside a transaction's work, which does not know the newsroom's name: its runner names it. */
    transient boolean unplaced;

    public StorageException(String message) {
        this(message, null, false);
    }

    public StorageException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public StorageException(String message, Throwable cause, boolean unforeseen) {
        super(message, cause);
        this.unforeseen = unforeseen;
    }

    /** A failure the message can only name in general terms; the details belong in the log. */
    public boolean unforeseen() {
        return unforeseen;
    }
}
