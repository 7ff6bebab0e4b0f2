package com.newsdesk.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icons the window uses, all from Feather so they look alike. */
public final class Icons {
    public static final Ikon ARTICLES = Feather.FILE_TEXT;
    public static final Ikon COMMENTS = Feather.MESSAGE_SQUARE;
    public static final Ikon SUBSCRIBERS = Feather.USERS;
    public static final Ikon DATABASE = Feather.DATABASE;
    public static final Ikon STAFF = Feather.KEY;
    public static final Ikon AUDIT = Feather.LIST;
    public static final Ikon SETTINGS = Feather.SLIDERS;
    public static final Ikon SYNC = Feather.REFRESH_CW;

    private Icons() {}

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }
}
