package com.newsdesk.storage;

/**
 * A write broke a uniqueness, key or check rule of the schema; {@link #involves} tells which. The message says so in
 * plain words; SQLite's own text, which names the rule, is kept apart for {@link #involves} and the log.
 */
public class ConstraintViolationException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public ConstraintViolationException(String context, String rule, Throwable cause) {
        super(context + ": " + describe(rule) + " Nothing was changed.", cause);
        this.rule = rule == null ? "" : rule;
    }

    private static String describe(String rule) {
        if (rule == null) {
            return "this would break a rule of the newsroom.";
        }
        if (rule.contains("FOREIGN KEY")) {
            return "this refers to a record the newsroom does not have.";
        }
        if (rule.contains("UNIQUE") || rule.contains("PRIMARY KEY")) {
            return "the newsroom already has a record with this key.";
        }
        if (rule.contains("NOT NULL")) {
            return "a required value is missing.";
        }
        return "a value is not one the newsroom accepts.";
    }

    /** Whether SQLite named this table column or index ({@code "subscribers.id"}, {@code "subscribers_email"}). */
    public boolean involves(String constraint) {
        return rule.contains(constraint);
    }

    public boolean isForeignKey() {
        return rule.contains("FOREIGN KEY");
    }
}
