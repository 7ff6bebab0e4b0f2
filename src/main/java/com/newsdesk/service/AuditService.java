package com.newsdesk.service;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.Permission;
import com.newsdesk.io.AuditJsonWriter;
import com.newsdesk.storage.Database;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Reading the audit trail: Admins read everyone's, everyone else only their own. */
public final class AuditService {
    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public AuditService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    public List<AuditEntry> entries(Actor actor, AuditFilter filter, int limit) {
        AuditFilter allowed = allowed(actor, filter);
        return database.read(tx -> tx.audit().find(allowed, limit));
    }

    /** Streams the matching entries as JSON, oldest first; the export itself is audited. Returns the count. */
    public long export(Actor actor, AuditFilter filter, OutputStream out) {
        AuditFilter allowed = allowed(actor, filter);
        long written = database.read(tx -> {
            AuditJsonWriter writer = new AuditJsonWriter(out, com.newsdesk.domain.Timestamps.now(clock));
            long[] count = {0};
            tx.audit().forEach(allowed, entry -> {
                writer.entry(entry);
                count[0]++;
            });
            writer.finish();
            return count[0];
        });
        database.write(tx -> {
            audit.record(tx, actor, "audit.export", null, null, written + " entries");
            return null;
        });
        return written;
    }

    public long exportTo(Actor actor, AuditFilter filter, OutputTarget target) {
        return GuardedWriter.write(database.file(), target, out -> export(actor, filter, out));
    }

    private static AuditFilter allowed(Actor actor, AuditFilter filter) {
        return actor.can(Permission.READ_FULL_AUDIT) ? filter : filter.withActor(actor.username());
    }
}
