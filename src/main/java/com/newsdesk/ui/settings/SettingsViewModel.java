package com.newsdesk.ui.settings;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings desk: the comment rules as editable lists (one entry per line), the link limit and the known-author
 * switch; saved together, and re-run over the pending queue as a long task.
 */
public final class SettingsViewModel {
    private final Actor actor;
    private final CommentService moderation;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final BiConsumer<String, Function<TaskMonitor, String>> longTasks;
    private final Map<CommentRules.Kind, StringProperty> lists = new EnumMap<>(CommentRules.Kind.class);
    private final IntegerProperty linkLimit = new SimpleIntegerProperty(CommentRules.DEFAULT_LINK_LIMIT);
    private final BooleanProperty approveKnownAuthors = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private CommentRules saved;

    /** {@code longTasks} runs work with the window's progress bar and Cancel (the rerun over the pending queue). */
    public SettingsViewModel(Actor actor, CommentService moderation, BackgroundExecutor executor,
            Consumer<Throwable> onError, BiConsumer<String, Function<TaskMonitor, String>> longTasks) {
        this.actor = actor;
        this.moderation = moderation;
        this.executor = executor;
        this.onError = onError;
        this.longTasks = longTasks;
        for (CommentRules.Kind kind : CommentRules.Kind.values()) {
            StringProperty text = new SimpleStringProperty("");
            text.addListener((observable, before, after) -> updateChanged());
            lists.put(kind, text);
        }
        linkLimit.addListener((observable, before, after) -> updateChanged());
        approveKnownAuthors.addListener((observable, before, after) -> updateChanged());
    }

    public StringProperty listProperty(CommentRules.Kind kind) { return lists.get(kind); }

    public IntegerProperty linkLimitProperty() { return linkLimit; }

    public BooleanProperty approveKnownAuthorsProperty() { return approveKnownAuthors; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** True while the form differs from the stored rules. */
    public ReadOnlyBooleanProperty changedProperty() { return changed.getReadOnlyProperty(); }

    public void load() {
        executor.submit(() -> moderation.rules(actor), rules -> {
            show(rules);
            message.set("");
        }, onError);
    }

    private void show(CommentRules rules) {
        saved = rules;
        rules.lists().forEach((kind, values) -> lists.get(kind).set(String.join("\n", values)));
        linkLimit.set(rules.linkLimit());
        approveKnownAuthors.set(rules.approveKnownAuthors());
        updateChanged();
    }

    private CommentRules fromForm() {
        Map<CommentRules.Kind, List<String>> values = new EnumMap<>(CommentRules.Kind.class);
        lists.forEach((kind, text) -> values.put(kind, Arrays.stream(text.get().split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList()));
        return new CommentRules(values, linkLimit.get(), approveKnownAuthors.get());
    }

    private void updateChanged() {
        if (saved == null) {
            changed.set(false);
            return;
        }
        try {
            CommentRules form = fromForm();
            changed.set(!form.lists().equals(saved.lists()) || form.linkLimit() != saved.linkLimit()
                    || form.approveKnownAuthors() != saved.approveKnownAuthors());
        } catch (RuntimeException invalid) {
            changed.set(true); // an entry being typed may not be valid yet; saving will say what is wrong
        }
    }

    /** Saves the form; a bad entry (an IP that is not one) is named and nothing is saved. */
    public void save() {
        CommentRules rules;
        try {
            rules = fromForm();
        } catch (RuntimeException invalid) {
            message.set(invalid.getMessage());
            return;
        }
        executor.submit(() -> {
            moderation.saveRules(actor, rules);
            return moderation.rules(actor);
        }, stored -> {
            show(stored);
            message.set("Rules saved. New comments are sorted by them; \"Re-run on the pending queue\" applies them"
                    + " to comments already waiting.");
        }, failure -> message.set(failure.getMessage()));
    }

    public void revert() {
        if (saved != null) {
            show(saved);
            message.set("");
        }
    }

    /** Runs the stored rules over the pending queue, with progress and Cancel in the status bar. */
    public void rerunOnPending() {
        if (changed.get()) {
            message.set("Save the rules first: the rerun uses the stored rules.");
            return;
        }
        longTasks.accept("Running the rules over the pending queue", monitor -> {
            CommentService.RerunSummary summary = moderation.rerunRulesOnPending(actor, monitor);
            return String.format("Rules checked %,d pending comments: %,d approved, %,d sent to spam, %,d still"
                    + " pending.", summary.checked(), summary.moved().getOrDefault(CommentStatus.APPROVED, 0L),
                    summary.moved().getOrDefault(CommentStatus.SPAM, 0L), summary.checked() - summary.total());
        });
    }
}
