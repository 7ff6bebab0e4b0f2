package com.newsdesk.app;

import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.TransferService;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;

/** Everything one open newsroom needs, wired by hand: the database, its services and the window's models. */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final NewsroomService newsroom;
    private final TransferService transfer;
    private final SampleNewsroom sample;
    private final BackgroundExecutor executor;

    private AppContext(Database database, Clock clock, BackgroundExecutor executor) {
        this.database = database;
        this.executor = executor;
        this.newsroom = new NewsroomService(database);
        this.transfer = new TransferService(database, clock);
        this.sample = new SampleNewsroom(database);
    }

    /** Opens (creating when missing) the newsroom at file. Does disk work: call it off the JavaFX thread. */
    public static AppContext open(Path file, Clock clock, BackgroundExecutor executor) {
        return new AppContext(Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE), clock, executor);
    }

    public ShellViewModel shellViewModel() {
        return new ShellViewModel(newsroom, transfer, sample, executor);
    }

    public Path databaseFile() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
