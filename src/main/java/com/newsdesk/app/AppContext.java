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
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.shell.ShellViewModel;
import com.newsdesk.ui.staff.SignInViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** Everything one open newsroom needs, wired by hand: the database, its services and the window's models. */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final BackgroundExecutor executor;
    private final ShellViewModel.Services services;

    private AppContext(Database database, Clock clock, PasswordHasher hasher, BackgroundExecutor executor) {
        this.database = database;
        this.executor = executor;
        this.services = new ShellViewModel.Services(new NewsroomService(database), new TransferService(database, clock),
                new SampleNewsroom(database, clock), new StaffService(database, hasher, clock),
                new AuditService(database, clock), new ArticleService(database, clock),
                new com.newsdesk.service.CommentService(database, clock),
                new com.newsdesk.service.SubscriberService(database, clock));
    }

    /** Opens (creating when missing) the newsroom at file. Does disk work: call it off the JavaFX thread. */
    public static AppContext open(Path file, Clock clock, PasswordHasher hasher, BackgroundExecutor executor) {
        return new AppContext(Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE), clock, hasher,
                executor);
    }

    /** Whether the newsroom has staff accounts, so that the window must ask who is there. Reads the database. */
    public boolean needsSignIn() {
        return services.staff().hasStaff();
    }

    /** The window of a one-person newsroom, whose owner is the operating system's user. */
    public ShellViewModel ownerShell() {
        return new ShellViewModel(Actor.owner(System.getProperty("user.name")), false, services, executor);
    }

    public ShellViewModel shellFor(Actor actor) {
        return new ShellViewModel(actor, true, services, executor);
    }

    public SignInViewModel signIn(Consumer<com.newsdesk.domain.StaffMember> onSignedIn) {
        return new SignInViewModel(services.staff(), executor, onSignedIn);
    }

    public Path databaseFile() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
