package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Real newsroom files for tests, with a fixed clock. */
public final class TestNewsrooms {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    /** The owner of a one-person newsroom: may do everything. */
    public static final Actor OWNER = Actor.owner("tester");
    /** Cheap hashes keep tests fast; the production cost is checked in PasswordHasherTest. */
    public static final PasswordHasher FAST_HASHER = new PasswordHasher(1_000);

    private TestNewsrooms() {}

    /** The newsroom a test names by a file: that SQLite file, or (in the server run) its database on the server. */
    public static Database open(Path file) {
        if (TestServer.active()) {
            return TestServer.open(file);
        }
        return Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE);
    }

    public static Database sample(Path file, int articles, int comments, int subscribers) {
        Database db = open(file);
        new SampleNewsroom(db, CLOCK).fill(OWNER, new SampleNewsroom.Size(articles, comments, subscribers), 7,
                TaskMonitor.NONE);
        return db;
    }
}
