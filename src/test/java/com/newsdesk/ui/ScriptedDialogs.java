package com.newsdesk.ui;

import com.newsdesk.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dialog service that answers from a script, for ViewModel tests: each question takes the next answer (a
 * {@link Path} or {@link #NO_FILE} for a chooser, a Boolean for a confirmation) and is written down in {@link #asked}.
 * A question nobody scripted fails the test.
 */
public final class ScriptedDialogs implements DialogService {
    /** The answer of a chooser the user cancelled. */
    public static final Object NO_FILE = new Object();

    private final Deque<Object> answers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    public ScriptedDialogs answering(Object... next) {
        answers.addAll(List.of(next));
        return this;
    }

    private Object next(String question) {
        asked.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("a question nobody scripted: " + question);
        }
        return answers.removeFirst();
    }

    private Optional<Path> file(String question) {
        Object answer = next(question);
        return answer == NO_FILE ? Optional.empty() : Optional.of((Path) answer);
    }

    @Override
    public Optional<ServerSignIn> serverSignIn(String title, String suggested, String action) {
        Object answer = next("server: " + title + " [" + suggested + "]");
        return answer == NO_FILE ? Optional.empty() : Optional.of((ServerSignIn) answer);
    }

    @Override
    public Optional<Path> fileToOpen(String title, Path folder, FileKind... kinds) {
        return file("open: " + title);
    }

    @Override
    public Optional<Path> fileToSave(String title, Path folder, String suggestedName, FileKind... kinds) {
        return file("save: " + title + " [" + suggestedName + "]");
    }

    @Override
    public boolean confirm(String title, String message, List<String> details, String action, String actionId) {
        return (Boolean) next("confirm: " + title + ": " + message + (details.isEmpty() ? "" : " " + details)
                + " [" + action + "]");
    }

    @Override
    public Optional<Integer> number(String title, String message, int suggested, int min, int max, String action,
            String actionId) {
        Object answer = next("number: " + title + ": " + message + " [" + suggested + "]");
        return answer == NO_FILE ? Optional.empty() : Optional.of((Integer) answer);
    }

    @Override
    public Optional<String> text(String title, String message, String prompt, String action, String actionId) {
        Object answer = next("text: " + title + ": " + message);
        return answer == NO_FILE ? Optional.empty() : Optional.of((String) answer);
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> options, String action,
            String actionId) {
        Object answer = next("choose: " + title + ": " + message + " " + options);
        return answer == NO_FILE ? Optional.empty() : Optional.of((String) answer);
    }

    @Override
    public Optional<char[]> password(String title, String message, String action, String actionId) {
        Object answer = next("password: " + title + ": " + message);
        return answer == NO_FILE ? Optional.empty() : Optional.of(((String) answer).toCharArray());
    }

    @Override
    public void inform(String title, String message) {
        asked.add("inform: " + title + ": " + message);
    }

    @Override
    public void informTable(String title, String heading, Map<String, String> rows) {
        asked.add("table: " + title + ": " + heading);
    }

    @Override
    public void showError(String title, String message) {
        asked.add("error: " + title + ": " + message);
    }

    /** Whether every scripted answer was used. */
    public boolean allAnswered() {
        return answers.isEmpty();
    }
}
