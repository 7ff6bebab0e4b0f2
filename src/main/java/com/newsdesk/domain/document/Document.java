package com.newsdesk.domain.document;

import java.util.List;
import java.util.Objects;

/**
 * An article body: our own model, independent of any editor library. Stored and exported as versioned JSON
 * ({@link #FORMAT_VERSION}); rendered to HTML by {@link HtmlRenderer} and to plain text by {@link #plainText()}.
 */
public record Document(List<Block> blocks) {
    public static final int FORMAT_VERSION = 1;
    public static final Document EMPTY = new Document(List.of());

    public Document {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    public static Document of(Block... blocks) {
        return new Document(List.of(blocks));
    }

    /** Plain text: one line per block, list items marked as a reader would see them. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        int number = 0;
        for (Block block : blocks) {
            number = block.type() == BlockType.NUMBERED_ITEM ? number + 1 : 0;
            if (!text.isEmpty()) {
                text.append('\n');
            }
            switch (block.type()) {
                case BULLETED_ITEM -> text.append("• ");
                case NUMBERED_ITEM -> text.append(number).append(". ");
                default -> { }
            }
            text.append(block.text());
        }
        return text.toString();
    }

    public int wordCount() {
        int words = 0;
        for (Block block : blocks) {
            boolean inWord = false;
            String text = block.text();
            for (int i = 0; i < text.length(); i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words;
    }
}
