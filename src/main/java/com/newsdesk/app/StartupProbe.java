package com.newsdesk.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: with {@code NEWSDESK_STARTUP_PROBE} set, the window says when its first screen (the
 * desks, or sign-in) has been laid out after the newsroom opened, then quits. The benchmark times this from outside.
 * With {@code NEWSDESK_STARTUP_PROBE=tour} it first visits every desk, each until its rows are shown, so the
 * benchmark can read the window's peak memory with every desk loaded.
 */
final class StartupProbe {
    private static final String MODE = System.getenv("NEWSDESK_STARTUP_PROBE");
    private static final boolean ON = MODE != null;
    private static final boolean TOUR = "tour".equals(MODE);
    /** Frames a desk must stay quiet (no background work waiting) before the tour moves on. */
    private static final int QUIET_FRAMES = 10;

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

    /** On a tour, visits each desk in turn once the first screen is shown, then quits as {@link #firstScreenShown}. */
    static void touring(java.util.List<com.newsdesk.ui.shell.Desk> desks,
            javafx.beans.property.ObjectProperty<com.newsdesk.ui.shell.Desk> showing,
            java.util.function.BooleanSupplier quiet, Scene scene) {
        if (!TOUR) {
            firstScreenShown(scene);
            return;
        }
        java.util.Iterator<com.newsdesk.ui.shell.Desk> next = desks.iterator();
        new javafx.animation.AnimationTimer() {
            private int quietFrames;

            @Override
            public void handle(long now) {
                quietFrames = quiet.getAsBoolean() ? quietFrames + 1 : 0;
                if (quietFrames < QUIET_FRAMES) {
                    return;
                }
                quietFrames = 0;
                if (next.hasNext()) {
                    com.newsdesk.ui.shell.Desk desk = next.next();
                    showing.set(desk);
                    mark("desk " + desk + " asked");
                    return;
                }
                stop();
                mark("every desk shown");
                System.out.println("newsdesk: window ready");
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }
        }.start();
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
