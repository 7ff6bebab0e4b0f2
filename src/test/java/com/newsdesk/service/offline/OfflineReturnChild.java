package com.newsdesk.service.offline;

import com.newsdesk.domain.Actor;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.DataLocation;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link OfflineKillTest}: brings back the offline copy in the file {@code args[0]} to the
 * newsroom it came from, printing "done N" as each article or decision is finished, until it ends or is killed.
 */
public final class OfflineReturnChild {
    public static void main(String[] args) {
        try (Database local = Database.open(Path.of(args[0]), Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE)) {
            OfflineService offline = new OfflineService(Clock.systemUTC());
            String from = offline.copyIn(local).orElseThrow().source();
            try (Database source = Database.open(DataLocation.resolveAddress(from, System.getenv()),
                    Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE, System.getenv())) {
                offline.bringBack(Actor.owner(System.getProperty("user.name")), source, local, Actor.owner("laptop"),
                        new TaskMonitor() {
                            @Override
                            public void progress(long done, long total, String message) {
                                System.out.println("done " + done);
                                System.out.flush();
                            }

                            @Override
                            public boolean isCancelled() {
                                return false;
                            }
                        });
            }
        }
        System.out.println("returned");
    }
}
