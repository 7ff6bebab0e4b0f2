package com.newsdesk.ui.shell;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Permission;

/** The desks of the main window, in sidebar order; Ctrl+1 … Ctrl+6 reach them. Each needs a permission. */
public enum Desk {
    ARTICLES("Articles", Permission.READ_ARTICLES),
    COMMENTS("Comments", Permission.MODERATE_COMMENTS),
    SUBSCRIBERS("Subscribers", Permission.MANAGE_SUBSCRIBERS),
    STAFF("Staff", Permission.MANAGE_STAFF),
    AUDIT("Audit trail", null),
    SETTINGS("Settings", Permission.MODERATE_COMMENTS);

    private final String title;
    private final Permission permission;

    Desk(String title, Permission permission) {
        this.title = title;
        this.permission = permission;
    }

    public String title() { return title; }

    /** The shortcut digit: fixed per desk, so Ctrl+3 always means Subscribers. */
    public int shortcut() { return ordinal() + 1; }

    public boolean openTo(Actor actor) {
        return permission == null || actor.can(permission);
    }
}
