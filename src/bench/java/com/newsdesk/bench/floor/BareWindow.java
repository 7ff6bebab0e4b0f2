package com.newsdesk.bench.floor;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor under the window's start: JavaFX showing one label in a window of the size Newsdesk opens with, in
 * JavaFX's own theme, nothing of ours. Once its first screen is laid out it prints the line Newsdesk's start-up probe
 * prints at that point, and quits.
 */
public final class BareWindow {
    private static final String READY = "newsdesk: window ready";

    private BareWindow() {}

    /** Started through a class that is not the application, as Newsdesk's launcher does (JavaFX on the class path). */
    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The window. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Newsdesk")), 1280, 800);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println(READY);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("Newsdesk");
            stage.setScene(scene);
            stage.show();
        }
    }
}
