package com.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/** A staff account. Its password hash never leaves the storage and staff service layers. */
public record StaffMember(
        long id, String username, String displayName, Role role, boolean active, Instant createdAt, Instant updatedAt) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        displayName = Objects.requireNonNullElse(displayName, "");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Actor asActor() {
        return Actor.staff(username, role);
    }
}
