package com.newsdesk.app;

import com.newsdesk.storage.DataLocation;
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

    static Path forWindow(String argument, Map<String, String> env) {
        String fromEnv = env.get("NEWSDESK_DB");
        String named = argument != null ? argument : fromEnv;
        if (named != null && com.newsdesk.storage.NewsroomAddress.isServer(named)) {
            throw new com.newsdesk.storage.StorageException("The window opens newsroom files only, for now; a shared"
                    + " newsroom (" + named.replaceFirst("\\?.*", "") + ") is opened by the command line:"
                    + " newsdesk COMMAND --db " + named + ".");
        }
        if (argument == null && (fromEnv == null || fromEnv.isBlank())) {
            String remembered = preferences().get(KEY, null);
            if (remembered != null) {
                Path file = Path.of(remembered);
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
        }
        return DataLocation.resolve(argument, env);
    }

    static void remember(Path file) {
        preferences().put(KEY, file.toAbsolutePath().normalize().toString());
    }

    private static Preferences preferences() {
        return Preferences.userRoot().node("newsdesk");
    }
}
