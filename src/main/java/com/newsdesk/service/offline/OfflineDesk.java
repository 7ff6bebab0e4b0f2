package com.newsdesk.service.offline;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.offline.OfflineCopy;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Offline work as the window does it, for the newsroom the window has open. */
public final class OfflineDesk {
    private final Database database;
    private final OfflineService offline;
    private final Path folder;

    /** {@code folder}: where offline copies go unless the seat chooses (the seat's data folder). */
    public OfflineDesk(Database database, Clock clock, Path folder) {
        this.database = database;
        this.offline = new OfflineService(clock);
        this.folder = folder;
    }

    /** An offline copy as its banner tells it: where from, by whom and when, and how much it holds. */
    public record Held(OfflineCopy copy, long articles, long comments) {}

    /** The offline copy this newsroom file holds (shown as a banner, with Bring back), if any. */
    public Optional<Held> copy() {
        if (database.isShared()) {
            return Optional.empty();
        }
        return database.read(tx -> tx.offline().copy().map(copy -> {
            long[] counts = tx.offline().takenCounts();
            return new Held(copy, counts[0], counts[1]);
        }));
    }

    /** Whether this newsroom can be taken from: not itself an offline copy (a copy of a copy never goes home). */
    public boolean canTakeFrom() {
        return copy().isEmpty();
    }

    /** Where an offline copy goes unless the seat chooses: a file beside the seat's other newsroom files. */
    public Path suggestedFile() {
        String name = database.isShared() ? database.title() : database.file().getFileName().toString()
                .replaceFirst("\\.db$", "");
        return folder.resolve("offline-" + name.replaceAll("[^\\p{L}\\p{N}_-]", "-")
                + ".db");
    }

    public OfflineService.Taken take(Actor actor, Path localFile, List<String> articles, int pending) {
        return offline.take(actor, database, localFile, articles, pending);
    }

    /** Brings this file's copy back; {@code env} gives the password for the server it came from. */
    public OfflineService.Returned bringBack(Map<String, String> env, TaskMonitor monitor) {
        return offline.bringBack(database, env, monitor);
    }

    /** Whether the copy came from a server (the window asks for the password the environment may not give). */
    public static boolean cameFromServer(OfflineCopy copy) {
        return copy.source().startsWith("postgresql://");
    }
}
