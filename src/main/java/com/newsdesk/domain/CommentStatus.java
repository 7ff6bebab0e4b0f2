package com.newsdesk.domain;

/** A moderator's decision on a reader comment; {@code PENDING} until one is made. */
public enum CommentStatus implements CodedEnum {
    PENDING("pending"), APPROVED("approved"), SPAM("spam"), TRASH("trash");

    private final String code;

    CommentStatus(String code) { this.code = code; }

    @Override public String code() { return code; }

    public static CommentStatus fromCode(String code) { return CodedEnum.fromCode(CommentStatus.class, code); }
}
