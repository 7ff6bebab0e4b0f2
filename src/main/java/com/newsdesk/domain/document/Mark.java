package com.newsdesk.domain.document;

/** Character formatting a run of text can carry. A link is not a mark: it is the run's {@code href}. */
public enum Mark {
    BOLD("bold"), ITALIC("italic"), UNDERLINE("underline"), STRIKETHROUGH("strikethrough"), CODE("code");

    private final String code;

    Mark(String code) { this.code = code; }

    public String code() { return code; }

    public static Mark fromCode(String code) {
        for (Mark mark : values()) {
            if (mark.code.equals(code)) {
                return mark;
            }
        }
        throw new IllegalArgumentException("unknown mark \"" + code + "\"");
    }
}
