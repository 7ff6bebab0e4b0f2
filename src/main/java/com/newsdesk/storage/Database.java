package com.newsdesk.storage;

import com.newsdesk.domain.document.DocumentCodec;
import com.newsdesk.storage.postgres.ServerErrors;
import com.newsdesk.storage.postgres.ServerPool;
import com.newsdesk.storage.postgres.ServerSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One newsroom: its own SQLite file, or a database on a PostgreSQL server that many seats share (issue 15).
 * On a file, writes go through a single connection, one transaction at a time; reads use a small pool of their own
 * connections, so a long export or a page query never waits for a write (WAL). On a server, connections come from a
 * small pool; write transactions take one newsroom-wide lock, so that they follow one another exactly as on a file
 * (decision 0013), and reads see one snapshot each (repeatable read), as on a file.
 */
public final class Database implements AutoCloseable {
    /** Marks the file as Newsdesk's ("NDSK"), so a foreign SQLite file is never migrated. */
    static final int APPLICATION_ID = 0x4E44534B;
    private static final int READERS = 3;
    /** How long a write waits for another process's write to finish; {@code newsdesk.busyTimeoutMs} for tests. */
    private static final int BUSY_TIMEOUT_MS = Integer.getInteger("newsdesk.busyTimeoutMs", 10_000);
    /**
     * Each connection's own page cache (a writer and three readers). The operating system caches the file already;
     * 16 MB each held 37 MB more in a window that had visited every desk of a million-row newsroom, for no faster desk.
     */
    private static final int NORMAL_CACHE_KB = 4_000;
    /** Bulk writes touch indexes all over the file; a bigger page cache keeps them in memory (freed after). */
    private static final int BULK_CACHE_KB = 64_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public enum OpenMode {
        /** Create the file when it does not exist. */
        CREATE,
        /** Refuse a missing file instead of creating an empty newsroom. */
        EXISTING
    }

    private final Path file;
    private final NewsroomAddress.Server server;
    private final com.zaxxer.hikari.HikariDataSource pool;
    /** The server login's password, kept in memory for PostgreSQL's own backup tools; null for a file. */
    private final String serverPassword;
    /** This seat's name on the server (its connections' application name), so that it knows its own changes. */
    private final String seat;
    private final DocumentCodec codec;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private int openedReaders;
    private volatile boolean closed;
    /** Write transactions committed through this object: automatic backups skip a newsroom nobody changed. */
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    private Database(Path file, DocumentCodec codec, Connection writer) {
        this.file = file;
        this.server = null;
        this.pool = null;
        this.serverPassword = null;
        this.seat = null;
        this.codec = codec;
        this.writer = writer;
    }

    private Database(NewsroomAddress.Server server, com.zaxxer.hikari.HikariDataSource pool, String password,
            String seat, DocumentCodec codec) {
        this.file = null;
        this.server = server;
        this.pool = pool;
        this.serverPassword = password;
        this.seat = seat;
        this.codec = codec;
        this.writer = null;
    }

    /** Opens the newsroom at a file or on a server; {@code env} gives a server's password (PGPASSWORD, ~/.pgpass). */
    public static Database open(NewsroomAddress address, OpenMode mode, DocumentCodec codec,
            java.util.Map<String, String> env) {
        if (address instanceof NewsroomAddress.Server shared) {
            return openServer(shared, mode, codec, env);
        }
        return open(((NewsroomAddress.File) address).path(), mode, codec);
    }

    private static Database openServer(NewsroomAddress.Server server, OpenMode mode, DocumentCodec codec,
            java.util.Map<String, String> env) {
        String password = ServerPool.password(server, env);
        String seat = "Newsdesk " + java.util.HexFormat.of().toHexDigits(new java.security.SecureRandom().nextInt());
        com.zaxxer.hikari.HikariDataSource pool = ServerPool.open(server, password, seat);
        try {
            try (Connection connection = pool.getConnection()) {
                ServerSchema.prepare(connection, server, mode == OpenMode.CREATE, Migrations.latestVersion());
            }
            return new Database(server, pool, password, seat, codec);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e instanceof StorageException se ? se : translate(e, "Could not open " + server.describe());
        }
    }

    /** The engine the newsroom lives in. */
    public Dialect dialect() {
        return server == null ? Dialect.SQLITE : Dialect.POSTGRES;
    }

    /** Whether this is a shared newsroom on a server (no file of its own). */
    public boolean isShared() {
        return server != null;
    }

    /** The PostgreSQL login this seat connected as; null for a newsroom file. */
    public String serverLogin() {
        return server == null ? null : server.user();
    }

    /** Where the newsroom lives, for messages: the file's path or the server and database. */
    public NewsroomAddress address() {
        return server != null ? server : new NewsroomAddress.File(file);
    }

    /** The newsroom's title where a file wants one (a WordPress export's site): the file's or the database's name. */
    public String title() {
        return server != null ? server.database() : file.getFileName().toString();
    }

    /** The newsroom's short name for messages: its file name, or the database on its server. */
    public String name() {
        return server != null ? server.describe() : file.getFileName().toString();
    }

    public static Database open(Path file, OpenMode mode, DocumentCodec codec) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean exists = Files.exists(absolute);
        if (!exists && mode == OpenMode.EXISTING) {
            throw new StorageException("There is no newsroom database at " + absolute
                    + ". Create one with 'newsdesk init --db " + absolute + "'.");
        }
        if (exists) {
            checkLooksLikeSqlite(absolute);
        } else {
            createOwnerOnlyFile(absolute);
        }
        Connection connection = connect(absolute);
        try {
            checkBelongsToNewsdesk(connection, absolute);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
            }
            migrate(connection);
            return new Database(absolute, codec, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof StorageException se ? se : translate(e, "Could not open " + absolute);
        }
    }

    /**
     * Removes a newsroom file a command made for work that did not happen, with SQLite's files beside it; quietly (an
     * empty newsroom file left behind holds nothing).
     */
    public static void deleteMadeFile(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (java.io.IOException ignored) {
                // nothing in it to protect: the work it was made for never wrote there
            }
        }
    }

    /** The newsroom's file; null for a shared newsroom on a server. */
    public Path file() {
        return file;
    }

    /** The schema version of the open file: the number of migrations applied. */
    public int schemaVersion() {
        return read(tx -> tx.userVersion());
    }

    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    /** Runs work in one write transaction: committed when it returns, rolled back entirely when it throws. */
    public <T> T write(TransactionWork<T> work) {
        if (pool != null) {
            return inServerTransaction(work, true, true);
        }
        lockForWriting();
        try {
            return inWriteTransaction(work, true);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * As {@link #write}, for work that writes many thousands of rows (imports, the sample newsroom): the page cache
     * grows for its length, so index updates stay in memory instead of spilling to disk mid-transaction.
     */
    public <T> T bulkWrite(TransactionWork<T> work) {
        return bulkWrite(work, true);
    }

    /**
     * Runs the work exactly as {@link #bulkWrite} would, then rolls it back: a dry run that cannot disagree with the
     * real one, because it is the real one, undone.
     */
    public <T> T bulkRehearse(TransactionWork<T> work) {
        return bulkWrite(work, false);
    }

    private <T> T bulkWrite(TransactionWork<T> work, boolean commit) {
        if (pool != null) {
            return inServerTransaction(work, true, commit);
        }
        lockForWriting();
        try {
            setCacheSize(BULK_CACHE_KB);
            return inWriteTransaction(work, commit);
        } finally {
            setCacheSize(NORMAL_CACHE_KB);
            writeLock.unlock();
        }
    }

    private void lockForWriting() {
        checkOpen();
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("write transactions do not nest");
        }
        writeLock.lock();
    }

    private <T> T inWriteTransaction(TransactionWork<T> work, boolean commit) {
        Transaction tx = new Transaction(writer, codec, Dialect.SQLITE);
        try {
            execute(writer, "BEGIN IMMEDIATE");
            T result = work.run(tx);
            tx.closeStatements();
            execute(writer, commit ? "COMMIT" : "ROLLBACK");
            if (commit) {
                commits.incrementAndGet();
            }
            return result;
        } catch (SQLException e) {
            throw translate(e, "Could not save to " + file.getFileName());
        } catch (StorageException e) {
            throw placed(e, "Could not save to " + file.getFileName());
        } finally {
            tx.closeStatements();
            rollback(writer); // a no-op after COMMIT; undoes everything after a failure
        }
    }

    private void setCacheSize(int kilobytes) {
        try {
            execute(writer, "PRAGMA cache_size = -" + kilobytes);
        } catch (SQLException e) {
            throw translate(e, "Could not prepare " + file.getFileName());
        }
    }

    /**
     * After an erasure: moves every change into the file and empties the write-ahead log, whose older frames still
     * hold the deleted rows as they were. Another process reading at that moment keeps the log alive; then it is
     * emptied at the next checkpoint instead.
     */
    public void purgeErasedContent() {
        if (pool != null) {
            ServerPool.vacuumErased(pool, server);
            return;
        }
        lockForWriting();
        try {
            execute(writer, "PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw translate(e, "Could not finish the erasure in " + file.getFileName());
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Tells {@code listener} (on a thread of its own) which tables other seats changed, within a moment of each commit:
     * {@code "comments"}, {@code "articles"}, … or {@code "*"} after the server was out of reach. A newsroom file has no
     * other seats to hear (its other processes are seen at the next reload). Close the handle to stop.
     */
    public AutoCloseable watchChanges(java.util.function.Consumer<java.util.Set<String>> listener) {
        checkOpen();
        if (server == null) {
            return () -> { };
        }
        return new com.newsdesk.storage.postgres.ServerChanges(server, serverPassword, seat, listener);
    }

    /** A shared newsroom's whole database as a pg_dump archive (custom format), streamed into {@code out}. */
    public void dumpTo(java.io.OutputStream out) {
        checkOpen();
        if (server == null) {
            throw new IllegalStateException("a newsroom file is backed up with backupTo");
        }
        com.newsdesk.storage.postgres.ServerDump.dump(server, serverPassword, out);
    }

    /**
     * After a load of many rows into a shared newsroom: the server's planner learns the tables' new sizes now rather
     * than when autovacuum gets to them (until then it may choose a plan made for empty tables).
     */
    public void refreshStatistics() {
        refreshStatistics(false);
    }

    /**
     * As {@link #refreshStatistics()}; {@code whole} also vacuums (after a copy of a whole newsroom), so that
     * index-only reads work at once instead of after autovacuum's visit. A login that owns no table only analyzes.
     */
    public void refreshStatistics(boolean whole) {
        if (pool == null) {
            return; // SQLite plans without them here, and PRAGMA optimize at close keeps what it needs
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(whole ? "VACUUM (ANALYZE)" : "ANALYZE");
        } catch (SQLException e) {
            throw translate(e, "Could not update the planner's statistics on " + server.describe());
        }
    }

    /** How many write transactions this object has committed since it was opened. */
    public long commitCount() {
        return commits.get();
    }

    /**
     * Writes a consistent, compact copy of the newsroom to {@code target}, complete or absent: SQLite's
     * {@code VACUUM INTO} writes a partial file from one read snapshot (writers carry on), which is synced and then
     * renamed. Readable by the owner only, like the newsroom.
     */
    public void backupTo(Path target) {
        checkOpen();
        if (pool != null) {
            throw new StorageException("A shared newsroom is backed up on its server, with PostgreSQL's own tools"
                    + " (pg_dump; point-in-time recovery is the server's job): " + server.describe() + ".");
        }
        Path absolute = target.toAbsolutePath().normalize();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(partial); // VACUUM INTO writes only into a file that does not exist
            Connection reader = borrowReader();
            try (java.sql.PreparedStatement vacuum = reader.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            } finally {
                idleReaders.add(reader);
            }
            restrictToOwner(partial);
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(partial,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true); // VACUUM INTO does not sync its output; a backup must survive a power cut
            }
            Files.move(partial, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw translate(e, "Could not back up " + file.getFileName() + " to " + absolute);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StorageException("Could not back up " + file.getFileName() + " to " + absolute + ": "
                    + describe(e), e);
        }
    }

    /**
     * Replaces the whole newsroom with a checked backup ({@link BackupInspector#inspect}) through SQLite's online backup:
     * one write transaction, so this and every other process sees the old newsroom or the restored one, never a mix.
     * A backup from an older Newsdesk is then migrated.
     */
    public void restoreFrom(com.newsdesk.domain.BackupFile backup) {
        if (pool != null) {
            throw new StorageException("A newsroom file's backup cannot be restored into a shared newsroom ("
                    + server.describe() + "); the server's own backups are restored with pg_restore.");
        }
        lockForWriting();
        try {
            int status = writer.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .restore("main", backup.file().toString(), null);
            if (status != org.sqlite.core.Codes.SQLITE_OK) {
                throw new StorageException("Could not restore " + backup.file() + " into " + file.getFileName()
                        + ": SQLite answered " + SQLiteErrorCode.getErrorCode(status) + "; the newsroom is unchanged.");
            }
            execute(writer, "PRAGMA journal_mode = WAL");
            migrate(writer);
            commits.incrementAndGet();
        } catch (SQLException e) {
            throw translate(e, "Could not restore " + backup.file() + " into " + file.getFileName());
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs work in one read transaction: it sees one consistent snapshot, however long it takes. */
    public <T> T read(TransactionWork<T> work) {
        checkOpen();
        if (pool != null) {
            return inServerTransaction(work, false, false);
        }
        Connection reader = borrowReader();
        Transaction tx = new Transaction(reader, codec, Dialect.SQLITE);
        try {
            execute(reader, "BEGIN");
            return work.run(tx);
        } catch (SQLException e) {
            throw translate(e, "Could not read " + file.getFileName());
        } catch (StorageException e) {
            throw placed(e, "Could not read " + file.getFileName());
        } finally {
            tx.closeStatements();
            rollback(reader);
            idleReaders.add(reader);
        }
    }

    /**
     * Runs work in {@code count} read transactions that see one and the same snapshot, for work read on several
     * threads at once (each transaction on one thread at a time). On a newsroom file the snapshots are taken while
     * the write lock is held, so no commit can fall between them; a shared newsroom gets one transaction.
     */
    public <T> T readTogether(int count, java.util.function.Function<List<Transaction>, T> work) {
        checkOpen();
        if (pool != null || count <= 1) {
            return read(tx -> work.apply(List.of(tx)));
        }
        int readers = Math.min(count, READERS);
        List<Connection> borrowed = new ArrayList<>();
        List<Transaction> transactions = new ArrayList<>();
        try {
            borrowed.add(borrowReader());
            for (int i = 1; i < readers; i++) { // more only when free now: two callers never wait on each other
                Connection more = tryBorrowReader();
                if (more == null) {
                    break;
                }
                borrowed.add(more);
            }
            lockForWriting();
            try {
                execute(writer, "BEGIN IMMEDIATE"); // other processes' commits wait too
                try {
                    for (Connection reader : borrowed) {
                        execute(reader, "BEGIN");
                        try (Statement statement = reader.createStatement();
                                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                            rows.next(); // a read transaction takes its snapshot at its first read
                        }
                        transactions.add(new Transaction(reader, codec, Dialect.SQLITE));
                    }
                } finally {
                    rollback(writer);
                }
            } finally {
                writeLock.unlock();
            }
            return work.apply(transactions);
        } catch (SQLException e) {
            throw translate(e, "Could not read " + file.getFileName());
        } catch (StorageException e) {
            throw placed(e, "Could not read " + file.getFileName());
        } finally {
            transactions.forEach(Transaction::closeStatements);
            for (Connection reader : borrowed) {
                rollback(reader);
                idleReaders.add(reader);
            }
        }
    }

    /**
     * One transaction on the server. A write first takes the newsroom's lock (held to its end), so writes from every
     * seat follow one another as on a file; a read sees one snapshot.
     */
    private <T> T inServerTransaction(TransactionWork<T> work, boolean write, boolean commit) {
        checkOpen();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(write ? Connection.TRANSACTION_READ_COMMITTED
                    : Connection.TRANSACTION_REPEATABLE_READ);
            Transaction tx = new Transaction(connection, codec, Dialect.POSTGRES);
            try {
                if (write) {
                    try (Statement statement = connection.createStatement()) {
                        // As SQLite's busy timeout: wait for another seat's write, but not for ever.
                        statement.execute("SET LOCAL lock_timeout = " + BUSY_TIMEOUT_MS);
                        statement.execute("SELECT pg_advisory_xact_lock(" + APPLICATION_ID + ")");
                        statement.execute("SET LOCAL lock_timeout = 0");
                    }
                }
                T result = work.run(tx);
                tx.closeStatements();
                if (commit) {
                    connection.commit();
                    commits.incrementAndGet();
                } else {
                    connection.rollback();
                }
                return result;
            } finally {
                tx.closeStatements();
                if (!connection.getAutoCommit()) {
                    try {
                        connection.rollback(); // a no-op after COMMIT; undoes everything after a failure
                    } catch (SQLException ignored) {
                        // the connection is gone: the server has rolled the transaction back itself
                    }
                }
            }
        } catch (SQLException e) {
            throw translate(e, (write ? "Could not save to " : "Could not read ") + server.describe());
        } catch (StorageException e) {
            throw placed(e, (write ? "Could not save to " : "Could not read ") + server.describe());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pool != null) {
            pool.close();
            return;
        }
        writeLock.lock();
        try {
            synchronized (allReaders) {
                allReaders.forEach(Database::closeQuietly);
            }
            try (Statement statement = writer.createStatement()) {
                statement.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // optimizing is a courtesy; closing must not fail because of it
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private Connection borrowReader() {
        Connection free = tryBorrowReader();
        if (free != null) {
            return free;
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for the database", e);
        }
    }

    /** An idle reader, or a new one while fewer than the limit are open; null when all are busy. */
    private Connection tryBorrowReader() {
        Connection idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        synchronized (allReaders) {
            if (openedReaders < READERS) {
                Connection connection = connect(file);
                openedReaders++;
                allReaders.add(connection);
                return connection;
            }
        }
        return null;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the database " + name() + " is closed");
        }
    }

    private static Connection connect(Path file) {
        try {
            java.util.Properties properties = new java.util.Properties();
            // The driver would run "SELECT last_insert_rowid()" after every insert; repositories ask only when needed.
            properties.setProperty("jdbc.get_generated_keys", "false");
            // The driver itself rather than DriverManager, whose first use loads every JDBC driver on the class path
            // (PostgreSQL's too) through a service lookup: about 15 ms of a command's start.
            Connection connection = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file, properties);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                statement.execute("PRAGMA foreign_keys = ON");
                statement.execute("PRAGMA synchronous = NORMAL");
                statement.execute("PRAGMA cache_size = -" + NORMAL_CACHE_KB);
                statement.execute("PRAGMA temp_store = MEMORY");
                // Deleted rows are overwritten with zeros, so an erased person is not left in freed pages.
                statement.execute("PRAGMA secure_delete = ON");
            }
            return connection;
        } catch (SQLException e) {
            throw translate(e, "Could not open " + file);
        }
    }

    static void checkLooksLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length == 0) {
                return; // an empty file is an empty database to SQLite
            }
            if (!java.util.Arrays.equals(header, SQLITE_HEADER)) {
                throw new StorageException(file + " is not a Newsdesk database: it is not an SQLite file.");
            }
        } catch (IOException e) {
            throw new StorageException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** What went wrong with a file, in words: Java's messages for these are often the bare path. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way at " + e.getMessage() + " (a folder is needed there)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied at " + e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        return e.getMessage();
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a partial file left behind is named .partial and never taken for a backup
        }
    }

    private static void createOwnerOnlyFile(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new StorageException("Could not create " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkBelongsToNewsdesk(Connection connection, Path file) throws SQLException {
        int applicationId = pragmaInt(connection, "application_id");
        int version = pragmaInt(connection, "user_version");
        int tables = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            tables = rows.next() ? rows.getInt(1) : 0;
        }
        if (applicationId != APPLICATION_ID && (tables > 0 || version != 0)) {
            throw new StorageException(file + " is an SQLite database, but not a Newsdesk one; it was left untouched.");
        }
        if (version > Migrations.latestVersion()) {
            throw new StorageException(file + " was written by a newer Newsdesk (schema " + version
                    + "; this Newsdesk knows up to schema " + Migrations.latestVersion()
                    + "). Update Newsdesk to open it; the file was left untouched.");
        }
    }

    private static void migrate(Connection connection) throws SQLException {
        if (pragmaInt(connection, "user_version") >= Migrations.latestVersion()) {
            return; // up to date: no write transaction at all (the usual open)
        }
        for (int version = 1; version <= Migrations.latestVersion(); version++) {
            execute(connection, "BEGIN IMMEDIATE");
            try {
                // Checked inside the transaction: another process may have migrated meanwhile.
                if (pragmaInt(connection, "user_version") < version) {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate(Migrations.script(version));
                        statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                        statement.execute("PRAGMA user_version = " + version);
                    }
                }
                execute(connection, "COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            }
        }
    }

    static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void rollback(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open (SQLite may already have rolled back): nothing to undo
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing left to save
        }
    }

    /** Turns a driver error into a message that says what happened in newsroom terms. */
    /**
     * An error raised inside a transaction's work in the words of the transaction that ran it, which knows the
     * newsroom: "Could not read postgresql://host/news: the server could not be reached…", not "Database error: …".
     */
    private static StorageException placed(StorageException e, String context) {
        return e.unplaced && e.getCause() instanceof SQLException cause ? translate(cause, context) : e;
    }

    static StorageException translate(Exception e, String context) {
        if (e instanceof SQLException sql && !(e instanceof SQLiteException)
                && (sql.getSQLState() != null || e instanceof java.sql.SQLTransientConnectionException)) {
            return ServerErrors.translate(sql, context);
        }
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new StorageException(context + ": another program is writing to the newsroom and did not "
                        + "finish within " + Math.max(1, BUSY_TIMEOUT_MS / 1000) + " seconds. Try again in a moment.", e);
            }
            if (name.startsWith("SQLITE_CONSTRAINT")) {
                return new ConstraintViolationException(context, sqlite.getMessage(), e);
            }
            if (name.startsWith("SQLITE_NOTADB")) {
                return new StorageException(context + ": the file is not a database.", e);
            }
            if (name.startsWith("SQLITE_CORRUPT")) {
                return new StorageException(context + ": the database file is damaged. Restore it from a backup.", e);
            }
            if (name.startsWith("SQLITE_FULL")) {
                return new StorageException(context + ": the disk is full. Nothing of this change was saved.", e);
            }
            if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN")
                    || name.startsWith("SQLITE_PERM")) {
                return new StorageException(context + ": the file cannot be written (check its permissions).", e);
            }
            if (name.startsWith("SQLITE_IOERR")) { // on a full disk, the journal or shared-memory file cannot grow
                return new StorageException(context + ": the disk could not be written (is it full, or failing?)."
                        + " Nothing was changed.", e);
            }
            if (name.startsWith("SQLITE_TOOBIG")) {
                return new StorageException(context + ": a value is larger than the newsroom can hold. Nothing was"
                        + " changed.", e);
            }
        }
        return new StorageException(context + ": the database could not do this. Nothing was changed.", e, true);
    }
}
