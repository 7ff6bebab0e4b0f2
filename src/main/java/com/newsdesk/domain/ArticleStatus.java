package com.newsdesk.domain;

/** Where an article stands in the newsroom's workflow. */
public enum ArticleStatus implements CodedEnum {
    DRAFT("draft"), IN_REVIEW("in_review"), SCHEDULED("scheduled"), PUBLISHED("published"), ARCHIVED("archived");

    private final String code;

    ArticleStatus(String code) { this.code = code; }

    @Override public String code() { return code; }

    public static ArticleStatus fromCode(String code) { return CodedEnum.fromCode(ArticleStatus.class, code); }
}
