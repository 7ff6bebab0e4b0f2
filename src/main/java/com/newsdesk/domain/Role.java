package com.newsdesk.domain;

import java.util.EnumSet;
import java.util.Set;

/** A staff member's role, and what each may do (the table in README.md). */
public enum Role implements CodedEnum {
    ADMIN("admin", EnumSet.allOf(Permission.class)),
    EDITOR("editor", EnumSet.of(Permission.READ_ARTICLES, Permission.CREATE_ARTICLES, Permission.EDIT_OWN_DRAFTS,
            Permission.SUBMIT_FOR_REVIEW, Permission.EDIT_ANY_ARTICLE, Permission.REVIEW_AND_PUBLISH,
            Permission.MODERATE_COMMENTS, Permission.MANAGE_SUBSCRIBERS)),
    WRITER("writer", EnumSet.of(Permission.READ_ARTICLES, Permission.CREATE_ARTICLES, Permission.EDIT_OWN_DRAFTS,
            Permission.SUBMIT_FOR_REVIEW)),
    MODERATOR("moderator", EnumSet.of(Permission.READ_ARTICLES, Permission.MODERATE_COMMENTS));

    private final String code;
    private final Set<Permission> permissions;

    Role(String code, Set<Permission> permissions) {
        this.code = code;
        this.permissions = permissions;
    }

    @Override public String code() { return code; }

    public boolean can(Permission permission) { return permissions.contains(permission); }

    /** "Admin", "Editor": for people. */
    public String title() { return Character.toUpperCase(code.charAt(0)) + code.substring(1); }

    public static Role fromCode(String code) { return CodedEnum.fromCode(Role.class, code); }
}
