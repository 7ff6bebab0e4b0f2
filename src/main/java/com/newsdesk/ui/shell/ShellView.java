package com.newsdesk.ui.shell;

import com.newsdesk.domain.NewsroomStats;
import com.newsdesk.ui.articles.ArticlesView;
import com.newsdesk.ui.comments.CommentsView;
import com.newsdesk.ui.common.DialogService;
import com.newsdesk.ui.common.Icons;
import com.newsdesk.ui.common.TaskProgress;
import com.newsdesk.ui.common.Theme;
import com.newsdesk.ui.staff.AuditView;
import com.newsdesk.ui.staff.StaffView;
import com.newsdesk.ui.subscribers.SubscribersView;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window: menu, desk sidebar, the current desk, and a status bar with the open database and any task. */
public final class ShellView {
    private final ShellViewModel model;
    private final Consumer<Path> openNewsroom;
    private final Runnable connect;
    private final Runnable signOut;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final Map<Desk, Node> builtDesks = new EnumMap<>(Desk.class);
    private final ToggleGroup deskToggles = new ToggleGroup();
    private final Node welcome;
    /** Built with the Articles desk; the File menu's New article and Close article act on it. */
    private ArticlesView articles;

    /**
     * {@code openNewsroom} switches the window to another database file (File → New, File → Open); {@code connect}
     * asks for a shared newsroom and switches to it; {@code signOut} returns to the sign-in screen.
     */
    public ShellView(ShellViewModel model, DialogService dialogs, Consumer<Path> openNewsroom, Runnable connect,
            Runnable signOut) {
        this.model = model;
        this.openNewsroom = openNewsroom;
        this.connect = connect;
        this.signOut = signOut;
        this.welcome = welcomePane();
        root.getStyleClass().add("shell");
        root.getStylesheets().add(Theme.stylesheet());
        root.setTop(new VBox(menuBar(), offlineBanner()));
        root.setLeft(sidebar());
        root.setCenter(center);
        root.setBottom(statusBar());

        model.deskProperty().addListener((observable, before, after) -> showDesk(after));
        showDesk(model.deskProperty().get());
        model.welcomeShownProperty().addListener((observable, before, shown) -> showWelcome(shown));
        model.errorMessageProperty().addListener((observable, before, message) -> {
            if (message != null) {
                model.clearError();
                dialogs.showError("Newsdesk", message);
            }
        });
    }

    public Parent root() { return root; }

    private MenuBar menuBar() {
        MenuItem newNewsroom = item("New newsroom…", "Shortcut+Shift+N", () -> chooseDatabase(true));
        MenuItem open = item("Open newsroom…", "Shortcut+O", () -> chooseDatabase(false));
        MenuItem connectShared = item("Connect to a shared newsroom…", null, connect);
        connectShared.setId("connect-shared");
        MenuItem importJson = item("Import JSON…", "Shortcut+I", model::importJson);
        MenuItem exportJson = item("Export JSON…", "Shortcut+E", model::exportNewsroom);
        MenuItem sample = item("Open the sample newsroom", null, () -> model.openSampleNewsroom(openNewsroom));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> root.getScene().getWindow().hide());
        importJson.disableProperty().bind(model.taskProperty().isNotNull());
        exportJson.disableProperty().bind(model.taskProperty().isNotNull());
        sample.disableProperty().bind(model.taskProperty().isNotNull());
        Menu file = new Menu("File", null, newNewsroom, open, connectShared);
        if (model.desks().contains(Desk.ARTICLES)) { // Ctrl+N and Ctrl+W belong to the Articles desk
            MenuItem newArticle = item("New article", "Shortcut+N", () -> articlesView().newArticle());
            newArticle.setId("new-article-item");
            MenuItem closeArticle = item("Close article", "Shortcut+W", () -> articlesView().closeSelectedArticle());
            var notOnArticles = javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> model.deskProperty().get() != Desk.ARTICLES, model.deskProperty());
            newArticle.disableProperty().bind(notOnArticles);
            closeArticle.disableProperty().bind(notOnArticles);
            file.getItems().addAll(0, List.of(newArticle, closeArticle, new SeparatorMenuItem()));
        }
        if (model.canImportComments()) {
            MenuItem importComments = item("Import comments…", null, model::importCommentsAsked);
            importComments.disableProperty().bind(model.taskProperty().isNotNull());
            file.getItems().addAll(new SeparatorMenuItem(), importComments);
        }
        if (model.canTransferAll()) { // the whole newsroom in or out is an Admin's job
            MenuItem backUp = item("Back up now", "Shortcut+Shift+B", model::backUpNow);
            backUp.setId("back-up-now");
            MenuItem restore = item("Restore from a backup…", null, () -> model.restoreAsked(() -> openNewsroom.accept(model.databaseFile())));
            backUp.disableProperty().bind(model.taskProperty().isNotNull());
            restore.disableProperty().bind(model.taskProperty().isNotNull());
            MenuItem moveToServer = item("Move this newsroom to a server…", null, model::moveToServerAsked);
            moveToServer.setId("move-to-server");
            moveToServer.disableProperty().bind(model.taskProperty().isNotNull());
            file.getItems().addAll(new SeparatorMenuItem(), importJson, exportJson, moveToServer,
                    new SeparatorMenuItem(), backUp, restore, new SeparatorMenuItem(), sample);
        }
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        Menu view = new Menu("View");
        for (Desk desk : model.desks()) {
            view.getItems().add(item(desk.title(), "Shortcut+" + desk.shortcut(), () -> model.deskProperty().set(desk)));
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(model.darkThemeProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        Menu account = new Menu(model.actor().describe());
        account.setId("account-menu");
        MenuItem signOutItem = item("Sign out / switch user", "Shortcut+Shift+L", signOut);
        signOutItem.setDisable(!model.canSignOut());
        account.getItems().add(signOutItem);
        if (!model.canSignOut()) {
            account.getItems().add(new MenuItem("One-person newsroom: add staff accounts on the Staff desk"));
            account.getItems().get(1).setDisable(true);
        }
        return new MenuBar(file, view, account);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private Node sidebar() {
        Label name = new Label("Newsdesk");
        name.getStyleClass().addAll("title-4", "app-name");
        VBox sidebar = new VBox(4, name);
        sidebar.getStyleClass().add("sidebar");
        for (Desk desk : model.desks()) {
            ToggleButton button = new ToggleButton(desk.title(), Icons.of(switch (desk) {
                case ARTICLES -> Icons.ARTICLES;
                case COMMENTS -> Icons.COMMENTS;
                case SUBSCRIBERS -> Icons.SUBSCRIBERS;
                case STAFF -> Icons.STAFF;
                case AUDIT -> Icons.AUDIT;
                case SETTINGS -> Icons.SETTINGS;
            }));
            button.setId("desk-" + desk.name().toLowerCase());
            button.setUserData(desk);
            button.setToggleGroup(deskToggles);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new javafx.scene.control.Tooltip(desk.title() + " (Ctrl+" + desk.shortcut() + ")"));
            button.setOnAction(event -> {
                model.deskProperty().set(desk);
                button.setSelected(true);
            });
            sidebar.getChildren().add(button);
        }
        sidebar.setPadding(new Insets(12, 8, 12, 8));
        sidebar.setPrefWidth(180);
        return sidebar;
    }

    /**
     * In an offline copy: which newsroom it belongs to, who took it and when, and Bring back (the window's way to
     * return every change made here).
     */
    private Node offlineBanner() {
        Label what = new Label();
        what.setId("offline-banner-text");
        what.setWrapText(true);
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var held = model.offlineCopyProperty().get();
            if (held == null) {
                return "";
            }
            var copy = held.copy();
            return String.format("Offline copy of %s: %,d article%s and %,d comment%s, taken by %s on %s",
                    copy.source().replaceFirst("\\?.*", ""), held.articles(), held.articles() == 1 ? "" : "s",
                    held.comments(), held.comments() == 1 ? "" : "s", copy.takenBy(),
                    com.newsdesk.ui.common.Tables.format(copy.takenAt()))
                    + (copy.returnedAt() == null ? ". Bring back returns what you change here."
                            : "; brought back on " + com.newsdesk.ui.common.Tables.format(copy.returnedAt())
                            + ". Later changes go back with Bring back too.");
        }, model.offlineCopyProperty()));
        Button bringBack = new Button("Bring back");
        bringBack.setId("bring-back");
        bringBack.getStyleClass().add("accent");
        bringBack.setMinWidth(Region.USE_PREF_SIZE);
        bringBack.disableProperty().bind(model.taskProperty().isNotNull());
        bringBack.setOnAction(event -> model.bringBackAsked());
        HBox banner = new HBox(12, what, bringBack);
        banner.setId("offline-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.setStyle("-fx-background-color: -color-accent-subtle;");
        banner.visibleProperty().bind(model.offlineCopyProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node statusBar() {
        Label database = new Label(model.location(), Icons.of(Icons.DATABASE));
        database.setId("status-database");
        database.setMinWidth(Region.USE_PREF_SIZE);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        model.statsProperty().addListener((observable, before, stats) -> counts.setText(describe(stats)));
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.statusMessageProperty());
        com.newsdesk.ui.common.Messages.wholeOnHover(message);
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        Label taskMessage = new Label();
        Button cancel = new Button("Cancel");
        cancel.setId("task-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE); // never "…": the way out of a long task stays readable
        progress.setMinWidth(80);
        taskMessage.setMinWidth(0);
        com.newsdesk.ui.common.Messages.wholeOnHover(taskMessage);
        cancel.setOnAction(event -> model.cancelTask());
        HBox taskBox = new HBox(8, taskMessage, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_LEFT);
        taskBox.setId("task-box");
        taskBox.visibleProperty().bind(model.taskProperty().isNotNull());
        taskBox.managedProperty().bind(taskBox.visibleProperty());
        model.taskProperty().addListener((observable, before, task) -> bindTask(task, progress, taskMessage));

        HBox bar = new HBox(16, database, counts, message, spacer, siteSync(), taskBox);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    /** "N changes waiting for the site" and Sync; a sync every few minutes once a password was given. */
    private Node siteSync() {
        SiteSyncViewModel sync = model.siteSync();
        Label state = new Label();
        state.setId("site-state");
        state.textProperty().bind(sync.stateProperty());
        state.setMinWidth(0);
        com.newsdesk.ui.common.Messages.wholeOnHover(state);
        Button button = new Button("Sync", Icons.of(Icons.SYNC));
        button.setId("site-sync");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(model.taskProperty().isNotNull());
        button.setOnAction(event -> sync.syncAsked());
        HBox box = new HBox(8, state, button);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(sync.availableProperty());
        box.managedProperty().bind(box.visibleProperty());
        javafx.animation.Timeline every = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(SiteSyncViewModel.EVERY.toMillis()), event -> {
                    if (model.taskProperty().get() == null) {
                        sync.syncIfSignedIn();
                    }
                }));
        every.setCycleCount(javafx.animation.Animation.INDEFINITE);
        every.play();
        sync.refresh();
        return box;
    }

    private static void bindTask(TaskProgress task, ProgressBar progress, Label message) {
        progress.progressProperty().unbind();
        message.textProperty().unbind();
        if (task != null) {
            progress.progressProperty().bind(task.fractionProperty());
            message.textProperty().bind(task.messageProperty());
        }
    }

    private static String describe(NewsroomStats stats) {
        return stats == null ? "" : String.format("%,d articles · %,d comments (%,d pending) · %,d subscribers",
                stats.articleCount(), stats.commentCount(),
                stats.comments().get(com.newsdesk.domain.CommentStatus.PENDING), stats.subscriberCount());
    }

    private Node welcomePane() {
        Label title = new Label("Welcome to Newsdesk");
        title.getStyleClass().add("title-1");
        Label text = new Label("This newsroom is empty. Start writing in it, or look around a sample newsroom "
                + "with articles in English, French and Arabic, reader comments and subscribers.");
        text.setWrapText(true);
        text.setMaxWidth(520);
        Button empty = new Button("Start an empty newsroom");
        empty.setId("start-empty");
        empty.setOnAction(event -> model.startEmptyNewsroom());
        Button sample = new Button("Open the sample newsroom");
        sample.setId("open-sample");
        sample.getStyleClass().add("accent");
        sample.setDefaultButton(true);
        sample.setOnAction(event -> model.openSampleNewsroom(openNewsroom));
        sample.disableProperty().bind(model.taskProperty().isNotNull());
        HBox buttons = new HBox(12, empty, sample);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(16, title, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setId("welcome");
        box.getStyleClass().add("welcome");
        box.setMaxSize(640, 280);
        // Over the empty list, below the desk's title and filters: centred on the whole desk it covered the
        // filters' second row on a small window (1000×650), where they wrap.
        StackPane.setMargin(box, new javafx.geometry.Insets(180, 0, 0, 0));
        return box;
    }

    private void showWelcome(boolean shown) {
        if (shown && model.deskProperty().get() != model.desks().get(0)) {
            return; // the welcome belongs to the first desk; the Staff and Audit desks stay usable
        }
        if (shown && !center.getChildren().contains(welcome)) {
            center.getChildren().add(welcome);
            welcome.lookup("#open-sample").requestFocus(); // Enter opens the sample newsroom
        } else if (!shown) {
            center.getChildren().remove(welcome);
        }
    }

    private void showDesk(Desk desk) {
        Node view = builtDesks.computeIfAbsent(desk, this::buildDesk);
        center.getChildren().setAll(view);
        Node focus = com.newsdesk.ui.common.DeskLayout.focusOf(view);
        if (focus != null) {
            giveKeyboardTo(focus);
        }
        if (model.welcomeShownProperty().get() && desk == model.desks().get(0)) {
            center.getChildren().add(welcome);
        }
        deskToggles.getToggles().stream().filter(toggle -> toggle.getUserData() == desk).findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }

    /**
     * Keyboard-first: the desk's list takes keys. A list inside a split or scroll pane joins the scene only when that
     * pane's skin is made, at the next pulse, so the request waits for it. Asked again after the layout pulse,
     * because that pulse first moves a focus left on a removed node (the previous desk, the welcome's button) to the
     * window's first control.
     */
    private static void giveKeyboardTo(Node control) {
        javafx.scene.Scene scene = control.getScene();
        if (scene == null) {
            control.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> observable,
                        javafx.scene.Scene before, javafx.scene.Scene after) {
                    if (after != null) {
                        control.sceneProperty().removeListener(this);
                        giveKeyboardTo(control);
                    }
                }
            });
            return;
        }
        control.requestFocus();
        Runnable again = new Runnable() {
            private boolean done;

            @Override
            public void run() { // once; removed later because the scene is walking its listeners now
                if (!done && control.getScene() == scene && scene.getFocusOwner() != control) {
                    control.requestFocus();
                }
                done = true;
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            }
        };
        scene.addPostLayoutPulseListener(again);
    }

    /** Desks are built when first shown, so the window opens without building all three. */
    private Node buildDesk(Desk desk) {
        return switch (desk) {
            case ARTICLES -> articlesView().root();
            case COMMENTS -> new CommentsView(model.comments()).root();
            case SUBSCRIBERS -> new SubscribersView(model.subscribers()).root();
            case STAFF -> new StaffView(model.staff()).root();
            case AUDIT -> new AuditView(model.audit()).root();
            case SETTINGS -> new com.newsdesk.ui.settings.SettingsView(model.settings(), model.backupSettings(),
                    model.publishingSettings(), model.styleSettings(), model.sitesSettings()).root();
        };
    }

    private ArticlesView articlesView() {
        if (articles == null) {
            articles = new ArticlesView(model.articles());
        }
        return articles;
    }

    private void chooseDatabase(boolean create) {
        model.chooseNewsroom(create).ifPresent(openNewsroom);
    }
}
