package com.newsdesk.ui.comments;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.input.KeyCode;

/**
 * The moderation keys. WordPress's comment screen keys by default (J/K, A approve, U unapprove, S spam, D trash,
 * R reply, E edit, Z undo, X select, Shift+A/S/D on the selection); Coral's as an option (D approve, F reject,
 * T next queue, Ctrl+F search). {@code ?} shows the one in use.
 */
public enum ModerationKeymap {
    WORDPRESS("WordPress"),
    CORAL("Coral");

    /** What a key does in the comment queue. */
    public enum Action {
        NEXT("Next comment"), PREVIOUS("Previous comment"),
        APPROVE("Approve"), PENDING("Back to pending"), SPAM("Spam"), TRASH("Trash"),
        REPLY("Reply (saved as approved, threaded under the comment)"), EDIT("Edit the text (the original is kept)"),
        UNDO("Undo the last decision"), MARK("Select or unselect for a bulk action"),
        MARK_SHOWN("Select every comment on screen"),
        APPROVE_MARKED("Approve the selection"), SPAM_MARKED("Spam the selection"),
        TRASH_MARKED("Trash the selection"), NEXT_QUEUE("Next queue"), SEARCH("Search"), HELP("Show these keys");

        private final String description;

        Action(String description) { this.description = description; }

        public String description() { return description; }
    }

    private record Key(KeyCode code, boolean shift, boolean shortcut) {
        String describe() {
            String name = code == KeyCode.SLASH ? "?" : code.getName();
            return (shortcut ? "Ctrl+" : "") + (shift && code != KeyCode.SLASH ? "Shift+" : "") + name;
        }
    }

    private static final String PREFERENCE = "moderationKeymap";

    private final String title;
    private final Map<Key, Action> keys = new LinkedHashMap<>();

    ModerationKeymap(String title) {
        this.title = title;
    }

    public String title() { return title; }

    private Map<Key, Action> keys() {
        if (keys.isEmpty()) {
            if (this == WORDPRESS) {
                put(KeyCode.J, Action.NEXT);
                put(KeyCode.K, Action.PREVIOUS);
                put(KeyCode.A, Action.APPROVE);
                put(KeyCode.U, Action.PENDING);
                put(KeyCode.S, Action.SPAM);
                put(KeyCode.D, Action.TRASH);
                put(KeyCode.R, Action.REPLY);
                put(KeyCode.E, Action.EDIT);
                put(KeyCode.Z, Action.UNDO);
                put(KeyCode.X, Action.MARK);
                keys.put(new Key(KeyCode.A, true, false), Action.APPROVE_MARKED);
                keys.put(new Key(KeyCode.S, true, false), Action.SPAM_MARKED);
                keys.put(new Key(KeyCode.D, true, false), Action.TRASH_MARKED);
                keys.put(new Key(KeyCode.F, false, true), Action.SEARCH);
            } else {
                put(KeyCode.J, Action.NEXT);
                put(KeyCode.K, Action.PREVIOUS);
                put(KeyCode.D, Action.APPROVE);
                put(KeyCode.F, Action.TRASH);
                put(KeyCode.S, Action.SPAM);
                put(KeyCode.U, Action.PENDING);
                put(KeyCode.R, Action.REPLY);
                put(KeyCode.E, Action.EDIT);
                keys.put(new Key(KeyCode.Z, false, true), Action.UNDO);
                put(KeyCode.X, Action.MARK);
                keys.put(new Key(KeyCode.D, true, false), Action.APPROVE_MARKED);
                keys.put(new Key(KeyCode.S, true, false), Action.SPAM_MARKED);
                keys.put(new Key(KeyCode.F, true, false), Action.TRASH_MARKED);
                put(KeyCode.T, Action.NEXT_QUEUE);
                keys.put(new Key(KeyCode.F, false, true), Action.SEARCH);
            }
            keys.put(new Key(KeyCode.A, false, true), Action.MARK_SHOWN);
            keys.put(new Key(KeyCode.SLASH, true, false), Action.HELP);
        }
        return keys;
    }

    private void put(KeyCode code, Action action) {
        keys.put(new Key(code, false, false), action);
    }

    /** The action of a key press, or null when the key means nothing here. */
    public Action actionFor(KeyCode code, boolean shift, boolean shortcut) {
        return keys().get(new Key(code, shift, shortcut));
    }

    /** The keymap this user chose last time (WordPress's at first). */
    public static ModerationKeymap saved() {
        try {
            return valueOf(preferences().get(PREFERENCE, WORDPRESS.name()));
        } catch (IllegalArgumentException unknown) {
            return WORDPRESS;
        }
    }

    public void save() {
        preferences().put(PREFERENCE, name());
    }

    private static java.util.prefs.Preferences preferences() {
        return java.util.prefs.Preferences.userRoot().node("newsdesk");
    }

    /** Each key and what it does, in the order a help sheet lists them. */
    public Map<String, String> describe() {
        Map<String, String> sheet = new LinkedHashMap<>();
        keys().forEach((key, action) -> sheet.put(key.describe(), action.description()));
        return sheet;
    }
}
