package com.newsdesk.ui.shell;

import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.NewsroomStats;
import com.newsdesk.domain.Permission;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.AuditService;
import com.newsdesk.service.StaffService;
import com.newsdesk.ui.staff.AuditViewModel;
import com.newsdesk.ui.staff.StaffViewModel;
import java.util.Arrays;
import java.util.List;
import com.newsdesk.service.CancelledException;
import com.newsdesk.service.ExportScope;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TransferService;
import com.newsdesk.ui.articles.ArticlesViewModel;
import com.newsdesk.ui.comments.CommentsViewModel;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.DialogService;
import com.newsdesk.ui.common.Debouncer;
import com.newsdesk.ui.common.TaskProgress;
import com.newsdesk.ui.subscribers.SubscribersViewModel;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import com.newsdesk.service.subscribers.SubscriberDesk;

/**
 * The main window's state: which desk is shown, the newsroom's counts, the welcome offer on an empty newsroom, and
 * the one long task (import, export, sample) that may be running, with its progress and cancel.
 */
public final class ShellViewModel {
    private final DialogService dialogs;
    /** The services one window works with. */
    public record Services(NewsroomService newsroom, TransferService transfer, SampleNewsroom sample,
            StaffService staff, AuditService audit, ArticleService articles,
            com.newsdesk.service.CommentService moderation, SubscriberDesk subscribers,
            com.newsdesk.service.BackupService backups, Writing writing,
            com.newsdesk.service.offline.OfflineDesk offline, com.newsdesk.service.site.SiteService sites,
            com.newsdesk.service.site.SitePublishing sitePublishing) {}

    /** The writing aids and the thread their checks run on (LanguageTool: seconds to load, one check at a time). */
    public record Writing(com.newsdesk.service.writing.WritingAids aids, BackgroundExecutor checks) {}

    private final Actor actor;
    private final boolean staffAccounts;
    private final NewsroomService newsroom;
    private final TransferService transfer;
    private final SampleNewsroom sample;
    private final com.newsdesk.service.CommentService moderation;
    private final com.newsdesk.service.BackupService backups;
    private final BackgroundExecutor executor;
    private final List<Desk> desks;
    private final ArticlesViewModel articles;
    private final CommentsViewModel comments;
    private final SubscribersViewModel subscribers;
    private final StaffViewModel staff;
    private final AuditViewModel audit;
    private final com.newsdesk.ui.settings.SettingsViewModel settings;
    private final com.newsdesk.ui.settings.BackupSettingsViewModel backupSettings;
    private final com.newsdesk.ui.settings.PublishingSettingsViewModel publishingSettings;
    private final com.newsdesk.ui.settings.StyleSettingsViewModel styleSettings;
    private final SiteSyncViewModel siteSync;
    private final com.newsdesk.ui.settings.SitesSettingsViewModel sitesSettings;

    /** An edit is saved this long after the last keystroke. */
    public static final java.time.Duration AUTOSAVE_DELAY = java.time.Duration.ofSeconds(2);

    private final ObjectProperty<Desk> desk = new SimpleObjectProperty<>();
    private final java.util.Set<Desk> deskRead = java.util.EnumSet.noneOf(Desk.class);
    private final ReadOnlyObjectWrapper<NewsroomStats> stats = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper welcomeShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<TaskProgress> task = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final com.newsdesk.service.offline.OfflineDesk offline;
    private final ReadOnlyObjectWrapper<com.newsdesk.service.offline.OfflineDesk.Held> offlineCopy =
            new ReadOnlyObjectWrapper<>();
    private volatile boolean retired;

    /**
     * A window for one actor: only the desks their role opens are built. {@code staffAccounts} tells whether the
     * newsroom has accounts (then signing out makes sense).
     */
    public ShellViewModel(Actor actor, boolean staffAccounts, Services services, BackgroundExecutor executor,
            DialogService dialogs) {
        this.actor = actor;
        this.dialogs = dialogs;
        this.staffAccounts = staffAccounts;
        this.newsroom = services.newsroom();
        this.transfer = services.transfer();
        this.sample = services.sample();
        this.moderation = services.moderation();
        this.backups = services.backups();
        this.offline = services.offline();
        this.executor = executor;
        this.desks = Arrays.stream(Desk.values()).filter(candidate -> candidate.openTo(actor)).toList();
        this.articles = opens(Desk.ARTICLES) ? new ArticlesViewModel(actor, newsroom, services.articles(), executor,
                () -> Debouncer.after(AUTOSAVE_DELAY, executor), dialogs, this::showError) : null;
        if (articles != null && services.writing() != null) {
            articles.checkWritingWith(services.writing().aids(), services.writing().checks());
        }
        this.comments = opens(Desk.COMMENTS)
                ? new CommentsViewModel(actor, newsroom, services.moderation(), executor, dialogs,
                        this::showError) : null;
        this.subscribers = opens(Desk.SUBSCRIBERS)
                ? new SubscribersViewModel(actor, services.subscribers(), executor, dialogs, this::showError,
                        this::runTask)
                : null;
        this.staff = opens(Desk.STAFF) ? new StaffViewModel(actor, services.staff(), executor, this::showError) : null;
        this.audit = new AuditViewModel(actor, services.audit(), executor, dialogs, this::showError);
        this.settings = opens(Desk.SETTINGS) ? new com.newsdesk.ui.settings.SettingsViewModel(actor,
                services.moderation(), executor, this::showError, this::runTask) : null;
        this.backupSettings = opens(Desk.SETTINGS) && canTransferAll()
                ? new com.newsdesk.ui.settings.BackupSettingsViewModel(actor, backups, executor, this::showError) : null;
        this.styleSettings = opens(Desk.SETTINGS) && actor.can(Permission.REVIEW_AND_PUBLISH)
                && services.writing() != null ? new com.newsdesk.ui.settings.StyleSettingsViewModel(actor,
                        services.writing().aids(), executor, dialogs, this::showError) : null;
        this.publishingSettings = opens(Desk.SETTINGS) && actor.can(Permission.REVIEW_AND_PUBLISH)
                ? new com.newsdesk.ui.settings.PublishingSettingsViewModel(actor, services.articles(), executor,
                        this::showError) : null;
        com.newsdesk.ui.common.SitePasswords sitePasswords = new com.newsdesk.ui.common.SitePasswords();
        this.siteSync = new SiteSyncViewModel(actor, services.sites(), executor, dialogs, this::runTask,
                sitePasswords);
        this.sitesSettings = opens(Desk.SETTINGS) && services.sites() != null
                ? new com.newsdesk.ui.settings.SitesSettingsViewModel(actor, services.sites(), executor, dialogs,
                        this::showError, (name, password) -> {
                            sitePasswords.remember(name, password);
                            siteSync.refresh();
                        }) : null;
        if (articles != null && services.sites() != null) {
            articles.offerSites(services.sites(), services.sitePublishing(), sitePasswords);
        }
        if (comments != null) {
            comments.onDecided(stats::set);
        }
        // What waits for the site follows every change the status bar's counts follow.
        stats.addListener((observable, before, after) -> siteSync.refresh());
        desk.addListener((observable, before, after) -> siteSync.refresh());
        // The status bar's counts follow what a desk changed (a draft deleted, subscribers imported).
        // Built from the counts the desk has just read: no second query.
        if (articles != null) {
            articles.statusCountsProperty().addListener((observable, before, after) -> {
                NewsroomStats shown = stats.get();
                if (shown != null && !after.isEmpty()) {
                    stats.set(new NewsroomStats(after, shown.comments(), shown.subscribers()));
                }
            });
        }
        if (subscribers != null) {
            subscribers.countsProperty().addListener((observable, before, after) -> {
                NewsroomStats shown = stats.get();
                if (shown != null && !after.isEmpty()) {
                    stats.set(new NewsroomStats(shown.articles(), shown.comments(), after));
                }
            });
        }
        desk.set(desks.get(0));
        desk.addListener((observable, before, after) -> refreshDesk(after)); // shown before its turn came
        // The audit trail is read again each time its desk is shown: what was just done is in it without "Show".
        desk.addListener((observable, before, after) -> {
            if (after == Desk.AUDIT) {
                audit.refresh();
            }
        });
        desk.addListener((observable, before, after) -> {
            if (!opens(after)) {
                desk.set(before); // a desk the role does not open is never shown, whatever asked for it
            }
        });
    }

    public Actor actor() { return actor; }

    /** The desks this actor may open, in sidebar order. */
    public List<Desk> desks() { return desks; }

    public boolean opens(Desk candidate) { return desks.contains(candidate); }

    /** Whether this newsroom has accounts, so that signing out (and in as another) means something. */
    public boolean canSignOut() { return staffAccounts; }

    public boolean canTransferAll() { return actor.can(Permission.FULL_TRANSFER); }

    public ArticlesViewModel articles() { return articles; }

    public CommentsViewModel comments() { return comments; }

    public com.newsdesk.ui.settings.SettingsViewModel settings() { return settings; }

    /** The backup policy on the Settings desk; null for those who may not transfer the whole newsroom. */
    public com.newsdesk.ui.settings.BackupSettingsViewModel backupSettings() { return backupSettings; }

    /** The newsroom's time zone, for those who may publish; null for the others. */
    public com.newsdesk.ui.settings.PublishingSettingsViewModel publishingSettings() { return publishingSettings; }

    public com.newsdesk.ui.settings.StyleSettingsViewModel styleSettings() { return styleSettings; }

    /** The status bar's sync with the newsroom's sites. */
    public SiteSyncViewModel siteSync() { return siteSync; }

    /** The Sites section of the Settings desk. */
    public com.newsdesk.ui.settings.SitesSettingsViewModel sitesSettings() { return sitesSettings; }

    public SubscribersViewModel subscribers() { return subscribers; }

    public StaffViewModel staff() { return staff; }

    public AuditViewModel audit() { return audit; }

    /** What open editors still have to save, taken now; run it (off the JavaFX thread) before leaving. */
    public java.util.List<Runnable> unsavedWork() {
        return articles == null ? java.util.List.of() : articles.unsavedWork();
    }

    public ObjectProperty<Desk> deskProperty() { return desk; }

    public ReadOnlyObjectProperty<NewsroomStats> statsProperty() { return stats.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty welcomeShownProperty() { return welcomeShown.getReadOnlyProperty(); }

    /** The running task, or null when none runs. */
    public ReadOnlyObjectProperty<TaskProgress> taskProperty() { return task.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusMessageProperty() { return statusMessage.getReadOnlyProperty(); }

    /** Set when something failed; the view shows it and calls {@link #clearError()}. */
    public ReadOnlyStringProperty errorMessageProperty() { return errorMessage.getReadOnlyProperty(); }

    public BooleanProperty darkThemeProperty() { return darkTheme; }

    /** The newsroom's file; null for a shared newsroom. */
    public Path databaseFile() { return newsroom.databaseFile(); }

    /** Where the newsroom is, in words (its file, or its server and database). */
    public String location() { return newsroom.location(); }

    public boolean isShared() { return newsroom.isShared(); }

    public boolean isNewsroomEmpty() { return stats.get() == null || stats.get().isEmpty(); }

    /**
     * Another seat of a shared newsroom committed changes to these tables ({@code "*"}: anything, after the server
     * was out of reach): the counts and the desks that show them are read again, keeping each desk's place.
     */
    public void changedElsewhere(java.util.Set<String> tables) {
        if (retired) {
            return;
        }
        boolean all = tables.contains("*");
        executor.submit(newsroom::stats, stats::set, this::showError);
        if (comments != null && (all || tables.contains("comments"))) {
            comments.refresh();
        }
        if (articles != null && (all || tables.stream().anyMatch(table -> table.startsWith("article")))) {
            articles.refresh();
        }
        if (subscribers != null && (all || tables.contains("subscribers") || tables.contains("subscriber_labels"))) {
            subscribers.refresh();
        }
        if (staff != null && (all || tables.contains("staff"))) {
            staff.refresh();
        }
    }

    /** Loads counts and every desk's first rows; offers the welcome choices when the newsroom is empty. */
    public void load() {
        executor.submit(newsroom::stats, loaded -> {
            stats.set(loaded);
            welcomeShown.set(loaded.isEmpty() && canTransferAll());
        }, this::showError);
        loadOfflineCopy();
        // The desk on screen first; the others once its rows are in (on two cores, a million-row desk's chart and
        // counts read meanwhile would delay the first screen by most of a second).
        deskRead.clear();
        refreshDesk(desk.get());
        executor.whenIdle(() -> {
            java.util.Arrays.stream(Desk.values()).filter(other -> !deskRead.contains(other))
                    .forEach(this::refreshDesk);
            loadSettings();
        });
    }

    /** Reads a desk's data once per load: the one on screen first, the others when idle or when shown. */
    private void refreshDesk(Desk which) {
        if (!deskRead.add(which)) {
            return;
        }
        switch (which) {
            case ARTICLES -> {
                if (articles != null) {
                    articles.refresh();
                }
            }
            case COMMENTS -> {
                if (comments != null) {
                    comments.refresh();
                }
            }
            case SUBSCRIBERS -> {
                if (subscribers != null) {
                    subscribers.refresh();
                }
            }
            case STAFF -> {
                if (staff != null) {
                    staff.refresh();
                }
            }
            case AUDIT -> audit.refresh();
            default -> { } // Settings: read by loadSettings
        }
    }

    private void loadSettings() {
        if (settings != null) {
            settings.load();
        }
        if (backupSettings != null) {
            backupSettings.load();
        }
        if (styleSettings != null) {
            styleSettings.load();
        }
        if (publishingSettings != null) {
            publishingSettings.load();
        }
    }

    /**
     * The offline copy this newsroom file holds (the banner and its Bring back), read off the JavaFX thread; a
     * newsroom that is no copy offers Take offline… on its desks instead.
     */
    private void loadOfflineCopy() {
        if (offline == null) {
            return;
        }
        executor.submit(offline::copy, copy -> {
            offlineCopy.set(copy.orElse(null));
            if (articles != null) {
                articles.offerOffline(copy.isEmpty() ? offline : null);
            }
            if (comments != null) {
                comments.offerOffline(copy.isEmpty() && actor.can(Permission.MODERATE_COMMENTS) ? offline : null);
            }
        }, this::showError);
    }

    /** The offline copy this newsroom file holds, else null. */
    public ReadOnlyObjectProperty<com.newsdesk.service.offline.OfflineDesk.Held> offlineCopyProperty() {
        return offlineCopy.getReadOnlyProperty();
    }

    /**
     * Bring back: every change made in this offline copy goes back to the newsroom it was taken from (for a server,
     * the password is asked when PGPASSWORD or ~/.pgpass does not give it), with progress; the report says what
     * was saved, what is in conflict and which decisions were made meanwhile by someone else.
     */
    public void bringBackAsked() {
        if (offlineCopy.get() == null) {
            return;
        }
        com.newsdesk.domain.offline.OfflineCopy copy = offlineCopy.get().copy();
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        if (com.newsdesk.service.offline.OfflineDesk.cameFromServer(copy)) {
            var signIn = dialogs.serverSignIn("Bring back to the shared newsroom", copy.source(), "Bring back");
            if (signIn.isEmpty()) {
                return;
            }
            if (signIn.get().password().length > 0) {
                env.put("PGPASSWORD", new String(signIn.get().password()));
                java.util.Arrays.fill(signIn.get().password(), '\0');
            }
        }
        runTask("Bringing back to " + copy.source().replaceFirst("\\?.*", ""), monitor -> {
            var returned = offline.bringBack(env, monitor);
            String lines = returned.lines().isEmpty() ? "" : " " + String.join("; ", returned.lines()) + ".";
            return (returned.nothingChanged() ? "Nothing to bring back: " : "Brought back: ")
                    + com.newsdesk.service.offline.OfflineService.summary(returned) + "." + lines;
        }, () -> { }, "what was brought back so far stays there (each article whole); Bring back again completes it.");
    }

    public void startEmptyNewsroom() {
        welcomeShown.set(false);
        statusMessage.set("An empty newsroom: add articles, import JSON or open the sample newsroom from the File menu.");
    }

    /** Where the sample newsroom lives: a file of its own beside this one. */
    public Path sampleFile() {
        return newsroom.workFolder().resolve("sample-newsroom.db");
    }

    /**
     * Makes the sample newsroom in a file of its own (once) and hands it to {@code open}; the newsroom open now is
     * never filled with it.
     */
    public void openSampleNewsroom(java.util.function.Consumer<Path> open) {
        if (sampleFile().equals(databaseFile())) {
            statusMessage.set("This is the sample newsroom.");
            return;
        }
        java.util.concurrent.atomic.AtomicReference<Path> made = new java.util.concurrent.atomic.AtomicReference<>();
        runTask("Making the sample newsroom", monitor -> {
            SampleNewsroom.MadeFile file = sample.makeFile(actor, sampleFile(), SampleNewsroom.WINDOW_SAMPLE, 1, monitor);
            made.set(file.file());
            return file.describe();
        }, () -> open.accept(made.get()));
    }

    private static final DialogService.FileKind NEWSROOM_FILE = DialogService.FileKind.of("Newsdesk newsroom", "*.db");
    private static final DialogService.FileKind JSON_FILE = DialogService.FileKind.of("Newsdesk JSON", "*.json");

    /** Asks for a newsroom file to create or open; the window then opens it. */
    public java.util.Optional<Path> chooseNewsroom(boolean create) {
        Path folder = newsroom.workFolder();
        return create ? dialogs.fileToSave("New newsroom", folder, "newsroom.db", NEWSROOM_FILE)
                : dialogs.fileToOpen("Open newsroom", folder, NEWSROOM_FILE, DialogService.FileKind.ANY);
    }

    /** Export whole newsroom…: asks where, then exports in the background. */
    public void exportNewsroom() {
        dialogs.fileToSave("Export the newsroom as JSON", newsroom.workFolder(),
                "newsroom-export.json", JSON_FILE).ifPresent(this::exportTo);
    }

    /** Import JSON…: asks for the file; into a newsroom that holds data only as a merge, asked first. */
    public void importJson() {
        dialogs.fileToOpen("Import a Newsdesk JSON export", newsroom.workFolder(), JSON_FILE,
                DialogService.FileKind.ANY).ifPresent(file -> {
            if (isNewsroomEmpty()) {
                importFrom(file, false);
            } else if (dialogs.confirm("Import into a newsroom that holds data", "This newsroom already holds data."
                    + " Merge the file into it? Only articles, comments and subscribers it does not have yet are added;"
                    + " the rest are counted and left as they are.", "Merge", "confirm-merge")) {
                importFrom(file, true);
            }
        });
    }

    /**
     * Import comments…: asks for the file and reads it as the import would; when some comments cannot be read they
     * are listed first (where and why) and the rest wait for a yes.
     */
    public void importCommentsAsked() {
        dialogs.fileToOpen("Import comments from WordPress (WXR) or JSON", newsroom.workFolder(),
                DialogService.FileKind.of("WordPress export or JSON", "*.xml", "*.json"), DialogService.FileKind.ANY)
                .ifPresent(file -> previewComments(file, summary -> {
                    if (summary.invalidCount() == 0 || dialogs.confirm("Import comments", String.format("%,d comments"
                            + " cannot be read and would be left out; %,d would be imported. %s.",
                            summary.invalidCount(), summary.imported(), summary.describe()),
                            summary.invalid().stream().map(Object::toString).toList(), "Import the rest",
                            "confirm-import-rest")) {
                        importComments(file);
                    }
                }));
    }

    /** Restore from backup…: asks for the file, checks it, says what it holds and asks; {@code restored} reopens. */
    public void restoreAsked(Runnable restored) {
        if (isShared()) {
            statusMessage.set("A shared newsroom is restored on its server, with PostgreSQL's pg_restore.");
            return;
        }
        Path folder = java.nio.file.Files.isDirectory(backupsFolder()) ? backupsFolder()
                : newsroom.workFolder();
        dialogs.fileToOpen("Restore the newsroom from a backup", folder, NEWSROOM_FILE, DialogService.FileKind.ANY)
                .ifPresent(file -> inspectBackup(file, checked -> {
                    if (dialogs.confirm("Restore " + file.getFileName() + "?", String.format(
                            "%s is an intact newsroom saved %s: %,d articles, %,d comments and %,d subscribers.%n%n"
                                    + "It replaces everything in %s. The newsroom as it is now is backed up first,"
                                    + " into %s.", file.getFileName(), java.time.format.DateTimeFormatter
                                    .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                                    .withZone(java.time.ZoneId.systemDefault()).format(checked.modifiedAt()),
                            checked.articles(), checked.comments(), checked.subscribers(),
                            databaseFile().getFileName(), backupsFolder()), "Restore", "confirm-restore")) {
                        restore(file, restored);
                    }
                }));
    }

    public void exportTo(Path file) {
        runTask("Exporting to " + file.getFileName(),
                monitor -> transfer.exportTo(actor, OutputTarget.file(file), ExportScope.ALL, monitor).describe("Exported")
                        + ". Saved as " + file + ".");
    }

    /** Imports a Newsdesk JSON file; into a newsroom that holds data only as a merge. */
    public void importFrom(Path file, boolean merge) {
        runTask("Importing " + file.getFileName(),
                monitor -> transfer.importFile(actor, file, merge, monitor).describe("Imported") + ".");
    }

    public boolean canImportComments() { return actor.can(Permission.MODERATE_COMMENTS); }

    /**
     * Reads a comment file as an import would, and keeps nothing: {@code ready} gets what the import would do, with
     * the comments it would leave out and why, so that the window lists them first.
     */
    public void previewComments(Path file, java.util.function.Consumer<com.newsdesk.service.CommentIntakeSummary> ready) {
        java.util.concurrent.atomic.AtomicReference<com.newsdesk.service.CommentIntakeSummary> read =
                new java.util.concurrent.atomic.AtomicReference<>();
        runTask("Reading comments from " + file.getFileName(), monitor -> {
            read.set(moderation.importComments(actor, file, true, monitor));
            return "Read " + file.getFileName() + ": nothing imported yet.";
        }, () -> ready.accept(read.get()));
    }

    /** Imports reader comments from a WordPress export or JSON; the rules sort what the source left undecided. */
    public void importComments(Path file) {
        runTask("Importing comments from " + file.getFileName(),
                monitor -> moderation.importComments(actor, file, monitor).describe() + ".");
    }

    /** The folder of rolling backups, where "Restore…" starts looking. */
    public Path backupsFolder() { return backups.folder(); }

    /**
     * Move this newsroom to a server…: asks for an empty database's address (and a password when needed), copies the
     * whole newsroom there with progress and cancel, checked; this newsroom stays as it is.
     */
    public void moveToServerAsked() {
        dialogs.serverSignIn("Move this newsroom to a server", "postgresql://localhost:5432/newsroom?user="
                + System.getProperty("user.name", "")).ifPresent(signIn -> runTask("Copying the newsroom to "
                        + signIn.address().replaceFirst("\\?.*", ""), monitor -> {
                            try {
                                return transfer.copyToServer(actor, signIn.address(), signIn.password(), monitor)
                                        .describe() + ". Open it with File → Connect to a shared newsroom….";
                            } finally {
                                java.util.Arrays.fill(signIn.password(), '\0');
                            }
                        }));
    }

    public void backUpNow() {
        runTask("Backing up", monitor -> "Backed up to " + backups.backUpNow(actor) + ".");
    }

    /** Checks a file offered for restore, off the JavaFX thread; {@code checked} gets what it holds. */
    public void inspectBackup(Path file, java.util.function.Consumer<com.newsdesk.domain.BackupFile> checked) {
        executor.submit(() -> backups.inspect(file), checked, this::showError);
    }

    /** Replaces the newsroom with a checked backup; {@code restored} runs after, to reopen the window on it. */
    public void restore(Path file, Runnable restored) {
        runTask("Restoring " + file.getFileName(), monitor -> {
            var result = backups.restore(actor, file);
            return "Restored " + file.getFileName() + (result.previousSavedTo() == null ? "."
                    : "; the newsroom as it was is in " + result.previousSavedTo() + ".");
        }, restored);
    }

    /** Work the window does on its own (automatic backups) failed: say so, like any other failure. */
    public void reportFailure(Throwable failure) { showError(failure); }

    public boolean isBusy() { return task.get() != null; }

    public void cancelTask() {
        TaskProgress running = task.get();
        if (running != null) {
            running.cancel();
        }
    }

    public void clearError() { errorMessage.set(null); }

    /** Runs one long task off the JavaFX thread with progress and cancel; {@code work} returns what it did. */
    public void runTask(String title, Function<TaskMonitor, String> work) {
        runTask(title, work, () -> { });
    }

    /** As above; {@code succeeded} runs after the work succeeded and the window reloaded. */
    private void runTask(String title, Function<TaskMonitor, String> work, Runnable succeeded) {
        runTask(title, work, succeeded, "nothing was changed.");
    }

    /** As above; {@code whenStopped} says what a cancelled or failed run left (all or nothing, unless told). */
    private void runTask(String title, Function<TaskMonitor, String> work, Runnable succeeded, String whenStopped) {
        if (isBusy()) {
            showError(new IllegalStateException("Wait for \"" + task.get().title() + "\" to finish, or cancel it."));
            return;
        }
        TaskProgress progress = new TaskProgress(title, executor);
        task.set(progress);
        statusMessage.set(title + "…");
        executor.submit(() -> work.apply(progress), done -> {
            task.set(null);
            statusMessage.set(done);
            load();
            succeeded.run();
        }, failure -> {
            task.set(null);
            if (failure instanceof CancelledException) {
                statusMessage.set(title + ": cancelled; " + whenStopped);
            } else {
                statusMessage.set(title + ": failed; " + whenStopped);
                showError(failure);
            }
        });
    }

    /** Shows a message in the status bar (what the window did before it reopened). */
    public void announce(String message) { statusMessage.set(message); }

    /** This window's newsroom is being replaced (another opened, a backup restored): it reports nothing more. */
    public void retire() { retired = true; }

    private void showError(Throwable failure) {
        if (retired) {
            return;
        }
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        errorMessage.set(message);
    }
}
