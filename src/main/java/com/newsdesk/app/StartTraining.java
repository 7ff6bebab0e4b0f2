package com.newsdesk.app;

import com.newsdesk.cli.Cli;
import com.newsdesk.service.PasswordHasher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The command line's training run: {@code ./newsdesk} runs it once for each build, recording the classes it loads
 * into the class-data archive every later command maps instead of loading them one by one. Before, the archive held
 * whatever the first command after a build happened to load (an {@code init}, a usage error), and the others
 * loaded the rest themselves at every start. Everyday commands on a throwaway newsroom in a temporary folder, their
 * output discarded; nothing of the user's is read or written. With {@code --then COMMAND…} it then runs the user's
 * command in the same JVM, as {@link Launcher} does: that is how the launcher records the archive of commands on a
 * shared newsroom, whose driver, pool and sign-in (some 650 classes) no training run can load without a server.
 */
public final class StartTraining {
    private StartTraining() {}

    public static void main(String[] args) throws IOException {
        trainInTemporaryFolder();
        if (args.length > 0 && args[0].equals("--then")) {
            Launcher.main(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }

    private static void trainInTemporaryFolder() throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(name -> name.startsWith("NEWSDESK_") || name.startsWith("PG"));
        com.newsdesk.storage.NativeSqlite.useCachedLibrary(System.getenv());
        Path folder = Files.createTempDirectory("newsdesk-training");
        try {
            train(folder, env);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Runs the everyday commands in {@code folder}; returns the commands that failed (none, unless one changed). */
    static List<String> train(Path folder, Map<String, String> env) throws IOException {
        Map<String, String> own = new HashMap<>(env);
        own.put("XDG_DATA_HOME", folder.resolve("data").toString()); // a log, if any, stays in the folder
        String db = folder.resolve("newsroom.db").toString();
        String people = folder.resolve("people.csv").toString();
        String json = folder.resolve("newsroom.json").toString();
        Files.writeString(Path.of(people), "email,name,labels\nreader@example.org,A Reader,news\n");
        String[][] commands = {
            {"init", "--db", db},
            {"import-subscribers", people, "--db", db},
            {"stats", "--db", db},
            {"articles", "--db", db},
            {"export-subscribers", "--format", "csv", "--db", db, "--out", folder.resolve("people2.csv").toString()},
            {"export", "--db", db, "--out", json},
            {"import", json, "--db", folder.resolve("copy.db").toString()},
        };
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
        List<String> failed = new ArrayList<>();
        for (String[] command : commands) {
            if (Cli.run(command, discard, discard, own, Clock.systemUTC(), OutputStream.nullOutputStream(),
                    new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS)) != 0) {
                failed.add(command[0]);
            }
        }
        return failed;
    }
}
