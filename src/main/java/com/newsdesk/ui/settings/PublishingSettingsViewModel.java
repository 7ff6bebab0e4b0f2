package com.newsdesk.ui.settings;

import com.newsdesk.domain.Actor;
import com.newsdesk.service.ArticleService;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The newsroom's time zone on the Settings desk: schedules and embargoes are typed and shown in it. For those who may
 * publish.
 */
public final class PublishingSettingsViewModel {
    private final Actor actor;
    private final ArticleService articles;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PublishingSettingsViewModel(Actor actor, ArticleService articles, BackgroundExecutor executor,
            Consumer<Throwable> onError) {
        this.actor = actor;
        this.articles = articles;
        this.executor = executor;
        this.onError = onError;
    }

    /** The zone's id as chosen or typed (Africa/Casablanca). */
    public StringProperty timeZoneProperty() { return timeZone; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Every zone the Java runtime knows, sorted, to choose from. */
    public static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") || id.equals("UTC")).sorted()
                .toList();
    }

    public void load() {
        executor.submit(() -> articles.timeZone(actor), zone -> timeZone.set(zone.getId()), onError);
    }

    public void save() {
        String chosen = timeZone.get();
        executor.submit(() -> articles.setTimeZone(actor, chosen), zone -> {
            timeZone.set(zone.getId());
            message.set("Saved: schedules and embargoes are in " + zone.getId() + " (articles opened from now on).");
        }, failure -> message.set(failure instanceof com.newsdesk.domain.InvalidInputException invalid
                ? "Not saved: " + invalid.problem() + "." : "Not saved: " + failure.getMessage()));
    }
}
