package com.newsdesk.ui.editor;

import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Mark;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every action of the article editor, declared once: what the toolbar button shows, what its tooltip says and the key
 * that does it. The toolbar, the tooltips and the key handling all read it, so they cannot disagree.
 */
public enum EditorAction {
    BOLD("B", "Bold", "Shortcut+B", Mark.BOLD, null),
    ITALIC("I", "Italic", "Shortcut+I", Mark.ITALIC, null),
    UNDERLINE("U", "Underline", "Shortcut+U", Mark.UNDERLINE, null),
    STRIKETHROUGH("S", "Strikethrough", null, Mark.STRIKETHROUGH, null),
    CODE("</>", "Code", null, Mark.CODE, null),
    PARAGRAPH("¶", "Paragraph", "Shortcut+Alt+0", null, BlockType.PARAGRAPH),
    HEADING_2("H2", "Heading 2", "Shortcut+Alt+2", null, BlockType.HEADING_2),
    HEADING_3("H3", "Heading 3", "Shortcut+Alt+3", null, BlockType.HEADING_3),
    HEADING_4("H4", "Heading 4", "Shortcut+Alt+4", null, BlockType.HEADING_4),
    QUOTE("❝", "Block quote", null, null, BlockType.QUOTE),
    BULLETED_LIST("•", "Bulleted list", null, null, BlockType.BULLETED_ITEM),
    NUMBERED_LIST("1.", "Numbered list", null, null, BlockType.NUMBERED_ITEM),
    LINK("Link", "Insert or edit a link", "Shortcut+K", null, null),
    UNLINK("Unlink", "Remove the link", null, null, null),
    SAVE("Save", "Save as a revision", "Shortcut+S", null, null),
    FIND("Find", "Find in the article", "Shortcut+F", null, null),
    REPLACE("Replace", "Find and replace in the article", "Shortcut+H", null, null),
    NEXT_ISSUE("Next issue", "Select the next spelling, grammar or style issue", "F8", null, null),
    PREVIOUS_ISSUE("Previous issue", "Select the previous spelling, grammar or style issue", "Shift+F8", null, null),
    ISSUE_MENU("Suggestions", "What is wrong at the caret, and the suggestions", "Alt+Enter", null, null);

    private final String label;
    private final String description;
    private final KeyCombination key;
    private final Mark mark;
    private final BlockType block;

    EditorAction(String label, String description, String key, Mark mark, BlockType block) {
        this.label = label;
        this.description = description;
        this.key = key == null ? null : KeyCombination.keyCombination(key);
        this.mark = mark;
        this.block = block;
    }

    /** What its button shows. */
    public String label() { return label; }

    /** Its tooltip: what it does, and its key when it has one ("Bold (Ctrl+B)"). */
    public String tooltip() {
        return key == null ? description : description + " (" + key.getDisplayText() + ")";
    }

    /** The mark it toggles, or null. */
    public Mark mark() { return mark; }

    /** The block type it sets, or null. */
    public BlockType block() { return block; }

    /** Whether this key press is this action's key. */
    public boolean matches(KeyEvent event) {
        return key != null && key.match(event);
    }

    /** The action whose key this is, among those given, or null. */
    public static EditorAction of(KeyEvent event, EditorAction... among) {
        for (EditorAction action : among) {
            if (action.matches(event)) {
                return action;
            }
        }
        return null;
    }
}
