package com.newsdesk.ui.settings;

import com.newsdesk.domain.Actor;
import com.newsdesk.service.BackupService;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The backup policy on the Settings desk: how many rolling backups to keep, how often to make one while people work,
 * and the backups there are now (newest first). For those who may transfer the whole newsroom.
 */
public final class BackupSettingsViewModel {
    private final Actor actor;
    private final BackupService backups;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final IntegerProperty keep = new SimpleIntegerProperty(BackupService.DEFAULT_KEEP);
    private final IntegerProperty everyMinutes = new SimpleIntegerProperty(BackupService.DEFAULT_EVERY_MINUTES);
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public BackupSettingsViewModel(Actor actor, BackupService backups, BackgroundExecutor executor,
            Consumer<Throwable> onError) {
        this.actor = actor;
        this.backups = backups;
        this.executor = executor;
        this.onError = onError;
    }

    public IntegerProperty keepProperty() { return keep; }

    public IntegerProperty everyMinutesProperty() { return everyMinutes; }

    /** The rolling backups' file names, newest first. */
    public ObservableList<String> recent() { return recent; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public Path folder() { return backups.folder(); }

    public void load() {
        executor.submit(() -> new Loaded(backups.policy(), backups.list()), this::show, onError);
    }

    public void save() {
        BackupService.Policy policy;
        try {
            policy = new BackupService.Policy(keep.get(), everyMinutes.get());
        } catch (RuntimeException invalid) {
            message.set(invalid.getMessage());
            return;
        }
        executor.submit(() -> {
            backups.setPolicy(actor, policy);
            return new Loaded(backups.policy(), backups.list());
        }, loaded -> {
            show(loaded);
            message.set(String.format("Saved: the newest %d backups are kept; one is made every %d minutes in"
                    + " which something was saved.", loaded.policy().keep(), loaded.policy().everyMinutes()));
        }, failure -> message.set(failure.getMessage()));
    }

    public void backUpNow() {
        message.set("Backing up…");
        executor.submit(() -> {
            Path written = backups.backUpNow(actor);
            return new Written(written, new Loaded(backups.policy(), backups.list()));
        }, done -> {
            show(done.loaded());
            message.set("Backed up to " + done.file() + ".");
        }, failure -> message.set(failure.getMessage()));
    }

    private void show(Loaded loaded) {
        keep.set(loaded.policy().keep());
        everyMinutes.set(loaded.policy().everyMinutes());
        recent.setAll(loaded.files().stream().map(file -> file.getFileName().toString()).toList());
    }

    private record Loaded(BackupService.Policy policy, List<Path> files) {}

    private record Written(Path file, Loaded loaded) {}
}
