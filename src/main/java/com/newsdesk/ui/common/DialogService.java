package com.newsdesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the window asks in a standard dialog: files to open or save, confirmations, information. ViewModels
 * ask through it, so their tests answer it ({@code ScriptedDialogs}) and no view builds a chooser or an alert of its
 * own. Called on the JavaFX thread; each call waits for the answer.
 */
public interface DialogService {
    /** A kind of file a chooser offers: "Newsdesk JSON" with {@code *.json}. */
    record FileKind(String description, List<String> patterns) {
        public static final FileKind ANY = of("Any file", "*");

        public static FileKind of(String description, String... patterns) {
            return new FileKind(description, List.of(patterns));
        }
    }

    /** A file to read, from {@code folder} (null: where the chooser was last). */
    Optional<Path> fileToOpen(String title, Path folder, FileKind... kinds);

    /** A file to write, suggested as {@code suggestedName} in {@code folder}. */
    Optional<Path> fileToSave(String title, Path folder, String suggestedName, FileKind... kinds);

    /**
     * Asks before something readers see or that cannot be undone: a button named for what happens ({@code action},
     * with the id {@code actionId} for tests) and Cancel as the default, so that Enter alone changes nothing.
     * {@code details}, when not empty, are listed below the message (what would be left out, and why).
     */
    boolean confirm(String title, String message, List<String> details, String action, String actionId);

    default boolean confirm(String title, String message, String action, String actionId) {
        return confirm(title, message, List.of(), action, actionId);
    }

    /**
     * Asks for a whole number between {@code min} and {@code max} (starting at {@code suggested}), with a button
     * named for what happens ({@code action}, id {@code actionId}); empty when cancelled.
     */
    Optional<Integer> number(String title, String message, int suggested, int min, int max, String action,
            String actionId);

    /**
     * Asks for a password (a site's application password) with a button named for what happens; empty when
     * cancelled. The characters are kept in memory only, by whoever asked.
     */
    Optional<char[]> password(String title, String message, String action, String actionId);

    /** Asks for a line of text (a post's address); empty when cancelled or left empty. */
    Optional<String> text(String title, String message, String prompt, String action, String actionId);

    /** Asks which of {@code options} (a site, when there are several); empty when cancelled. */
    Optional<String> choose(String title, String message, List<String> options, String action, String actionId);

    /** Tells something that needs no answer. */
    void inform(String title, String message);

    /** Lists pairs under a heading (keys and what they do), to read and close. */
    void informTable(String title, String heading, java.util.Map<String, String> rows);

    /**
     * What a person types to connect to a shared newsroom: its address, and a password when the server asks for one
     * that PGPASSWORD or ~/.pgpass does not give (empty: none typed). The password is kept in memory only.
     */
    record ServerSignIn(String address, char[] password) {}

    /** Asks for a shared newsroom's address (starting from {@code suggested}) and, optionally, its password. */
    default Optional<ServerSignIn> serverSignIn(String title, String suggested) {
        return serverSignIn(title, suggested, "Connect");
    }

    /** As above, its button named for what happens next ({@code action}: "Bring back"). */
    Optional<ServerSignIn> serverSignIn(String title, String suggested, String action);

    /** Tells a failure in plain words; does not wait for it to be read. */
    void showError(String title, String message);
}
