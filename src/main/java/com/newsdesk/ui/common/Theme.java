package com.newsdesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;

/** AtlantaFX's Primer theme in light or dark, remembered between runs. */
public final class Theme {
    private static final String DARK_KEY = "darkTheme";

    private Theme() {}

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS()); // binary CSS: no parse at start
    }

    public static boolean savedDark() {
        return preferences().getBoolean(DARK_KEY, false);
    }

    public static void saveDark(boolean dark) {
        preferences().putBoolean(DARK_KEY, dark);
    }

    /** The app's own style sheet, shipped from assets/ inside the jar. */
    public static String stylesheet() {
        return Theme.class.getResource("/assets/newsdesk.css").toExternalForm();
    }

    private static Preferences preferences() {
        return Preferences.userRoot().node("newsdesk");
    }
}
