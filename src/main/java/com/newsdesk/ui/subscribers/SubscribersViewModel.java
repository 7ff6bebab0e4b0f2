package com.newsdesk.ui.subscribers;

import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Names;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.domain.SubscriberImportReport;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.WeeklyChange;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.DialogService;
import com.newsdesk.ui.common.PagedList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberExport;
import com.newsdesk.service.subscribers.SubscriberImport;

/**
 * The subscriber list: filtered by status, label, source, words and dates, paged by id; counts per status, a weekly
 * chart, adding and editing by the site's rules, and CSV imports previewed by a dry run before anything is written.
 */
public final class SubscribersViewModel {
    private final Actor actor;
    private final SubscriberDesk subscribers;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final BiConsumer<String, Function<TaskMonitor, String>> longTasks;

    private final ObjectProperty<SubscriberStatus> status = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> label = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> untilDate = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Map<SubscriberStatus, Long>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<Map.Entry<String, Long>>> labels = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<WeeklyChange>> weekly = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<com.newsdesk.domain.SubscriberDetail> detail = new ReadOnlyObjectWrapper<>();
    private long detailShown = -1;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final PagedList<Subscriber> rows;
    private volatile SubscriberFilter shownFilter = SubscriberFilter.ALL;
    /** The last id of each loaded page, by the index after it: the next page loads by key. */
    private final Map<Integer, Long> knownIds = new ConcurrentHashMap<>();

    public SubscribersViewModel(Actor actor, SubscriberDesk subscribers, BackgroundExecutor executor,
            DialogService dialogs, Consumer<Throwable> onError,
            BiConsumer<String, Function<TaskMonitor, String>> longTasks) {
        this.actor = actor;
        this.dialogs = dialogs;
        this.subscribers = subscribers;
        this.executor = executor;
        this.onError = onError;
        this.longTasks = longTasks;
        this.rows = new PagedList<>(PagedList.source(this::count, this::page), executor, 200, onError);
        status.addListener((observable, before, after) -> applyFilter());
        label.addListener((observable, before, after) -> applyFilter());
        fromDate.addListener((observable, before, after) -> applyFilter());
        untilDate.addListener((observable, before, after) -> applyFilter());
    }

    public PagedList<Subscriber> rows() { return rows; }

    /** The status shown; null shows everyone. */
    public ObjectProperty<SubscriberStatus> statusProperty() { return status; }

    /** An address (or its start, with "@") or words of a name; applied by {@link #applyFilter()}. */
    public StringProperty searchTextProperty() { return searchText; }

    public ObjectProperty<String> labelProperty() { return label; }

    public StringProperty sourceProperty() { return source; }

    public ObjectProperty<LocalDate> fromDateProperty() { return fromDate; }

    public ObjectProperty<LocalDate> untilDateProperty() { return untilDate; }

    public ReadOnlyObjectProperty<Map<SubscriberStatus, Long>> countsProperty() { return counts.getReadOnlyProperty(); }

    /** Every label and how many carry it. */
    public ReadOnlyObjectProperty<List<Map.Entry<String, Long>>> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    /** Subscriptions and unsubscriptions per week, the last 26 weeks. */
    public ReadOnlyObjectProperty<List<WeeklyChange>> weeklyProperty() { return weekly.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The person shown beside the list (the one selected), or null. */
    public ReadOnlyObjectProperty<com.newsdesk.domain.SubscriberDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Shows one person beside the list, read in the background; null shows nobody. A later choice wins. */
    public void show(Subscriber subscriber) {
        if (subscriber == null) {
            detailShown = -1;
            detail.set(null);
            return;
        }
        long id = subscriber.id();
        detailShown = id;
        executor.submit(() -> subscribers.list().detail(actor, id), loaded -> {
            if (detailShown == id) {
                detail.set(loaded);
            }
        }, onError);
    }

    /** Forgets the last action's message: a dialog opening, or a new action under way, starts without it. */
    public void clearMessage() { message.set(""); }

    public void applyFilter() {
        ZoneId zone = ZoneId.systemDefault();
        shownFilter = new SubscriberFilter(status.get(), label.get(), source.get(), searchText.get(),
                fromDate.get() == null ? null : fromDate.get().atStartOfDay(zone).toInstant(),
                untilDate.get() == null ? null : untilDate.get().plusDays(1).atStartOfDay(zone).toInstant());
        rows.refresh();
    }

    public void clearFilters() {
        searchText.set("");
        source.set("");
        label.set(null);
        fromDate.set(null);
        untilDate.set(null);
        status.set(null);
        applyFilter();
    }

    private long count() {
        knownIds.clear();
        return subscribers.list().count(actor, shownFilter);
    }

    private List<Subscriber> page(int offset, int limit) {
        Long after = offset == 0 ? null : knownIds.get(offset);
        List<Subscriber> page = subscribers.list().page(actor, shownFilter, after == null ? 0 : after,
                after == null ? offset : 0, limit);
        if (!page.isEmpty()) {
            knownIds.put(offset + page.size(), page.get(page.size() - 1).id());
        }
        return page;
    }

    /** Reloads the list, the counts, the labels and the chart. */
    public void refresh() {
        rows.refresh();
        executor.submit(() -> subscribers.list().countsByStatus(actor), counts::set, onError);
        executor.submit(() -> subscribers.labels().withCounts(actor), labels::set, onError);
        executor.submit(() -> subscribers.list().weekly(actor, 26), weekly::set, onError);
    }

    /** Labels typed as "News, Sport" (commas separate; a label cannot hold one when typed here). */
    public static List<String> parseLabels(String typed) {
        return Names.cleanList(Arrays.asList(typed == null ? new String[0] : typed.split(",")));
    }

    /** Adds a subscriber; {@code done} runs with the saved one, the message says what went wrong otherwise. */
    public void add(String email, String name, String typedLabels, Consumer<Subscriber> done) {
        executor.submit(() -> subscribers.list().add(actor, email, name, parseLabels(typedLabels), null), added -> {
            message.set(added.email() + " added.");
            refresh();
            done.accept(added);
        }, failure -> message.set(failure.getMessage()));
    }

    public void edit(Subscriber subscriber, String name, String typedLabels, SubscriberStatus newStatus,
            boolean resubscribe, Consumer<Subscriber> done) {
        executor.submit(() -> subscribers.list().edit(actor, subscriber, name, parseLabels(typedLabels), newStatus,
                resubscribe), saved -> {
                    message.set(saved.email() + " saved.");
                    refresh();
                    done.accept(saved);
                }, failure -> message.set(failure.getMessage()));
    }

    /** Erases a person (subscription deleted, comments anonymised, the address suppressed for good). */
    /** Erase…: says what erasing does and that it cannot be undone, and erases when the user confirms. */
    public void eraseAsked(Subscriber subscriber) {
        if (dialogs.confirm("Erase " + subscriber.email(), "Erase " + subscriber.email() + "? The subscription and"
                + " its labels are deleted, their comments lose name, address and IP, and only a keyed hash of the"
                + " address stays so that it is never subscribed again. This cannot be undone.\n\nBackups made before"
                + " now still hold this person: delete them too, or a restore brings the person back.", "Erase",
                "confirm-erase")) {
            erase(subscriber);
        }
    }

    /** Export this person's data…: asks where, then writes everything held about the address. */
    public void exportPersonAsked(Subscriber subscriber) {
        dialogs.fileToSave("Everything held about " + subscriber.email(), null,
                subscriber.email().replaceAll("[^A-Za-z0-9._-]", "_") + ".json", JSON_FILE)
                .ifPresent(file -> exportPerson(subscriber, file));
    }

    /**
     * Export…: in a Ghost file, labels holding a comma would be split by Ghost, so the user decides first (rename
     * them, or write them split); then asks where and exports what the list shows.
     */
    public void exportAsked(SubscriberExport.Format format) {
        if (format != SubscriberExport.Format.GHOST) {
            exportToChosenFile(format, SubscriberExport.CommaLabels.REFUSE);
            return;
        }
        labelsGhostWouldSplit(labels -> {
            if (labels.isEmpty()) {
                exportToChosenFile(format, SubscriberExport.CommaLabels.REFUSE);
            } else if (dialogs.confirm("Labels Ghost would split", "Ghost splits labels on commas, so "
                    + (labels.size() == 1 ? "this label does not survive as it is. Rename it first (Labels…), or"
                            + " write it split." : "these " + labels.size() + " labels do not survive as they are."
                                    + " Rename them first (Labels…), or write them split."), labels, "Write split",
                    "confirm-split")) {
                exportToChosenFile(format, SubscriberExport.CommaLabels.SPLIT);
            }
        });
    }

    private void exportToChosenFile(SubscriberExport.Format format, SubscriberExport.CommaLabels commaLabels) {
        boolean json = format == SubscriberExport.Format.JSON;
        dialogs.fileToSave("Export subscribers", null, json ? "subscribers.json" : "subscribers.csv",
                json ? JSON_FILE : CSV_FILE).ifPresent(file -> export(format, commaLabels, file));
    }

    /** Import…: asks for a CSV file; its preview (a dry run) follows. */
    public java.util.Optional<ImportPreview> importAsked() {
        return dialogs.fileToOpen("Import subscribers from CSV", null, CSV_FILE, DialogService.FileKind.ANY)
                .map(this::preview);
    }

    private static final DialogService.FileKind JSON_FILE = DialogService.FileKind.of("JSON", "*.json");
    private static final DialogService.FileKind CSV_FILE = DialogService.FileKind.of("CSV", "*.csv", "*.txt");

    public void erase(Subscriber subscriber) {
        executor.submit(() -> subscribers.privacy().erase(actor, subscriber.email()), erased -> {
            message.set("Erased " + subscriber.email() + ": " + erased.describe());
            refresh();
        }, failure -> message.set(failure.getMessage()));
    }

    public void exportPerson(Subscriber subscriber, Path file) {
        executor.submit(() -> {
            subscribers.privacy().exportPersonTo(actor, subscriber.email(), OutputTarget.file(file));
            return file;
        }, written -> message.set("Wrote everything held about " + subscriber.email() + " to " + written + "."),
                failure -> message.set(failure.getMessage()));
    }

    /**
     * Exports the list as now filtered (status, label, source, search, dates), with progress and Cancel; a Ghost
     * export writes labels holding a comma as {@code commaLabels} says (the view asks first, see
     * {@link #labelsGhostWouldSplit}); a listmonk export says whom it left out.
     */
    public void export(SubscriberExport.Format format, SubscriberExport.CommaLabels commaLabels, Path file) {
        SubscriberFilter shown = shownFilter;
        message.set(""); // the status bar follows this one; an older message here would no longer be true
        longTasks.accept("Exporting subscribers to " + file.getFileName(), monitor -> {
            long written = subscribers.exports().exportTo(actor, format, shown, commaLabels, OutputTarget.file(file), monitor);
            String leftOut = format == SubscriberExport.Format.LISTMONK
                    ? subscribers.exports().leftOutOfListmonk(actor, shown).map(text -> " " + text + ".").orElse("") : "";
            return String.format("Exported %,d subscribers to %s.%s", written, file, leftOut);
        });
    }

    /** Labels a Ghost export would split, read off the JavaFX thread; {@code answer} gets them (maybe none). */
    public void labelsGhostWouldSplit(java.util.function.Consumer<List<String>> answer) {
        executor.submit(() -> subscribers.exports().labelsGhostWouldSplit(actor), answer,
                failure -> message.set(failure.getMessage()));
    }

    // --- Labels ---------------------------------------------------------------------------------------------

    /** Adds or removes a label on the chosen subscribers (one transaction). */
    public void labelSelection(List<Subscriber> chosen, String typedLabel, boolean add) {
        List<Long> ids = chosen.stream().filter(java.util.Objects::nonNull).map(Subscriber::id).toList();
        if (ids.isEmpty()) {
            message.set("Select subscribers first (Shift or Ctrl with a click).");
            return;
        }
        executor.submit(() -> subscribers.labels().labelSelection(actor, ids, typedLabel, add), changed -> {
            message.set(String.format("%s \"%s\" %s %,d subscribers.", add ? "Added" : "Removed", typedLabel.strip(),
                    add ? "to" : "from", changed));
            refresh();
        }, failure -> message.set(failure.getMessage()));
    }

    public void createLabel(String name) {
        labelAction(() -> {
            subscribers.labels().createLabel(actor, name);
            return "Label \"" + name.strip() + "\" created.";
        });
    }

    public void renameLabel(String from, String to) {
        labelAction(() -> "Label \"" + from + "\" " + subscribers.labels().renameLabel(actor, from, to) + ".");
    }

    public void mergeLabels(String from, String into) {
        labelAction(() -> {
            subscribers.labels().mergeLabels(actor, from, into);
            return "Label \"" + from + "\" merged into \"" + into + "\".";
        });
    }

    public void deleteLabel(String name) {
        labelAction(() -> {
            subscribers.labels().deleteLabel(actor, name);
            return "Label \"" + name + "\" deleted.";
        });
    }

    private void labelAction(java.util.concurrent.Callable<String> work) {
        executor.submit(work, done -> {
            message.set(done);
            refresh();
        }, failure -> message.set(failure.getMessage()));
    }

    // --- Import with a preview --------------------------------------------------------------------------------

    /** The file, format and choices of an import being prepared, and its dry run's report. */
    public final class ImportPreview {
        private final Path file;
        private final ObjectProperty<com.newsdesk.domain.SubscriberFileFormat> format = new SimpleObjectProperty<>();
        private final ObjectProperty<SubscriberImport.Mode> mode =
                new SimpleObjectProperty<>(SubscriberImport.Mode.ADD);
        private final BooleanProperty overwriteWithEmpty = new SimpleBooleanProperty(false);
        private final ObjectProperty<String> emailColumn = new SimpleObjectProperty<>();
        private final ObjectProperty<String> nameColumn = new SimpleObjectProperty<>();
        private final ObjectProperty<String> statusColumn = new SimpleObjectProperty<>();
        private final ObjectProperty<String> labelsColumn = new SimpleObjectProperty<>();
        private final ReadOnlyObjectWrapper<SubscriberImportReport> report = new ReadOnlyObjectWrapper<>();
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<List<String>> columns = new ReadOnlyObjectWrapper<>(List.of());
        private final ObjectProperty<SubscriberImportReport.Outcome> shownOutcome = new SimpleObjectProperty<>();
        private final javafx.collections.ObservableList<SubscriberImportReport.RowNote> shownRows =
                javafx.collections.FXCollections.observableArrayList();

        ImportPreview(Path file) {
            this.file = file;
            report.addListener((observable, before, after) -> showRows());
            shownOutcome.addListener((observable, before, after) -> showRows());
            format.addListener((observable, before, after) -> run());
            mode.addListener((observable, before, after) -> run());
            overwriteWithEmpty.addListener((observable, before, after) -> run());
            for (ObjectProperty<String> column : List.of(emailColumn, nameColumn, statusColumn, labelsColumn)) {
                column.addListener((observable, before, after) -> run());
            }
        }

        /** Which rows the preview lists: one outcome, or null for every row. */
        public ObjectProperty<SubscriberImportReport.Outcome> shownOutcomeProperty() { return shownOutcome; }

        /** The rows listed, each with its outcome and why, in file order. */
        public javafx.collections.ObservableList<SubscriberImportReport.RowNote> shownRows() { return shownRows; }

        private void showRows() {
            SubscriberImportReport shown = report.get();
            SubscriberImportReport.Outcome only = shownOutcome.get();
            shownRows.setAll(shown == null ? List.of() : only == null ? shown.notes()
                    : shown.notes().stream().filter(note -> note.outcome() == only).toList());
        }

        /** The file's columns, read from its header at once (even when the file cannot be imported as it stands). */
        public ReadOnlyObjectProperty<List<String>> columnsProperty() { return columns.getReadOnlyProperty(); }

        /** The column that holds the addresses; null finds it by its name. */
        public ObjectProperty<String> emailColumnProperty() { return emailColumn; }

        /** For a plain CSV: the columns of the name, the status and the labels; null finds them by their names. */
        public ObjectProperty<String> nameColumnProperty() { return nameColumn; }

        public ObjectProperty<String> statusColumnProperty() { return statusColumn; }

        public ObjectProperty<String> labelsColumnProperty() { return labelsColumn; }

        public Path file() { return file; }

        /** Null recognises the format from the header. */
        public ObjectProperty<com.newsdesk.domain.SubscriberFileFormat> formatProperty() { return format; }

        public ObjectProperty<SubscriberImport.Mode> modeProperty() { return mode; }

        public BooleanProperty overwriteWithEmptyProperty() { return overwriteWithEmpty; }

        /** The dry run's report for the current choices, or null while it runs. */
        public ReadOnlyObjectProperty<SubscriberImportReport> reportProperty() { return report.getReadOnlyProperty(); }

        /** Why the file cannot be imported at all (no email column, not CSV), or empty. */
        public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

        private SubscriberImport.Options options(boolean dryRun) {
            return options(dryRun, false);
        }

        private SubscriberImport.Options options(boolean dryRun, boolean listEveryRow) {
            return new SubscriberImport.Options(format.get(), new com.newsdesk.domain.SubscriberColumns(
                    emailColumn.get(), nameColumn.get(), statusColumn.get(), labelsColumn.get(), null), mode.get(),
                    overwriteWithEmpty.get(), dryRun, listEveryRow);
        }

        /** Runs the dry run: every row classified, nothing written. */
        public void run() {
            report.set(null);
            problem.set("");
            SubscriberImport.Options options = options(true, true);
            executor.submit(() -> subscribers.imports().importCsv(actor, file, options, null, TaskMonitor.NONE), report::set,
                    failure -> problem.set(failure.getMessage()));
        }

        /** Saves the rows that would not be imported, with why, as a CSV that imports as is once fixed. */
        /** Save the rows not imported…: asks where, then writes them with what and why. */
        public void saveRejectedAsked() {
            dialogs.fileToSave("The rows not imported", null, "rows-not-imported.csv", CSV_FILE)
                    .ifPresent(this::saveRejected);
        }

        public void saveRejected(Path target) {
            SubscriberImport.Options options = options(true);
            executor.submit(() -> subscribers.imports().importCsv(actor, file, options, OutputTarget.file(target), TaskMonitor.NONE),
                    done -> message.set("Wrote the rows not imported to " + target + "."),
                    failure -> message.set(failure.getMessage()));
        }

        /** The import itself, with progress and Cancel in the status bar; one transaction. */
        public void importNow() {
            SubscriberImport.Options options = options(false);
            message.set(""); // the status bar follows the import; an older message here would no longer be true
            longTasks.accept("Importing " + file.getFileName(), monitor -> {
                SubscriberImportReport done = subscribers.imports().importCsv(actor, file, options, null, monitor);
                return done.describe() + ".";
            });
        }
    }

    public ImportPreview preview(Path file) {
        ImportPreview preview = new ImportPreview(file);
        executor.submit(() -> subscribers.imports().columns(actor, file), preview.columns::set,
                failure -> preview.problem.set(failure.getMessage()));
        preview.run();
        return preview;
    }
}
