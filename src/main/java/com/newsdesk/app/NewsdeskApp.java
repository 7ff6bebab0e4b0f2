package com.newsdesk.app;

import com.newsdesk.service.PasswordHasher;
import com.newsdesk.storage.DataLocation;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Theme;
import com.newsdesk.ui.shell.ShellView;
import com.newsdesk.ui.shell.ShellViewModel;
import com.newsdesk.ui.staff.SignInView;
import com.newsdesk.storage.NewsroomAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The window. It opens at once and opens the newsroom's database in the background. */
public final class NewsdeskApp extends Application {
    private final BackgroundExecutor executor = BackgroundExecutor.withWorkers(Platform::runLater, 3);
    private Stage stage;
    private final com.newsdesk.ui.common.DialogService dialogs = new com.newsdesk.ui.common.FxDialogService(
            () -> stage);
    private AppContext context;
    private ShellViewModel shell;

    /**
     * The first newsroom, opened on another thread while the toolkit starts. Static because
     * {@code Application.launch} builds this class itself; set once, before it does.
     */
    private static volatile FirstNewsroom first;

    /** A database opened early, and whether it asks who is there (both read off the JavaFX thread). */
    private record EarlyOpen(com.newsdesk.storage.Database database, AppContext.Arrival arrival) {}

    /** Held, so that its level is not lost with a collected logger. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private record FirstNewsroom(NewsroomAddress address, java.util.concurrent.CompletableFuture<EarlyOpen> opened) {}

    static void launchWindow(String[] args) {
        // Failures the desks did not foresee are logged to the data folder's file (opened only when something is
        // logged). JavaFX's notice that it runs from the class path is not news to anyone: kept out of it.
        com.newsdesk.cli.Logs.writeTo(DataLocation.dataFolder(System.getenv()));
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        NewsroomAddress file;
        try {
            file = LastNewsroom.forWindow(databaseArgument(List.of(args)), System.getenv());
        } catch (com.newsdesk.storage.StorageException refused) { // a server address, a folder that is not there
            System.err.println("newsdesk: " + refused.getMessage());
            System.exit(1);
            return;
        }
        java.util.concurrent.CompletableFuture<EarlyOpen> opening = new java.util.concurrent.CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                com.newsdesk.storage.Database database = AppContext.openDatabase(file, System.getenv());
                try {
                    opening.complete(new EarlyOpen(database, AppContext.arrival(database)));
                } catch (RuntimeException refused) { // a server login that is no staff account of it
                    database.close();
                    throw refused;
                }
            } catch (Throwable failure) {
                opening.completeExceptionally(failure);
            }
        }, "newsdesk-open");
        opener.setDaemon(true);
        opener.start();
        first = new FirstNewsroom(file, opening);
        Application.launch(NewsdeskApp.class, args);
    }

    @Override
    public void init() {
        executor.observeFailures(failure -> {
            if (failure instanceof com.newsdesk.storage.StorageException storage && storage.unforeseen()) {
                // The person reads the plain words; the database's own, for whoever mends it, go to the log.
                org.slf4j.LoggerFactory.getLogger(NewsdeskApp.class).error(storage.getMessage(), storage);
            }
        });
    }

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.mark("toolkit started");
        stage = primaryStage;
        LastResort.install(() -> stage, DataLocation.dataFolder(System.getenv()));
        // Every dialog may be made larger: a long reason, a list of rows or a comparison is read whole.
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>)
                change -> {
                    while (change.next()) {
                        change.getAddedSubList().forEach(window -> {
                            if (window instanceof Stage dialog && dialog != stage) {
                                dialog.setResizable(true);
                            }
                        });
                    }
                });
        Theme.apply(Theme.savedDark());
        stage.setTitle("Newsdesk");
        java.net.URL icon = NewsdeskApp.class.getResource("/icons/newsdesk-48.png");
        if (icon != null) { // the task bar's and the window switcher's picture; the installer's menu has its own
            // Decoded on JavaFX's image thread: the first screen does not wait for the image library to load.
            javafx.scene.image.Image picture = new javafx.scene.image.Image(icon.toExternalForm(), true);
            picture.exceptionProperty().addListener((property, before, unreadable) -> org.slf4j.LoggerFactory
                    .getLogger(NewsdeskApp.class).warn("the window icon could not be read", unreadable));
            stage.getIcons().add(picture);
        }
        NewsroomAddress file;
        try {
            file = LastNewsroom.forWindow(databaseArgument(getParameters().getRaw()), System.getenv());
        } catch (com.newsdesk.storage.StorageException refused) { // told already by launchWindow; tests start here
            stage.setScene(fittedScene(cannotOpen()));
            stage.show();
            dialogs.showError("Could not open the newsroom", refused.getMessage());
            return;
        }
        FirstNewsroom early = first;
        first = null;
        if (early != null && early.address().equals(file) && early.opened().isDone()
                && !early.opened().isCompletedExceptionally()) {
            // Opened while the toolkit started: the desks are the first screen, with no "Opening…" before them.
            EarlyOpen opened = early.opened().join();
            stage.setScene(fittedScene(new VBox()));
            adopt(new Opened(AppContext.around(opened.database(), Clock.systemUTC(),
                    new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS), executor), opened.arrival()), file);
            stage.show();
            return;
        }
        stage.setScene(fittedScene(message("Opening the newsroom…", true)));
        stage.show();
        StartupProbe.mark("first stage shown");
        openNewsroom(file, early);
    }

    /** 1280×800, or the screen's usable area when it is smaller, so a small screen never cuts the window off. */
    private static Scene fittedScene(javafx.scene.Parent root) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
    }

    /**
     * Opens another newsroom in this window, chosen in it (File → Open, New, the sample): the next plain start opens
     * it again. The current one stays open until the new one is ready.
     */
    private void openNewsroom(Path file) {
        openNewsroom(new NewsroomAddress.File(file.toAbsolutePath().normalize()), null, true, System.getenv());
    }

    private void openNewsroom(NewsroomAddress file, FirstNewsroom early) {
        openNewsroom(file, early, false, System.getenv());
    }

    /**
     * File → Connect to a shared newsroom…: asks for the server's address (the last one offered) and, when
     * PGPASSWORD or ~/.pgpass does not give it, the password, kept for this connection only.
     */
    private void connectAsked() {
        String last = LastNewsroom.lastServer();
        dialogs.serverSignIn("Connect to a shared newsroom", last == null ? "postgresql://localhost:5432/newsroom?user="
                + System.getProperty("user.name", "") : last).ifPresent(signIn -> {
            NewsroomAddress server;
            try {
                server = com.newsdesk.storage.DataLocation.resolveAddress(signIn.address(), java.util.Map.of());
            } catch (com.newsdesk.storage.StorageException refused) {
                dialogs.showError("Could not connect", refused.getMessage());
                return;
            }
            if (!(server instanceof NewsroomAddress.Server)) {
                dialogs.showError("Could not connect", signIn.address() + " is not a server address (expected"
                        + " postgresql://HOST[:PORT]/DATABASE?user=NAME).");
                return;
            }
            java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
            if (signIn.password().length > 0) {
                env.put("PGPASSWORD", new String(signIn.password()));
                java.util.Arrays.fill(signIn.password(), '\0');
            }
            openNewsroom(server, null, true, env);
        });
    }

    /** As above; {@code early}, when given, is this newsroom being opened already (the first start). */
    private void openNewsroom(NewsroomAddress file, FirstNewsroom early, boolean chosenInTheWindow,
            java.util.Map<String, String> env) {
        java.util.List<Runnable> unsaved = unsavedWork(); // taken here, on the JavaFX thread; written below
        executor.submit(() -> {
            unsaved.forEach(Runnable::run); // before the window leaves the newsroom they belong to
            PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
            if (early != null && early.address().equals(file)) {
                EarlyOpen opened = joined(early.opened());
                return new Opened(AppContext.around(opened.database(), Clock.systemUTC(), hasher, executor),
                        opened.arrival());
            }
            var database = AppContext.openDatabase(file, env);
            try {
                return new Opened(AppContext.around(database, Clock.systemUTC(), hasher, executor),
                        AppContext.arrival(database));
            } catch (RuntimeException refused) { // a server login that is no staff account of it
                database.close();
                throw refused;
            }
        }, result -> {
            if (chosenInTheWindow) {
                LastNewsroom.remember(file); // opened: the next plain start opens it again
            }
            adopt(result, file);
        }, failure -> {
            if (context == null) {
                stage.getScene().setRoot(cannotOpen());
            }
            dialogs.showError("Could not open " + (file instanceof NewsroomAddress.File named
                    ? named.path().getFileName().toString() : file.describe()), failure.getMessage());
        });
    }

    /** Makes an opened newsroom the window's: its desks (or sign-in) shown, the one before it closed. */
    private void adopt(Opened result, NewsroomAddress file) {
        StartupProbe.mark("newsroom open");
        // Reopening the same file follows a restore: its report carries over to the new window's status bar.
        String carried = shell != null && context != null && context.address().equals(file)
                ? shell.statusMessageProperty().get() : null;
        if (shell != null) {
            shell.retire(); // its last loads may still run against the newsroom being closed
        }
        shell = null;
        AppContext previous = context;
        context = result.context();
        context.startAutomaticBackups(backup -> Platform.runLater(() -> {
            if (shell != null && shell.backupSettings() != null) {
                shell.backupSettings().load(); // the Settings desk lists it
            }
        }), failure -> Platform.runLater(() -> {
            if (shell != null) {
                shell.reportFailure(failure);
            }
        }));
        stage.setTitle("Newsdesk — " + context.title());
        context.watchChanges(tables -> { // a shared newsroom: what other seats change shows here within a moment
            if (shell != null) {
                shell.changedElsewhere(tables);
            }
        });
        if (result.arrival().seat() != null) {
            showShell(context.seatShell(result.arrival().seat(), dialogs));
        } else if (result.arrival().needsSignIn()) {
            showSignIn();
        } else {
            showShell(context.ownerShell(dialogs));
            if (carried != null) {
                shell.announce(carried);
            }
        }
        if (previous != null) {
            executor.submit(() -> {
                previous.close();
                return null;
            }, done -> { }, failure -> LastResort.report("closing the newsroom left", failure, () -> stage,
                    DataLocation.dataFolder(System.getenv())));
        }
    }

    private static <T> T joined(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private record Opened(AppContext context, AppContext.Arrival arrival) {}

    private void showSignIn() {
        stage.getScene().setRoot(new SignInView(context.signIn(member -> showShell(context.shellFor(member.asActor(), dialogs))),
                context.title()).root());
        StartupProbe.firstScreenShown(stage.getScene());
    }

    private void showShell(ShellViewModel model) {
        shell = model;
        model.darkThemeProperty().set(Theme.savedDark());
        model.darkThemeProperty().addListener((observable, before, dark) -> {
            Theme.apply(dark);
            Theme.saveDark(dark);
        });
        if (model.comments() != null) {
            model.comments().keymapProperty().set(com.newsdesk.ui.comments.ModerationKeymap.saved());
            model.comments().keymapProperty().addListener((observable, before, keymap) -> keymap.save());
        }
        stage.getScene().setRoot(new ShellView(model, dialogs, this::openNewsroom, this::connectAsked, this::signOut)
                .root());
        StartupProbe.mark("desks built");
        model.load();
        StartupProbe.touring(model.desks(), model.deskProperty(), executor::isIdle, stage.getScene());
    }

    /** Back to the sign-in screen; in a one-person newsroom that just gained its first account, too. */
    private void signOut() {
        java.util.List<Runnable> unsaved = unsavedWork();
        shell = null;
        stage.getScene().setRoot(message("Saving and signing out…", true));
        executor.submit(() -> {
            unsaved.forEach(Runnable::run);
            return null;
        }, done -> showSignIn(), failure -> showSignIn());
    }

    /** What open editors have not saved yet, taken now on the JavaFX thread; run it before leaving them. */
    private java.util.List<Runnable> unsavedWork() {
        return shell == null ? java.util.List.of() : shell.unsavedWork();
    }

    /** At exit: saves what open editors have not saved yet, waiting a few seconds at most (the window is gone). */
    private void saveOpenEditors() {
        java.util.List<Runnable> work = unsavedWork();
        if (work.isEmpty()) {
            return;
        }
        Thread writer = new Thread(() -> work.forEach(Runnable::run), "newsdesk-save-on-exit");
        writer.start();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private VBox cannotOpen() {
        Button open = new Button("Open another newsroom…");
        open.setOnAction(event -> {
            dialogs.fileToOpen("Open newsroom", null, com.newsdesk.ui.common.DialogService.FileKind.of(
                    "Newsdesk newsroom", "*.db"), com.newsdesk.ui.common.DialogService.FileKind.ANY)
                    .ifPresent(this::openNewsroom);
        });
        Button connect = new Button("Connect to a shared newsroom…");
        connect.setOnAction(event -> connectAsked());
        VBox box = message("No newsroom is open.", false);
        box.getChildren().addAll(open, connect);
        return box;
    }

    private static VBox message(String text, boolean busy) {
        VBox box = new VBox(16, new Label(text));
        if (busy) {
            box.getChildren().add(0, new ProgressIndicator());
        }
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** {@code --db} as typed: {@link DataLocation#resolve} checks it. */
    static String databaseArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--db=")) {
                return args.get(i).substring("--db=".length());
            }
            if (args.get(i).equals("--db") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        saveOpenEditors();
        if (context != null) {
            context.close();
        }
        executor.close();
    }
}
