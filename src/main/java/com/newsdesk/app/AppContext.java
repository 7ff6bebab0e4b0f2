package com.newsdesk.app;

import com.newsdesk.domain.Actor;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.AuditService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.PasswordHasher;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.StaffService;
import com.newsdesk.service.TransferService;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomAddress;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.shell.ShellViewModel;
import com.newsdesk.ui.staff.SignInViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import com.newsdesk.service.subscribers.SubscriberDesk;

/** Everything one open newsroom needs, wired by hand: the database, its services and the window's models. */
public final class AppContext implements AutoCloseable {
    /** LanguageTool's languages, loaded once per window process: opening another newsroom does not load them again. */
    private static final com.newsdesk.service.writing.LanguageCheckers LANGUAGES =
            new com.newsdesk.service.writing.LanguageCheckers();
    private final Database database;
    private final BackgroundExecutor executor;
    private final BackgroundExecutor writingChecks;
    private final ShellViewModel.Services services;
    private AutoCloseable changeWatch;
    private boolean closed;
    private final java.util.concurrent.ScheduledExecutorService backupTimer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "newsdesk-backups");
                thread.setDaemon(true);
                return thread;
            });

    private AppContext(Database database, Clock clock, PasswordHasher hasher, BackgroundExecutor executor) {
        this.database = database;
        this.executor = executor;
        this.writingChecks = BackgroundExecutor.withWorkers(executor::onUiThread, 1); // one checker thread
        this.services = new ShellViewModel.Services(new NewsroomService(database), new TransferService(database, clock),
                new SampleNewsroom(database, clock), new StaffService(database, hasher, clock),
                new AuditService(database, clock), new ArticleService(database, clock),
                new com.newsdesk.service.CommentService(database, clock),
                SubscriberDesk.of(database, clock),
                new com.newsdesk.service.BackupService(database, clock),
                new ShellViewModel.Writing(new com.newsdesk.service.writing.WritingAids(database, clock, LANGUAGES),
                        writingChecks), new com.newsdesk.service.offline.OfflineDesk(database, clock,
                        com.newsdesk.storage.DataLocation.dataFolder(System.getenv())),
                new com.newsdesk.service.site.SiteService(database, clock),
                new com.newsdesk.service.site.SitePublishing(database, clock));
    }

    /** Opens (creating when missing) the newsroom at file. Does disk work: call it off the JavaFX thread. */
    public static AppContext open(Path file, Clock clock, PasswordHasher hasher, BackgroundExecutor executor) {
        return around(openDatabase(new NewsroomAddress.File(file), System.getenv()), clock, hasher, executor);
    }

    /**
     * Opens (creating when missing) the newsroom's database alone, a file or a shared newsroom ({@code env} gives a
     * server's password): the window starts this before its toolkit. Disk or network work: off the JavaFX thread.
     */
    public static Database openDatabase(NewsroomAddress address, java.util.Map<String, String> env) {
        return Database.open(address, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE, env);
    }

    /** The context of a database already open. */
    public static AppContext around(Database database, Clock clock, PasswordHasher hasher,
            BackgroundExecutor executor) {
        return new AppContext(database, clock, hasher, executor);
    }

    /**
     * For a shared newsroom: hands the tables other seats change to {@code changed}, on the JavaFX thread, until this
     * context closes. A newsroom file has no other seats; nothing is started.
     */
    public void watchChanges(Consumer<java.util.Set<String>> changed) {
        if (database.file() != null) {
            return; // a file has no other seats to hear
        }
        // Off the JavaFX thread: starting to listen is a connection to the server, which may be slow or away.
        executor.submit(() -> database.watchChanges(tables -> executor.onUiThread(() -> changed.accept(tables))),
                watching -> {
                    synchronized (this) {
                        if (closed) {
                            closeQuietly(watching);
                        } else {
                            changeWatch = watching;
                        }
                    }
                }, failure -> { }); // not hearing others is not a failure of this seat: its desks reload as before
    }

    private static void closeQuietly(AutoCloseable watching) {
        try {
            watching.close();
        } catch (Exception ignored) {
            // closing: nothing more to hear
        }
    }

    /**
     * Who arrives at a newsroom just opened: on a shared newsroom with staff accounts, the account of the server login
     * the seat connected as ({@code seat}; the server checked its password, so there is no sign-in screen); else
     * whether the window must ask who is there. Reads the database: off the JavaFX thread.
     */
    public record Arrival(boolean needsSignIn, Actor seat) {}

    public static Arrival arrival(Database database) {
        StaffService staff = new StaffService(database, new PasswordHasher(1), Clock.systemUTC());
        boolean accounts = staff.hasStaff();
        if (database.isShared() && accounts) {
            return new Arrival(false, staff.connectedAs(null));
        }
        return new Arrival(accounts, null);
    }

    /** The window of a shared newsroom's seat: who it is follows from its login, so it has no sign-out. */
    public ShellViewModel seatShell(Actor seat, com.newsdesk.ui.common.DialogService dialogs) {
        return new ShellViewModel(seat, false, services, executor, dialogs);
    }

    /** The window of a one-person newsroom, whose owner is the operating system's user. */
    public ShellViewModel ownerShell(com.newsdesk.ui.common.DialogService dialogs) {
        return new ShellViewModel(Actor.owner(System.getProperty("user.name")), false, services, executor, dialogs);
    }

    public ShellViewModel shellFor(Actor actor, com.newsdesk.ui.common.DialogService dialogs) {
        return new ShellViewModel(actor, true, services, executor, dialogs);
    }

    public SignInViewModel signIn(Consumer<com.newsdesk.domain.StaffMember> onSignedIn) {
        return new SignInViewModel(services.staff(), executor, onSignedIn);
    }

    /** The newsroom's file; null for a shared newsroom. */
    public Path databaseFile() {
        return database.file();
    }

    public NewsroomAddress address() {
        return database.address();
    }

    /** The newsroom's name for the window's title: its file's, or its database's on its server. */
    public String title() {
        return database.isShared() ? database.title() + " (shared)" : database.title();
    }

    /**
     * Backs up 10 seconds after opening, once the window has settled (when the newsroom holds anything), then checks every minute whether the policy's interval has
     * passed with work saved. Each backup made goes to {@code made}, failures to {@code failed} (both on this
     * scheduler's thread).
     */
    public void startAutomaticBackups(Consumer<Path> made, Consumer<Throwable> failed) {
        startAutomaticBackups(made, failed, java.time.Duration.ofSeconds(10), java.time.Duration.ofMinutes(1));
    }

    /** As above, with the first check after {@code first} and the next ones every {@code every}. */
    void startAutomaticBackups(Consumer<Path> made, Consumer<Throwable> failed, java.time.Duration first,
            java.time.Duration every) {
        backupTimer.scheduleWithFixedDelay(backupCheck(made, failed), first.toMillis(), every.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * One check of the automatic backups, as the timer runs it: the first makes the start backup, the next ones a
     * backup when one is due; a failure is said once, not at every check, until a backup succeeds again.
     */
    Runnable backupCheck(Consumer<Path> made, Consumer<Throwable> failed) {
        return new Runnable() {
            private boolean started;
            private boolean failing;

            @Override
            public void run() {
                try {
                    Path backup;
                    if (!started) {
                        started = true;
                        backup = services.backups().atStart();
                    } else {
                        backup = services.backups().automaticIfDue();
                    }
                    failing = false;
                    if (backup != null) {
                        made.accept(backup);
                    }
                } catch (RuntimeException e) {
                    if (!failing) {
                        failing = true;
                        failed.accept(new IllegalStateException("The automatic backup failed: " + e.getMessage()
                                + " It is tried again every minute; this is said again only after one succeeds.", e));
                    }
                }
            }
        };
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (changeWatch != null) {
                closeQuietly(changeWatch);
            }
        }
        writingChecks.close();
        backupTimer.shutdownNow();
        try {
            backupTimer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS); // a backup in progress ends first
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }
}
