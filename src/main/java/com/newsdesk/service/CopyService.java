package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Permission;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomCopy;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Moves a whole newsroom between engines (a file onto a server, a server into a file): every table copied in one
 * transaction into an empty newsroom, then checked: the destination's JSON export must equal the source's, byte for
 * byte (both made at one instant), and every table must hold as many rows.
 */
public final class CopyService {
    private final Clock clock;

    public CopyService(Clock clock) {
        this.clock = clock;
    }

    public record Copied(Map<String, Long> rows, String sha256, List<String> loginsMade) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public String describe() {
            return String.format("Copied %,d rows (%,d articles, %,d comments, %,d subscribers) and checked: both"
                    + " newsrooms export the same JSON (SHA-256 %s…)", total(), rows.get("articles"), rows.get("comments"),
                    rows.get("subscribers"), sha256.substring(0, 16)) + (loginsMade.isEmpty() ? "" : ". The server now"
                    + " has a login for each staff account; " + String.join(", ", loginsMade) + " had none and cannot"
                    + " connect until given a password: the database administrator sets the first Admin's (psql:"
                    + " \\password NAME), who then resets the others' (staff reset-password)");
        }
    }

    public Copied copy(Actor actor, Database from, Database to, TaskMonitor monitor) {
        actor.require(Permission.FULL_TRANSFER);
        if (from.address().equals(to.address())) {
            throw new RefusedException("The source and the destination are the same newsroom (" + from.address().describe()
                    + "); nothing was copied.");
        }
        if (!NewsroomCopy.isEmpty(to)) {
            throw new RefusedException(to.address().describe() + " already holds a newsroom's data; a copy goes only"
                    + " into an empty newsroom. Nothing was copied.");
        }
        long total = NewsroomCopy.rowCounts(from).values().stream().mapToLong(Long::longValue).sum();
        long[] done = {0};
        long[] inTable = {0};
        String[] table = {""};
        NewsroomCopy.Copied copied = NewsroomCopy.copy(from, to, (name, copiedRows) -> {
            if (!name.equals(table[0])) {
                table[0] = name;
                inTable[0] = 0;
            }
            done[0] += copiedRows - inTable[0];
            inTable[0] = copiedRows;
            monitor.checkCancelled(); // a cancel rolls the whole copy back
            monitor.progress(done[0], total, "Copying " + name);
        });
        monitor.progress(total, total, "Checking the copy");
        Map<String, Long> source = NewsroomCopy.rowCounts(from);
        Map<String, Long> destination = NewsroomCopy.rowCounts(to);
        if (!source.equals(destination)) {
            throw new RefusedException("The copy in " + to.address().describe() + " does not hold what the source holds"
                    + " (rows per table " + destination + " against " + source + "); do not use it.");
        }
        Clock instant = Clock.fixed(Instant.now(clock), ZoneOffset.UTC);
        String before = digest(new TransferService(from, instant), actor, monitor);
        String after = digest(new TransferService(to, instant), actor, monitor);
        if (!before.equals(after)) {
            throw new RefusedException("The copy in " + to.address().describe() + " does not export as the source does"
                    + " (SHA-256 " + after + " against " + before + "); do not use it.");
        }
        return new Copied(copied.rows(), after, copied.loginsMade());
    }

    private static String digest(TransferService transfer, Actor actor, TaskMonitor monitor) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                transfer.export(actor, out, ExportScope.ALL, monitor);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
