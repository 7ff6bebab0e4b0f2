package com.newsdesk.ui.shell;

/** The desks of the main window, in sidebar order (Ctrl+1, Ctrl+2, Ctrl+3). */
public enum Desk {
    ARTICLES("Articles"), COMMENTS("Comments"), SUBSCRIBERS("Subscribers");

    private final String title;

    Desk(String title) { this.title = title; }

    public String title() { return title; }
}
