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

    /**
     * The newsroom file: {@code explicit} ({@code --db}), else {@code NEWSDESK_DB}, else the platform's data folder.
     * A named file must be a path in a folder that exists: a typo never creates folders, and a server address
     * ({@code postgresql://…}) is refused instead of becoming a folder named "postgresql:".
     */
    public static Path resolve(String explicit, Map<String, String> env) {
        if (explicit != null) {
            return checkedNamedFile(explicit, "--db");
        }
        String fromEnv = env.get("NEWSDESK_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return checkedNamedFile(fromEnv, "NEWSDESK_DB");
        }
        return defaultFile(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * The newsroom {@code explicit} ({@code --db}) or {@code NEWSDESK_DB} names, or the default file: a file, or a
     * shared newsroom on a PostgreSQL server ({@code postgresql://HOST[:PORT]/DATABASE?user=NAME}).
     */
    public static NewsroomAddress resolveAddress(String explicit, Map<String, String> env) {
        return resolveAddress(explicit, "--db", env);
    }

    /** As above, for a newsroom another option names ({@code copy --from}, {@code --to}): messages name it. */
    public static NewsroomAddress resolveAddress(String explicit, String option, Map<String, String> env) {
        String named = explicit != null ? explicit : env.get("NEWSDESK_DB");
        String where = explicit != null ? option : "NEWSDESK_DB";
        if (named != null && NewsroomAddress.isServer(named)) {
            return NewsroomAddress.parseServer(named, where, System.getProperty("user.name", ""));
        }
        return new NewsroomAddress.File(explicit != null ? checkedNamedFile(explicit, option) : resolve(null, env));
    }

    /** The platform's data folder for Newsdesk: where the default newsroom and the logs live. */
    public static Path dataFolder(Map<String, String> env) {
        return defaultFile(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")))
                .getParent();
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private static Path checkedNamedFile(String named, String where) {
        if (ADDRESS.matcher(named).find()) {
            throw new StorageException(where + " " + named + " is an address Newsdesk does not open (a newsroom is a"
                    + " file or postgresql://HOST[:PORT]/DATABASE?user=NAME); nothing was created.");
        }
        Path file = Path.of(named);
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
            throw new StorageException(where + " " + named + ": the folder " + parent + " does not exist. Check the"
                    + " path, or create the folder first; nothing was created.");
        }
        if (java.nio.file.Files.isDirectory(file)) {
            throw new StorageException(where + " " + named + " is a folder. Name the newsroom file inside it (such as "
                    + file.resolve(FILE_NAME) + ").");
        }
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) { // SQLite's own files beside a newsroom
            String name = file.getFileName().toString();
            if (name.endsWith(suffix) && java.nio.file.Files.isRegularFile(file.resolveSibling(
                    name.substring(0, name.length() - suffix.length())))) {
                throw new StorageException(where + " " + named + " is a file SQLite keeps beside the newsroom "
                        + name.substring(0, name.length() - suffix.length()) + ", not a newsroom; nothing was opened.");
            }
        }
        if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isRegularFile(file)) {
            throw new StorageException(where + " " + named + " is a device or a pipe, not a newsroom file; nothing was"
                    + " opened.");
        }
        return file;
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
