package com.newsdesk.domain;

/** Something a staff member may be allowed to do; {@link Role} says who may. */
public enum Permission {
    MANAGE_STAFF("manage staff accounts"),
    FULL_TRANSFER("export or import the whole newsroom"),
    READ_ARTICLES("read articles"),
    CREATE_ARTICLES("create articles"),
    EDIT_OWN_DRAFTS("edit their own drafts"),
    SUBMIT_FOR_REVIEW("submit articles for review"),
    EDIT_ANY_ARTICLE("edit any article"),
    REVIEW_AND_PUBLISH("review, publish and archive articles"),
    MODERATE_COMMENTS("moderate comments"),
    MANAGE_SUBSCRIBERS("see or change subscribers"),
    READ_FULL_AUDIT("read everyone's audit trail"),
    MANAGE_SITES("connect the newsroom to its sites");

    private final String description;

    Permission(String description) { this.description = description; }

    /** As it reads after "may not": "export or import the whole newsroom". */
    public String description() { return description; }
}
