package com.newsdesk.cli;

import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.service.AuditService;
import com.newsdesk.storage.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Print the audit trail, newest first (Admins see everyone's, others their own).")
final class AuditCommand implements Callable<Integer> {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Option(names = "--actor", paramLabel = "NAME", description = "Only what this person did.")
    String actor;
    @Option(names = "--since", paramLabel = "DATE", description = "Only from this day (2026-11-29) or time on.")
    String since;
    @Option(names = "--limit", defaultValue = "1000", description = "At most this many entries (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Write JSON (oldest first, every matching entry).")
    boolean json;

    AuditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        AuditFilter filter = new AuditFilter(actor, null, parseSince(since), null);
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            AuditService audit = newsroom.audit();
            var signedIn = newsroom.actor();
            if (json) {
                audit.export(signedIn, filter, context.stdout);
                return 0;
            }
            List<AuditEntry> entries = audit.entries(signedIn, filter, limit);
            for (AuditEntry entry : entries) {
                context.out.printf("%-24s %-16s %-22s %-12s %s%n", Timestamps.format(entry.at()), entry.actor(),
                        entry.action(), entry.recordType() == null ? "" : entry.recordType()
                                + (entry.recordId() == null ? "" : " " + entry.recordId()), entry.detail());
            }
        }
        return 0;
    }

    static Instant parseSince(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Timestamps.parse(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInputException("--since", "\"" + text + "\" is not a date (2026-11-29) or an ISO-8601 time");
        }
    }
}
