package com.newsdesk.storage;

import com.newsdesk.domain.document.DocumentCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One open transaction and the repositories that work inside it. Prepared statements are cached for its length, so
 * a loop of a million inserts prepares each statement once.
 */
public final class Transaction {
    private final Connection connection;
    private final DocumentCodec codec;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private ArticleRepository articles;
    private RevisionRepository revisions;
    private CorrectionRepository corrections;
    private CommentRepository comments;
    private SubscriberRepository subscribers;
    private StaffRepository staff;
    private AuditRepository audit;
    private SettingsRepository settings;
    private WritingRepository writing;
    private CommentRuleRepository commentRules;
    private OfflineRepository offline;
    private SiteRepository sites;

    Transaction(Connection connection, DocumentCodec codec, Dialect dialect) {
        this.connection = connection;
        this.codec = codec;
        this.dialect = dialect;
    }

    /** The engine this transaction runs on, for the few statements the two engines spell differently. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * {@link #attempt}, for a batch tried whole: true when the work went in; false when it broke a rule of the schema,
     * with nothing of it written and the transaction usable, for the caller to go row by row and say which row.
     */
    public boolean succeeds(Runnable work) {
        try {
            attempt(() -> {
                work.run();
                return null;
            });
            return true;
        } catch (ConstraintViolationException oneOfThem) {
            return false;
        }
    }

    /**
     * Runs work that may fail on a rule of the schema (a duplicate, say) and be tried another way, leaving the
     * transaction usable: SQLite undoes just the failed statement; PostgreSQL would refuse everything after it, so
     * there the work runs inside a savepoint.
     */
    public <T> T attempt(java.util.function.Supplier<T> work) {
        if (dialect == Dialect.SQLITE) {
            return work.get();
        }
        run(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SAVEPOINT attempt");
            }
            return null;
        });
        try {
            T result = work.get();
            run(() -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("RELEASE SAVEPOINT attempt");
                }
                return null;
            });
            return result;
        } catch (RuntimeException e) {
            run(() -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ROLLBACK TO SAVEPOINT attempt");
                    statement.execute("RELEASE SAVEPOINT attempt");
                }
                return null;
            });
            throw e;
        }
    }

    public ArticleRepository articles() {
        if (articles == null) {
            articles = new ArticleRepository(this, codec);
        }
        return articles;
    }

    public RevisionRepository revisions() {
        if (revisions == null) {
            revisions = new RevisionRepository(this, codec);
        }
        return revisions;
    }

    public CorrectionRepository corrections() {
        if (corrections == null) {
            corrections = new CorrectionRepository(this);
        }
        return corrections;
    }

    public CommentRepository comments() {
        if (comments == null) {
            comments = new CommentRepository(this);
        }
        return comments;
    }

    public SubscriberRepository subscribers() {
        if (subscribers == null) {
            subscribers = new SubscriberRepository(this);
        }
        return subscribers;
    }

    public StaffRepository staff() {
        if (staff == null) {
            staff = new StaffRepository(this);
        }
        return staff;
    }

    public SettingsRepository settings() {
        if (settings == null) {
            settings = new SettingsRepository(this);
        }
        return settings;
    }

    public CommentRuleRepository commentRules() {
        if (commentRules == null) {
            commentRules = new CommentRuleRepository(this);
        }
        return commentRules;
    }

    public WritingRepository writing() {
        if (writing == null) {
            writing = new WritingRepository(this);
        }
        return writing;
    }

    /** A shared newsroom's staff logins; a newsroom file has none (its roles are Newsdesk's alone). */
    public com.newsdesk.storage.postgres.ServerLogins logins() {
        if (dialect != Dialect.POSTGRES) {
            throw new IllegalStateException("a newsroom file has no server logins");
        }
        return new com.newsdesk.storage.postgres.ServerLogins(connection);
    }

    public OfflineRepository offline() {
        if (offline == null) {
            offline = new OfflineRepository(this);
        }
        return offline;
    }

    public SiteRepository sites() {
        if (sites == null) {
            sites = new SiteRepository(this);
        }
        return sites;
    }

    public AuditRepository audit() {
        if (audit == null) {
            audit = new AuditRepository(this);
        }
        return audit;
    }

    /**
     * Defers foreign-key checks to the end of this write transaction, so records may arrive in any order (a reply
     * before its parent); {@link #foreignKeyViolations()} lists what is still unresolved before commit.
     */
    public void deferForeignKeys() {
        run(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(dialect == Dialect.SQLITE ? "PRAGMA defer_foreign_keys = ON"
                        : "SET CONSTRAINTS ALL DEFERRED");
            }
            return null;
        });
    }

    /**
     * Runs a bulk load into empty tables with their non-unique indexes dropped, then builds those indexes again in
     * one pass each: a sort is much faster than a million scattered index inserts. Unique indexes stay, so
     * duplicates are still caught row by row. The index definitions come from the schema itself.
     */
    public <T> T withIndexesBuiltAfter(java.util.function.Supplier<T> load) {
        return withIndexesBuiltAfter(null, load);
    }

    /** As above, for one table only (null: every table): a load into one empty table leaves the others' indexes. */
    public <T> T withIndexesBuiltAfter(String onlyTable, java.util.function.Supplier<T> load) {
        if (dialect == Dialect.POSTGRES) {
            return load.get(); // the server's indexes and triggers stay: other seats read the newsroom meanwhile
        }
        List<String[]> dropped = run(() -> {
            List<String[]> indexes = new ArrayList<>();
            // The count and search-index triggers go too: one recount and one index rebuild at the end beat two
            // million trigger runs.
            try (PreparedStatement statement = connection.prepareStatement("""
                            SELECT name, sql, type FROM sqlite_schema
                             WHERE ((type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%')
                                    OR (type = 'trigger' AND (name LIKE '%\\_count\\_%' ESCAPE '\\'
                                                              OR name LIKE '%\\_search\\_%' ESCAPE '\\')))
                               AND (? IS NULL OR tbl_name = ?)
                            """)) {
                statement.setString(1, onlyTable);
                statement.setString(2, onlyTable);
                ResultSet rows = statement.executeQuery();
                while (rows.next()) {
                    indexes.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
                rows.close();
            }
            try (Statement statement = connection.createStatement()) {
                for (String[] index : indexes) {
                    statement.execute("DROP " + index[2].toUpperCase() + " " + index[0]);
                }
            }
            return indexes;
        });
        T result = load.get();
        run(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("""
                        DELETE FROM status_counts;
                        INSERT INTO status_counts (table_name, status, n)
                            SELECT 'comments', status, count(*) FROM comments GROUP BY status;
                        INSERT INTO status_counts (table_name, status, n)
                            SELECT 'subscribers', status, count(*) FROM subscribers GROUP BY status;
                        """);
                java.util.Set<String> searchIndexes = new java.util.TreeSet<>();
                for (String[] index : dropped) {
                    int search = index[0].indexOf("_search_");
                    if (index[2].equals("trigger") && search > 0) {
                        searchIndexes.add(index[0].substring(0, search + "_search".length()));
                    }
                }
                for (String search : searchIndexes) { // e.g. subscribers_search, read again from its table
                    statement.execute("INSERT INTO " + search + " (" + search + ") VALUES ('rebuild')");
                }
                for (String[] index : dropped) {
                    statement.execute(index[1]);
                }
            }
            return null;
        });
        return result;
    }

    /** Rows whose foreign keys point nowhere, as (table, rowid, referenced table). */
    public List<ForeignKeyViolation> foreignKeyViolations() {
        if (dialect == Dialect.POSTGRES) {
            return com.newsdesk.storage.postgres.ServerErrors.foreignKeyViolations(connection);
        }
        return run(() -> {
            List<ForeignKeyViolation> violations = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next() && violations.size() < 100) {
                    violations.add(new ForeignKeyViolation(rows.getString(1), rows.getLong(2), rows.getString(3)));
                }
            }
            return violations;
        });
    }

    public record ForeignKeyViolation(String table, long rowId, String referencedTable) {}

    /** SQLite's own check of the file: ["ok"] when sound. */
    public List<String> integrityCheck() {
        if (dialect == Dialect.POSTGRES) {
            return List.of("ok"); // pages and their checksums are the server's to keep; its own amcheck examines them
        }
        return Queries.list(this, "PRAGMA integrity_check", Queries.NONE, row -> row.getString(1));
    }

    int userVersion() {
        if (dialect == Dialect.POSTGRES) {
            return (int) Queries.count(this, "SELECT version FROM newsdesk_schema", Queries.NONE);
        }
        return run(() -> Database.pragmaInt(connection, "user_version"));
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = prepared(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** The connection itself, for what JDBC does not cover (the server's COPY). */
    java.sql.Connection connection() {
        return connection;
    }

    /** A statement for a query that is streamed: not cached, the caller closes it. */
    PreparedStatement prepareUncached(String sql) throws SQLException {
        return prepared(sql);
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        return dialect == Dialect.POSTGRES ? com.newsdesk.storage.postgres.TextWithoutNul.wrap(statement) : statement;
    }

    void closeStatements() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing: the transaction's outcome is decided elsewhere
            }
        }
        statements.clear();
    }

    @FunctionalInterface
    interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** Runs JDBC code, turning its checked errors into {@link StorageException}s with a readable message. */
    static <T> T run(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            StorageException error = Database.translate(e, "Database error");
            error.unplaced = true; // the transaction's runner says which newsroom (Database.placed)
            throw error;
        }
    }
}
