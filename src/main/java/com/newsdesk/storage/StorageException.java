package com.newsdesk.storage;

/** A database problem, with a message a newsroom user can act on. */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
