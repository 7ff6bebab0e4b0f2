package com.newsdesk.app;

import com.newsdesk.storage.DataLocation;
import com.newsdesk.storage.NewsroomAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * The newsroom the window opens: {@code --db}, else {@code NEWSDESK_DB}, else the one last chosen in the window
 * (File → Open, New, the sample) while it still exists, else the default. Only choices made in the window are
 * remembered: a script's {@code --db} never changes what the next plain start opens.
 */
final class LastNewsroom {
    private static final String KEY = "lastNewsroom";

    private LastNewsroom() {}

    static NewsroomAddress forWindow(String argument, Map<String, String> env) {
        String fromEnv = env.get("NEWSDESK_DB");
        if (argument == null && (fromEnv == null || fromEnv.isBlank())) {
            String remembered = preferences().get(KEY, null);
            if (remembered != null && NewsroomAddress.isServer(remembered)) {
                return DataLocation.resolveAddress(remembered, Map.of());
            }
            if (remembered != null) {
                Path file = Path.of(remembered);
                if (Files.isRegularFile(file)) {
                    return new NewsroomAddress.File(file);
                }
            }
        }
        NewsroomAddress address = DataLocation.resolveAddress(argument, env);
        return address instanceof NewsroomAddress.File file
                ? new NewsroomAddress.File(file.path().toAbsolutePath().normalize()) : address;
    }

    /** The server a shared newsroom was last connected to, as its address (never a password), or null. */
    static String lastServer() {
        String remembered = preferences().get(KEY, null);
        return remembered != null && NewsroomAddress.isServer(remembered) ? remembered : null;
    }

    static void remember(NewsroomAddress address) {
        String value = address instanceof NewsroomAddress.Server server
                ? "postgresql://" + server.host() + ":" + server.port() + "/" + server.database() + "?user=" + server.user()
                : ((NewsroomAddress.File) address).path().toAbsolutePath().normalize().toString();
        preferences().put(KEY, value);
    }

    private static Preferences preferences() {
        return Preferences.userRoot().node("newsdesk");
    }
}
