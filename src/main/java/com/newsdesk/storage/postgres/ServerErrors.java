package com.newsdesk.storage.postgres;

import com.newsdesk.storage.ConstraintViolationException;
import com.newsdesk.storage.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** A PostgreSQL error in newsroom words, by its SQLSTATE; the server's own text goes to the log only. */
public final class ServerErrors {
    private ServerErrors() {}

    public static StorageException translate(SQLException e, String context) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("23")) {
            return new ConstraintViolationException(context, rule(e, state), e);
        }
        // The pool's own "no connection within 10 s" is the server being away too.
        if (e instanceof java.sql.SQLTransientConnectionException || state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return new StorageException(context + ": the server could not be reached or closed the connection"
                    + " (is it running, and is the address right?). Nothing was changed; try again when it is back.", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StorageException(context + ": the server refused the sign-in (wrong password, or this login"
                    + " may not connect). The password comes from PGPASSWORD or ~/.pgpass.", e);
        }
        if (state.equals("3D000")) {
            return new StorageException(context + ": the server has no such database. The database administrator"
                    + " creates it once (createdb), then 'newsdesk init --db URL' makes the newsroom in it.", e);
        }
        if (state.equals("42501")) {
            return new StorageException(context + ": " + refusal(e) + " Nothing was changed.", e);
        }
        if (state.equals("55P03")) {
            return new StorageException(context + ": another seat is writing to the newsroom and did not finish in"
                    + " time. Try again in a moment.", e);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return new StorageException(context + ": another seat changed the same records at the same moment."
                    + " Nothing was changed; try again.", e);
        }
        if (state.equals("53100")) {
            return new StorageException(context + ": the server's disk is full. Nothing of this change was saved.", e);
        }
        if (state.startsWith("53")) {
            return new StorageException(context + ": the server is out of resources (" + state + "). Nothing was"
                    + " changed; try again later.", e);
        }
        if (state.equals("57014")) {
            return new StorageException(context + ": the server cancelled the work. Nothing was changed.", e);
        }
        return new StorageException(context + ": the database could not do this. Nothing was changed.", e, true);
    }

    private static final java.util.regex.Pattern DENIED_DATABASE =
            java.util.regex.Pattern.compile("permission denied for database \"?([^\"]+)\"?");
    private static final java.util.regex.Pattern DENIED_TABLE =
            java.util.regex.Pattern.compile("permission denied for (?:table|relation|sequence) \"?([^\"]+)\"?");
    private static final java.util.regex.Pattern DENIED_ROW =
            java.util.regex.Pattern.compile("row-level security policy .*for table \"?([^\"]+)\"?");

    /**
     * What the server refused this seat's login, in newsroom words: the grants and policies of a shared newsroom
     * follow the staff roles (issue 15). The server's English text names the table; another language gets the
     * general words.
     */
    private static String refusal(SQLException e) {
        ServerErrorMessage detail = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String text = detail == null || detail.getMessage() == null ? "" : detail.getMessage();
        java.util.regex.Matcher database = DENIED_DATABASE.matcher(text);
        if (database.find()) {
            return "the server does not let this login into the newsroom " + database.group(1) + " (it is no active"
                    + " staff account of it; an Admin adds accounts with 'newsdesk staff add').";
        }
        java.util.regex.Matcher row = DENIED_ROW.matcher(text);
        if (row.find()) {
            String table = row.group(1);
            return "the server does not let your login write that record of " + table.replace('_', ' ')
                    + (table.startsWith("article") ? " (a Writer changes only their own drafts)."
                    : table.equals("audit_log") ? " (each login records only its own actions)." : ".");
        }
        java.util.regex.Matcher table = DENIED_TABLE.matcher(text);
        if (table.find()) {
            return "your role does not let your login read or change " + table.group(1).replace('_', ' ')
                    + " on the server.";
        }
        return "the database does not allow this for your login.";
    }

    /** The broken rule in the words SQLite uses ("UNIQUE constraint failed: subscribers.id"), plus its name. */
    private static String rule(SQLException e, String state) {
        ServerErrorMessage detail = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String table = detail == null || detail.getTable() == null ? "" : detail.getTable();
        String constraint = detail == null || detail.getConstraint() == null ? "" : detail.getConstraint();
        String column = detail == null || detail.getColumn() == null ? "" : detail.getColumn();
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("^Key \\((.+?)\\)=")
                .matcher(detail == null || detail.getDetail() == null ? "" : detail.getDetail());
        if (column.isEmpty() && key.find()) {
            column = key.group(1); // "slug", "lower(email)", "article_id, tag_id"
        }
        String kind = switch (state) {
            case "23503" -> "FOREIGN KEY";
            case "23505" -> "UNIQUE";
            case "23502" -> "NOT NULL";
            default -> "CHECK";
        };
        return kind + " constraint failed: " + table + "." + column + " (" + constraint + ")";
    }

    /**
     * Rows whose references point nowhere (at most 100), as SQLite's foreign_key_check lists them: for each foreign
     * key of the schema, the referring rows whose referenced row is missing. With the keys deferred, the server would
     * only say so at commit, and only of the first.
     */
    public static java.util.List<com.newsdesk.storage.Transaction.ForeignKeyViolation> foreignKeyViolations(
            Connection connection) {
        java.util.List<com.newsdesk.storage.Transaction.ForeignKeyViolation> violations = new java.util.ArrayList<>();
        try (var statement = connection.createStatement()) {
            java.util.List<String[]> keys = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery("""
                    SELECT child.relname, a.attname, parent.relname, pa.attname,
                           EXISTS (SELECT 1 FROM pg_attribute i WHERE i.attrelid = child.oid AND i.attname = 'id')
                      FROM pg_constraint k
                      JOIN pg_class child ON child.oid = k.conrelid
                      JOIN pg_class parent ON parent.oid = k.confrelid
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                      JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]
                     WHERE k.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
                     ORDER BY child.relname, a.attname""")) {
                while (rows.next()) {
                    keys.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getBoolean(5) ? "c.id" : "0"});
                }
            }
            for (String[] key : keys) {
                String sql = "SELECT " + key[4] + " FROM " + key[0] + " c WHERE c." + key[1] + " IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM " + key[2] + " p WHERE p." + key[3] + " = c." + key[1] + ")"
                        + " LIMIT " + (100 - violations.size());
                try (var rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        violations.add(new com.newsdesk.storage.Transaction.ForeignKeyViolation(key[0], rows.getLong(1),
                                key[2]));
                    }
                }
                if (violations.size() >= 100) {
                    break;
                }
            }
            return violations;
        } catch (SQLException e) {
            throw translate(e, "Could not check the newsroom's references");
        }
    }
}
