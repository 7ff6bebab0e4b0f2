package com.newsdesk.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: with {@code NEWSDESK_STARTUP_PROBE} set, the window says when its first screen (the
 * desks, or sign-in) has been laid out after the newsroom opened, then quits. The benchmark times this from outside.
 */
final class StartupProbe {
    private static final boolean ON = System.getenv("NEWSDESK_STARTUP_PROBE") != null;

    private StartupProbe() {}

    /** Prints how long after JVM start a step of the start was reached (probe runs only). */
    static void mark(String step) {
        if (ON) {
            System.out.printf("newsdesk: %s at %d ms%n", step,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    private static int count(javafx.scene.Node node) {
        int nodes = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                nodes += count(child);
            }
        }
        return nodes;
    }

    static void firstScreenShown(Scene scene) {
        if (!ON) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            mark("first screen laid out (" + count(scene.getRoot()) + " nodes)");
            System.out.println("newsdesk: window ready");
            System.out.flush();
            Platform.exit();
            System.exit(0);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
