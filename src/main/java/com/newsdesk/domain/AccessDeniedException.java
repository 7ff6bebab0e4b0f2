package com.newsdesk.domain;

/** A staff member asked for something their role does not allow. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Permission permission;

    public AccessDeniedException(Actor actor, Permission permission) {
        super(actor.username() + " is " + article(actor.role()) + " " + actor.role().code() + ", and a "
                + actor.role().code() + " may not " + permission.description() + ".");
        this.permission = permission;
    }

    /** A refusal whose reason needs more words than the role and the permission. */
    public AccessDeniedException(Permission permission, String message) {
        super(message);
        this.permission = permission;
    }

    public Permission permission() { return permission; }

    private static String article(Role role) {
        return role == Role.ADMIN || role == Role.EDITOR ? "an" : "a";
    }
}
