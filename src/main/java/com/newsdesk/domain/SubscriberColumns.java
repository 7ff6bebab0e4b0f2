package com.newsdesk.domain;

/**
 * Which columns of a plain CSV hold what, as the user chose them; null lets Newsdesk find the column by its usual
 * names ("email", "name" or "first name"/"last name", "status", "labels" or "tags", "created_at").
 */
public record SubscriberColumns(String email, String name, String status, String labels, String createdAt) {
    public static final SubscriberColumns AUTO = new SubscriberColumns(null, null, null, null, null);

    public SubscriberColumns {
        email = blankToNull(email);
        name = blankToNull(name);
        status = blankToNull(status);
        labels = blankToNull(labels);
        createdAt = blankToNull(createdAt);
    }

    public static SubscriberColumns email(String column) {
        return new SubscriberColumns(column, null, null, null, null);
    }

    /** The same choices with one field set by its name (email, name, status, labels, created_at). */
    public SubscriberColumns with(String field, String column) {
        return switch (field.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "email" -> new SubscriberColumns(column, name, status, labels, createdAt);
            case "name" -> new SubscriberColumns(email, column, status, labels, createdAt);
            case "status" -> new SubscriberColumns(email, name, column, labels, createdAt);
            case "labels" -> new SubscriberColumns(email, name, status, column, createdAt);
            case "created_at" -> new SubscriberColumns(email, name, status, labels, column);
            default -> throw new InvalidInputException("--column", "\"" + field
                    + "\" is not a field: email, name, status, labels or created_at");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
