package com.newsdesk.ui.staff;

import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.service.AuditService;
import com.newsdesk.ui.common.DialogService;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The audit trail: the latest entries that match the filters; Admins see everyone's, others their own. */
public final class AuditViewModel {
    static final int SHOWN = 2_000;

    private final DialogService dialogs;
    private final Actor actor;
    private final AuditService audit;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty actorFilter = new SimpleStringProperty("");
    private final StringProperty actionFilter = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AuditViewModel(Actor actor, AuditService audit, BackgroundExecutor executor, DialogService dialogs,
            Consumer<Throwable> onError) {
        this.actor = actor;
        this.dialogs = dialogs;
        this.audit = audit;
        this.executor = executor;
        this.onError = onError;
    }

    public ObservableList<AuditEntry> entries() { return entries; }

    public StringProperty actorFilterProperty() { return actorFilter; }

    public StringProperty actionFilterProperty() { return actionFilter; }

    public ObjectProperty<LocalDate> sinceProperty() { return since; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public boolean seesEveryone() { return actor.can(com.newsdesk.domain.Permission.READ_FULL_AUDIT); }

    public void refresh() {
        AuditFilter filter = filter();
        executor.submit(() -> audit.entries(actor, filter, SHOWN), (List<AuditEntry> found) -> {
            entries.setAll(found);
            message.set(found.size() == SHOWN ? "The latest " + SHOWN + " entries; narrow the filters or export"
                    + " to see more." : found.size() + " entries");
        }, onError);
    }

    /** Export JSON…: asks where, then writes the entries the filters show. */
    public void exportAsked() {
        dialogs.fileToSave("Export the audit trail", null, "audit-trail.json",
                DialogService.FileKind.of("JSON", "*.json")).ifPresent(this::exportTo);
    }

    public void exportTo(Path file) {
        AuditFilter filter = filter();
        executor.submit(() -> audit.exportTo(actor, filter, OutputTarget.file(file)),
                count -> message.set("Exported " + count + " entries to " + file + "."), onError);
    }

    private AuditFilter filter() {
        String who = actorFilter.get().strip();
        String what = actionFilter.get().strip();
        return new AuditFilter(who.isEmpty() ? null : who, what.isEmpty() ? null : what,
                since.get() == null ? null : since.get().atStartOfDay(ZoneId.systemDefault()).toInstant(), null);
    }
}
