package com.newsdesk.storage;

/** A write broke a uniqueness, key or check rule of the schema; {@link #involves} tells which. */
public class ConstraintViolationException extends StorageException {
    public ConstraintViolationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether SQLite named this table column or index ({@code "subscribers.id"}, {@code "subscribers_email"}). */
    public boolean involves(String constraint) {
        return getMessage().contains(constraint);
    }

    public boolean isForeignKey() {
        return getMessage().contains("FOREIGN KEY");
    }
}
