package com.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sqlite3 command-line shell, run as the benchmark's peer when it is installed. */
final class Sqlite3Shell {
    private Sqlite3Shell() {}

    static boolean available() {
        try {
            return new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A peer's SQL, kept as a file beside this class (SQL lives in storage and in these scripts only). */
    static String script(String name) {
        try (java.io.InputStream in = Sqlite3Shell.class.getResourceAsStream(name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("no peer script " + name + ".sql");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs sqlite3 on the database with these arguments; output goes to {@code out}, or is discarded. */
    static void run(Path database, Path out, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("sqlite3");
        List<String> options = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (String argument : arguments) {
            (argument.startsWith("-") ? options : commands).add(argument);
        }
        command.addAll(options);
        command.add(database.toString());
        command.addAll(commands);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        int status = builder.start().waitFor();
        if (status != 0) {
            throw new IOException("sqlite3 " + String.join(" ", arguments) + " exited with " + status);
        }
    }
}
