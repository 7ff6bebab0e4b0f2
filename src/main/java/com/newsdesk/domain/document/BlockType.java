package com.newsdesk.domain.document;

/** The kinds of block an article body is made of. Lists are flat: each item is its own block. */
public enum BlockType {
    PARAGRAPH("paragraph"),
    HEADING_2("heading2"),
    HEADING_3("heading3"),
    HEADING_4("heading4"),
    QUOTE("quote"),
    BULLETED_ITEM("bulletedItem"),
    NUMBERED_ITEM("numberedItem");

    private final String code;

    BlockType(String code) { this.code = code; }

    public String code() { return code; }

    public boolean isHeading() { return this == HEADING_2 || this == HEADING_3 || this == HEADING_4; }

    public boolean isListItem() { return this == BULLETED_ITEM || this == NUMBERED_ITEM; }

    /** Heading level 2-4, or 0 for a block that is not a heading. */
    public int headingLevel() {
        return switch (this) {
            case HEADING_2 -> 2;
            case HEADING_3 -> 3;
            case HEADING_4 -> 4;
            default -> 0;
        };
    }

    public static BlockType heading(int level) {
        return level <= 2 ? HEADING_2 : level == 3 ? HEADING_3 : HEADING_4;
    }

    public static BlockType fromCode(String code) {
        for (BlockType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown block type \"" + code + "\"");
    }
}
