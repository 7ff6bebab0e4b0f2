package com.newsdesk.ui.settings;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.writing.StyleRule;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.service.writing.WritingAids;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.DialogService;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The newsroom's house style on the Settings desk (editors): the preferred forms the writing check marks, edited
 * here and saved whole, or imported and exported as CSV ({@code avoid,prefer,note}).
 */
public final class StyleSettingsViewModel {
    private static final DialogService.FileKind CSV = DialogService.FileKind.of("CSV", "*.csv", "*.txt");

    private final Actor actor;
    private final WritingAids aids;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Throwable> onError;
    private final ObservableList<StyleRule> rules = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StyleSettingsViewModel(Actor actor, WritingAids aids, BackgroundExecutor executor, DialogService dialogs,
            Consumer<Throwable> onError) {
        this.actor = actor;
        this.aids = aids;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onError = onError;
    }

    public ObservableList<StyleRule> rules() { return rules; }

    public ReadOnlyBooleanProperty changedProperty() { return changed.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void load() {
        executor.submit(() -> aids.styleRules(actor), loaded -> {
            rules.setAll(loaded);
            changed.set(false);
        }, onError);
    }

    /** Adds (or replaces) an entry; false, with the reason in the message, when it cannot be one. */
    public boolean add(String avoid, String prefer, String note) {
        StyleRule rule;
        try {
            rule = new StyleRule(avoid, prefer, note);
        } catch (InvalidInputException invalid) {
            message.set("Not added: " + invalid.problem() + ".");
            return false;
        }
        rules.removeIf(existing -> existing.avoid().toLowerCase(Locale.ROOT)
                .equals(rule.avoid().toLowerCase(Locale.ROOT)));
        rules.add(rule);
        rules.sort((a, b) -> a.avoid().compareToIgnoreCase(b.avoid()));
        changed.set(true);
        message.set("");
        return true;
    }

    public void remove(List<StyleRule> chosen) {
        if (rules.removeAll(chosen)) {
            changed.set(true);
        }
    }

    public void save() {
        List<StyleRule> saving = List.copyOf(rules);
        executor.submit(() -> {
            aids.replaceStyle(actor, saving);
            return saving.size();
        }, count -> {
            changed.set(false);
            message.set("Saved: " + count + (count == 1 ? " entry" : " entries")
                    + ", marked in articles from their next check.");
        }, this::refused);
    }

    /** Import CSV…: the file replaces the house style, whole, or is refused naming the row. */
    public void importAsked() {
        dialogs.fileToOpen("Import the house style (CSV: avoid,prefer,note)", null, CSV, DialogService.FileKind.ANY)
                .ifPresent(file -> executor.submit(() -> aids.importStyle(actor, file), count -> {
                    message.set("Imported " + count + (count == 1 ? " entry" : " entries") + " from "
                            + file.getFileName() + ".");
                    load();
                }, this::refused));
    }

    /** Export CSV…: the house style as saved. */
    public void exportAsked() {
        dialogs.fileToSave("Export the house style", null, "house-style.csv", CSV)
                .ifPresent(file -> executor.submit(() -> aids.exportStyle(actor, OutputTarget.file(file)),
                        count -> message.set("Exported " + count + (count == 1 ? " entry" : " entries") + " to "
                                + file + "."), this::refused));
    }

    private void refused(Throwable failure) {
        if (failure instanceof InvalidInputException || failure instanceof java.io.UncheckedIOException
                || failure instanceof com.newsdesk.service.RefusedException) {
            message.set("Not done: " + failure.getMessage());
        } else {
            onError.accept(failure);
        }
    }
}
