package com.newsdesk.service;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.BackupFile;
import com.newsdesk.storage.BackupInspector;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rolling backups of the newsroom in a {@code backups} folder beside it: one when the newsroom opens, then one every
 * N minutes in which something was saved, keeping the newest K (both settings); "back up now"; and restore, which
 * checks the file first and backs up the current newsroom before replacing it.
 */
public final class BackupService {
    public static final int DEFAULT_KEEP = 10;
    public static final int DEFAULT_EVERY_MINUTES = 30;
    static final String KEEP_KEY = "backup.keep";
    static final String EVERY_KEY = "backup.everyMinutes";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** How many backups to keep and how often to make one while people work. */
    public record Policy(int keep, int everyMinutes) {
        public Policy {
            if (keep < 1 || keep > 1000) {
                throw new InvalidInputException("keep", "must be between 1 and 1000 backups");
            }
            if (everyMinutes < 1 || everyMinutes > 24 * 60) {
                throw new InvalidInputException("every", "must be between 1 and 1440 minutes");
            }
        }
    }

    /** What a restore did: the file restored and where the newsroom as it was went (null when it was empty). */
    public record Restored(BackupFile from, Path previousSavedTo) {}

    /** Who the audit trail names for the backups nobody asked for. */
    private static final Actor SYSTEM = Actor.owner("newsdesk");
    private final Database database;
    private final Clock clock;
    private final Audit audit;
    private Instant lastBackupAt;
    private long commitsAtLastBackup = -1;

    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /**
     * The folder of rolling backups: {@code backups} beside the newsroom file. A shared newsroom has none: its server
     * keeps its backups (pg_dump, point-in-time recovery), so the seat's data folder holds an empty one.
     */
    public Path folder() {
        return database.isShared() ? com.newsdesk.storage.DataLocation.dataFolder(System.getenv()).resolve("backups")
                : database.file().resolveSibling("backups");
    }

    public Policy policy() {
        return database.read(tx -> new Policy(
                tx.settings().get(KEEP_KEY).map(Integer::parseInt).orElse(DEFAULT_KEEP),
                tx.settings().get(EVERY_KEY).map(Integer::parseInt).orElse(DEFAULT_EVERY_MINUTES)));
    }

    public void setPolicy(Actor actor, Policy policy) {
        actor.require(Permission.FULL_TRANSFER);
        database.write(tx -> {
            tx.settings().put(KEEP_KEY, Integer.toString(policy.keep()));
            tx.settings().put(EVERY_KEY, Integer.toString(policy.everyMinutes()));
            audit.record(tx, actor, "backup.policy", null, null, "keep " + policy.keep() + ", every "
                    + policy.everyMinutes() + " minutes");
            return null;
        });
    }

    /** A backup into the rolling folder, then the oldest beyond the policy's count removed. */
    public synchronized Path backUpNow(Actor actor) {
        actor.require(Permission.FULL_TRANSFER);
        if (database.isShared()) { // a pg_dump archive in the seat's backups folder, named for the database
            Path target = folder().resolve(database.title() + "-" + STAMP.format(clock.instant()) + "-manual.dump");
            try {
                java.nio.file.Files.createDirectories(folder());
            } catch (java.io.IOException e) {
                throw new RefusedException("Cannot make the backups folder " + folder() + ": " + e.getMessage());
            }
            return backUpTo(actor, target);
        }
        return rolling(actor, "manual");
    }

    /** A backup to a file of the user's choosing (outside the rolling set, never removed). */
    public Path backUpTo(Actor actor, Path target) {
        actor.require(Permission.FULL_TRANSFER);
        if (database.isShared()) { // PostgreSQL's pg_dump, streamed through the guarded writer: whole or absent
            GuardedWriter.write(null, target, out -> {
                database.dumpTo(out);
                return null;
            });
            recordBackup(actor, target);
            return target.toAbsolutePath().normalize();
        }
        var checked = GuardedWriter.check(database.file(), target, GuardedWriter.Replacing.ANY_BUT_THE_NEWSROOM);
        if (checked instanceof GuardedWriter.Device) {
            throw new RefusedException("Cannot back up to " + target.toAbsolutePath() + ": a backup is a file, and"
                    + " that is a device or a pipe. Nothing was written.");
        }
        database.backupTo(checked.path());
        recordBackup(actor, target);
        return target.toAbsolutePath().normalize();
    }

    /** The backup taken when the newsroom opens (only when it holds something). */
    public synchronized Path atStart() {
        return database.isShared() || isEmpty() ? null : rolling(SYSTEM, "start");
    }

    /**
     * Called every minute or so while the window is open: backs up when the policy's interval has passed since the
     * last backup and something was saved since. Returns the new backup, or null.
     */
    public synchronized Path automaticIfDue() {
        if (database.isShared()) {
            return null; // the server's backups, not a seat's
        }
        long commits = database.commitCount();
        Instant now = clock.instant();
        if (commits == commitsAtLastBackup || lastBackupAt != null
                && Duration.between(lastBackupAt, now).toMinutes() < policy().everyMinutes()) {
            return null;
        }
        return rolling(SYSTEM, "auto");
    }

    /** The rolling backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(BackupService::isRollingBackup)
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder() + ": " + e.getMessage(), e);
        }
    }

    /** Checks a file offered for restore without changing anything; a refusal says what is wrong. */
    public BackupFile inspect(Path candidate) {
        return BackupInspector.inspect(candidate);
    }

    /**
     * Replaces the newsroom with a backup: the file is checked first, the current newsroom is backed up into the
     * rolling folder, then the backup is restored in one transaction (and migrated if it is older).
     */
    public synchronized Restored restore(Actor actor, Path candidate) {
        actor.require(Permission.FULL_TRANSFER);
        refuseOnAServer();
        BackupFile checked = BackupInspector.inspect(candidate);
        if (checked.file().equals(database.file())) {
            throw new InvalidInputException("file", "is the newsroom itself");
        }
        Path previous = isEmpty() ? null : rolling(actor, "before-restore");
        database.restoreFrom(checked);
        database.write(tx -> {
            audit.record(tx, actor, "restore", null, null, "from " + checked.file().getFileName() + " (schema "
                    + checked.schemaVersion() + ", " + checked.articles() + " articles, " + checked.comments()
                    + " comments, " + checked.subscribers() + " subscribers)" + (previous == null
                            ? "" : "; the newsroom before it is in " + previous.getFileName()));
            return null;
        });
        commitsAtLastBackup = -1; // the restored newsroom has not been backed up as such
        return new Restored(checked, previous);
    }

    private boolean isEmpty() {
        return database.read(tx -> tx.articles().count() + tx.comments().count(null) + tx.subscribers().count() == 0);
    }

    private Path rolling(Actor actor, String kind) {
        Path target = uniqueName(kind);
        database.backupTo(target);
        lastBackupAt = clock.instant();
        recordBackup(actor, target);
        commitsAtLastBackup = database.commitCount(); // the audit line is not work that needs a backup
        prune(policy().keep());
        return target;
    }

    /**
     * Restores a pg_dump archive of a shared newsroom into an empty database on a server (pg_restore, in one
     * transaction), then opens it to check it is a newsroom this Newsdesk knows. Returns it, open.
     */
    public static Database restoreOntoServer(com.newsdesk.storage.NewsroomAddress.Server server,
            java.util.Map<String, String> env, Path archive, com.newsdesk.domain.document.DocumentCodec codec) {
        com.newsdesk.service.input.InputFiles.check(archive, Long.MAX_VALUE, "pg_dump archive");
        if (!com.newsdesk.storage.postgres.ServerDump.isDump(archive)) {
            throw new RefusedException(archive + " is not a pg_dump archive. A newsroom file (or its backup) goes onto a"
                    + " server with 'newsdesk copy --from FILE --to URL'.");
        }
        String password = com.newsdesk.storage.postgres.ServerPool.password(server, env);
        long tables = com.newsdesk.storage.postgres.ServerSchema.tables(server, password);
        if (tables > 0) {
            throw new RefusedException(server.describe() + " is not empty (" + tables + " tables); a shared newsroom is"
                    + " restored only into an empty database, so nothing there is overwritten. Nothing was changed.");
        }
        com.newsdesk.storage.postgres.ServerDump.restore(server, password, archive);
        Database restored = Database.open(server, Database.OpenMode.EXISTING, codec, env);
        try {
            // A dump's grants name the groups of the database it came from: this one's are made and granted anew.
            restored.write(tx -> {
                tx.logins().prepareAll();
                return null;
            });
            return restored;
        } catch (RuntimeException e) {
            restored.close();
            throw e;
        }
    }

    private void refuseOnAServer() {
        if (database.isShared()) {
            throw new RefusedException("A shared newsroom is backed up with PostgreSQL's own pg_dump ('newsdesk backup"
                    + " --db URL') and restored with pg_restore into an empty database ('newsdesk restore --db URL"
                    + " FILE'); its rolling backups and point-in-time recovery are the server's: " + database.name()
                    + ".");
        }
    }

    private Path uniqueName(String kind) {
        refuseOnAServer();
        String stem = database.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String base = stem + "-" + STAMP.format(clock.instant()) + "-" + kind;
        Path target = folder().resolve(base + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder().resolve(base + "-" + n + ".db");
        }
        return target;
    }

    private void recordBackup(Actor actor, Path target) {
        database.write(tx -> {
            audit.record(tx, actor, "backup", null, null, "to " + target.getFileName());
            return null;
        });
    }

    private void prune(int keep) {
        List<Path> backups = list();
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // an old backup that cannot be removed now is tried again after the next backup
            }
        }
    }

    private static boolean isRollingBackup(Path path) {
        String name = path.getFileName().toString();
        return name.matches(".*-\\d{8}-\\d{6}-[a-z-]+(-\\d+)?\\.db");
    }
}
