package com.newsdesk.domain;

import java.util.Objects;

/**
 * Who is acting: a signed-in staff member, or the owner of a one-person newsroom (one with no staff accounts yet),
 * who may do everything. Every service call takes one and checks it.
 */
public record Actor(String username, Role role, boolean owner) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public static Actor staff(String username, Role role) {
        return new Actor(username, role, false);
    }

    /** The one person of a newsroom without staff accounts, named after the operating system's user. */
    public static Actor owner(String systemUser) {
        return new Actor(systemUser == null || systemUser.isBlank() ? "owner" : systemUser, Role.ADMIN, true);
    }

    public boolean can(Permission permission) {
        return role.can(permission);
    }

    /** Throws {@link AccessDeniedException}, which names the role and what it may not do, unless allowed. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException(this, permission);
        }
    }

    public String describe() {
        return owner ? username + " (one-person newsroom)" : username + " (" + role.title() + ")";
    }
}
