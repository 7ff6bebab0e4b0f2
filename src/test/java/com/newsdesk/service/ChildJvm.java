package com.newsdesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JVM started by a test on the test's own class path, running one main class; output and errors merged. */
public final class ChildJvm {
    private ChildJvm() {}

    public static ProcessBuilder of(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
