package com.newsdesk.domain;

import java.time.Instant;

/** Which audit entries to show: by actor, action and time; null means any. */
public record AuditFilter(String actor, String action, Instant since, Instant until) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    public AuditFilter withActor(String onlyActor) {
        return new AuditFilter(onlyActor, action, since, until);
    }
}
