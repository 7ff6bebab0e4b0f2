package com.newsdesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * SQLite's native library, kept once in the user's cache folder. By default the driver copies it out of the jar into
 * the temporary folder at every start (about 80 of the 165 ms a first connection takes here) and leaves a copy behind
 * whenever a process is killed. Pointing the driver at a copy made once takes that off every start.
 *
 * <p>A library is code that runs with the user's rights, so the copy is trusted only in folders only the user may
 * enter (0700, repaired when looser), as a regular file of the user's that matches the jar's entry; it is compared
 * byte for byte with the jar's when it is made. Anything else is replaced, or when that cannot be done, left alone:
 * the driver then loads its own copy, as it would without this class.
 */
public final class NativeSqlite {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private NativeSqlite() {}

    /**
     * Call before the first database is opened. Any failure leaves the driver's own way in place: a slower start,
     * never a broken one, and nothing printed.
     */
    public static void useCachedLibrary(Map<String, String> env) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // chosen by whoever started the JVM
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            // Named by the JVM's own platform properties: the driver's platform probe starts a process (uname),
            // about 40 ms, so it runs only when the library is first copied.
            Path cache = ownerOnlyFolder(cacheRoot(env).resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion()
                    + "-" + System.getProperty("os.name") + "-" + System.getProperty("os.arch")));
            Path library = cache.resolve(name);
            Path source = cache.resolve(name + ".source");
            if (!matchesTheJar(library, source) && !copyFromTheJar(library, source, name)) {
                return;
            }
            System.setProperty("org.sqlite.lib.path", cache.toString());
            System.setProperty("org.sqlite.lib.name", name);
            // The driver lists its temporary folder at every start to delete copies older runs left there (the
            // system's /tmp can hold thousands of entries); this folder holds only the copy, and any copy the driver
            // must make after all then lands here, closed to other users.
            if (System.getProperty("org.sqlite.tmpdir") == null) {
                System.setProperty("org.sqlite.tmpdir", cache.toString());
            }
        } catch (IOException | RuntimeException e) {
            // keep the driver's default: extract to the temporary folder
        }
    }

    /**
     * At every start: the copy and the note of where in the jar it came from are the user's own files, not links,
     * not writable by others, and the copy has the size and CRC-32 the jar's directory gives for that entry (read
     * without unpacking it). Only the user could have written the folder (0700), so this catches damage and stale
     * copies; the full comparison of bytes is made when the copy is made.
     */
    static boolean matchesTheJar(Path library, Path source) throws IOException {
        if (!isUsersOwnFile(library) || !isUsersOwnFile(source)) {
            return false;
        }
        String resource = Files.readString(source).strip();
        if (!resource.startsWith("/org/sqlite/native/") || !resource.endsWith("/" + library.getFileName())) {
            return false;
        }
        java.net.URL url = NativeSqlite.class.getResource(resource);
        if (url == null) {
            return false;
        }
        byte[] copy = Files.readAllBytes(library);
        if (url.openConnection() instanceof java.net.JarURLConnection jar) {
            jar.setUseCaches(false);
            java.util.jar.JarEntry entry = jar.getJarEntry();
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(copy);
            return entry.getSize() == copy.length && entry.getCrc() == crc.getValue();
        }
        try (InputStream in = url.openStream()) { // classes in a folder (development): compare the bytes
            return Arrays.equals(in.readAllBytes(), copy);
        }
    }

    /** Copies the jar's library into the folder, checks the copy byte for byte, and notes where it came from. */
    private static boolean copyFromTheJar(Path library, Path source, String name) throws IOException {
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + name;
        byte[] bundled;
        try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false; // no bundled library for this platform: the driver will say so
            }
            bundled = in.readAllBytes();
        }
        Path folder = library.getParent();
        Files.deleteIfExists(library); // a wrong or planted file is never loaded
        Files.deleteIfExists(source);
        Path partial = Files.createTempFile(folder, name, ".partial");
        Files.write(partial, bundled);
        Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path partialSource = Files.createTempFile(folder, name, ".partial");
        Files.writeString(partialSource, resource);
        Files.move(partialSource, source, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return isUsersOwnFile(library) && Arrays.equals(Files.readAllBytes(library), bundled);
    }

    /** A regular file (not a link) of the user's, not writable by anyone else. */
    private static boolean isUsersOwnFile(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (isPosix(file)) {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.owner().equals(currentUser(file))
                    && !attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    && !attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE);
        }
        return true;
    }

    /** The folder, made if missing; owned by the user and closed to others (0700), or an exception. */
    static Path ownerOnlyFolder(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder);
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + " is not a folder");
        }
        if (isPosix(folder)) {
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.owner().equals(currentUser(folder))) {
                throw new IOException(folder + " belongs to someone else");
            }
            if (!attributes.permissions().equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            }
        }
        return folder;
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static java.nio.file.attribute.UserPrincipal currentUser(Path on) throws IOException {
        return on.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }

    /** $XDG_CACHE_HOME/newsdesk, else ~/.cache/newsdesk (%LOCALAPPDATA%\Newsdesk on Windows), only the user's. */
    private static Path cacheRoot(Map<String, String> env) throws IOException {
        String windows = env.get("LOCALAPPDATA");
        String xdg = env.get("XDG_CACHE_HOME");
        Path root = System.getProperty("os.name", "").startsWith("Windows") && windows != null
                ? Path.of(windows, "Newsdesk", "cache")
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "newsdesk")
                : Path.of(System.getProperty("user.home"), ".cache", "newsdesk");
        return ownerOnlyFolder(root);
    }
}
