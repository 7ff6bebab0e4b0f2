package com.newsdesk.app;

import com.newsdesk.cli.Cli;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The one entry point: no arguments (or only {@code --db FILE}) opens the window, anything else runs the command
 * line. A plain class, not an {@code Application}, so the shaded jar starts JavaFX from the class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        com.newsdesk.storage.NativeSqlite.useCachedLibrary(System.getenv());
        if (opensWindow(args)) {
            NewsdeskApp.launchWindow(args);
            return;
        }
        // Standard output as the file descriptor, not System.out: a PrintStream swallows write errors (a full disk,
        // a closed pipe), and an export that did not arrive must not exit 0.
        java.io.OutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(args, out, err, System.getenv(), Clock.systemUTC(), stdout,
                new com.newsdesk.service.PasswordHasher(com.newsdesk.service.PasswordHasher.DEFAULT_ITERATIONS)));
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0
                || (args.length == 1 && args[0].startsWith("--db="))
                || (args.length == 2 && args[0].equals("--db"));
    }
}
