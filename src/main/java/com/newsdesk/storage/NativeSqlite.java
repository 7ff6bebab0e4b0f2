package com.newsdesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * SQLite's native library, kept once in the user's cache folder. By default the driver copies it out of the jar into
 * the temporary folder at every start (about 80 of the 165 ms a first connection takes here) and leaves a copy behind
 * whenever a process is killed. Pointing the driver at a copy made once takes that off every start.
 */
public final class NativeSqlite {
    private NativeSqlite() {}

    /**
     * Call before the first database is opened. Any failure leaves the driver's own way in place: a slower start,
     * never a broken one.
     */
    public static void useCachedLibrary(Map<String, String> env) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // chosen by whoever started the JVM
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            // Named by the JVM's own platform properties: the driver's platform probe starts a process (uname),
            // about 40 ms, so it runs only when the library is first copied.
            Path cache = cacheRoot(env).resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-"
                    + System.getProperty("os.name") + "-" + System.getProperty("os.arch"));
            Path library = cache.resolve(name);
            if (!Files.isRegularFile(library)) {
                String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS()
                        + "/" + name;
                try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return; // no bundled library for this platform: the driver will say so
                    }
                    Files.createDirectories(cache);
                    Path partial = Files.createTempFile(cache, name, ".partial");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", cache.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // keep the driver's default: extract to the temporary folder
        }
    }

    /** $XDG_CACHE_HOME/newsdesk, else ~/.cache/newsdesk (%LOCALAPPDATA%\Newsdesk on Windows), only the user's. */
    private static Path cacheRoot(Map<String, String> env) throws IOException {
        String windows = env.get("LOCALAPPDATA");
        String xdg = env.get("XDG_CACHE_HOME");
        Path root = System.getProperty("os.name", "").startsWith("Windows") && windows != null
                ? Path.of(windows, "Newsdesk", "cache")
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "newsdesk")
                : Path.of(System.getProperty("user.home"), ".cache", "newsdesk");
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            try {
                Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the profile folder is the user's already
            }
        }
        return root;
    }
}
