package com.newsdesk.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the newsroom lives when no {@code --db} is given: {@code NEWSDESK_DB}, else the platform's data folder
 * ({@code $XDG_DATA_HOME/newsdesk}, {@code %APPDATA%\Newsdesk}, {@code ~/Library/Application Support/Newsdesk}).
 */
public final class DataLocation {
    public static final String FILE_NAME = "newsdesk.db";

    private DataLocation() {}

    public static Path resolve(Path explicit, Map<String, String> env) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get("NEWSDESK_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultFile(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    static Path defaultFile(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Newsdesk").resolve(FILE_NAME);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Newsdesk").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("newsdesk").resolve(FILE_NAME);
    }
}
