package com.newsdesk.domain;

import java.util.Locale;

/** The subscriber CSV layouts Newsdesk reads: the tools staff move lists between, or any CSV with an email column. */
public enum SubscriberFileFormat {
    GHOST("Ghost members"), MAILCHIMP("Mailchimp audience"), LISTMONK("listmonk"), CSV("CSV with an email column");

    private final String title;

    SubscriberFileFormat(String title) { this.title = title; }

    public String title() { return title; }

    public static SubscriberFileFormat fromName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ghost" -> GHOST;
            case "mailchimp" -> MAILCHIMP;
            case "listmonk" -> LISTMONK;
            case "csv" -> CSV;
            default -> throw new InvalidInputException("--format", "\"" + name
                    + "\" is not a format: auto, ghost, mailchimp, listmonk or csv");
        };
    }
}
