package com.newsdesk.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A date from a calendar, a time typed as 09:30 and the time zone they are in, shown beside them; the value is the
 * text "2026-12-01 09:30" (empty when no date is chosen), as the view model reads it.
 */
public final class DateTimeField extends HBox {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm");

    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final StringProperty value;
    private boolean syncing;

    public DateTimeField(StringProperty value, ObservableValue<ZoneId> zone, String id) {
        super(4);
        this.value = value;
        setId(id);
        setAlignment(Pos.CENTER_LEFT);
        date.setId(id + "-date");
        date.setPromptText("Date");
        date.setPrefWidth(150);
        date.setMinWidth(Region.USE_PREF_SIZE);
        time.setId(id + "-time");
        time.setPromptText("09:30");
        time.setPrefColumnCount(4);
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label zoneLabel = new Label();
        zoneLabel.getStyleClass().add("text-muted");
        zoneLabel.setMinWidth(Region.USE_PREF_SIZE);
        zoneLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> zone.getValue() == null ? "" : zone.getValue().getId(), zone));
        zoneLabel.setTooltip(new Tooltip("The newsroom's time zone (Settings)"));
        Button clear = new Button("✕");
        clear.getStyleClass().add("flat");
        clear.setTooltip(new Tooltip("No time"));
        clear.setFocusTraversable(false);
        clear.setOnAction(event -> value.set(""));
        getChildren().addAll(date, time, zoneLabel, clear);

        show(value.get());
        value.addListener((observable, before, after) -> show(after));
        date.valueProperty().addListener((observable, before, after) -> write());
        time.setOnAction(event -> write());
        time.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                write();
            }
        });
    }

    private void show(String text) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (text == null || text.isBlank()) {
                date.setValue(null);
                time.clear();
            } else {
                try {
                    java.time.LocalDateTime at = java.time.LocalDateTime.parse(text.strip(), TEXT);
                    date.setValue(at.toLocalDate());
                    time.setText(at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
                } catch (DateTimeParseException unreadable) {
                    time.setText(text); // shown as typed; the editor says why it cannot be read
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void write() {
        if (syncing) {
            return;
        }
        LocalDate day = date.getValue();
        String typed = time.getText() == null ? "" : time.getText().strip();
        syncing = true;
        try {
            if (day == null) {
                value.set(typed.isEmpty() ? "" : typed);
                return;
            }
            String clock = typed.isEmpty() ? "09:00" : typed;
            try {
                clock = LocalTime.parse(clock, TYPED_TIME).format(DateTimeFormatter.ofPattern("HH:mm"));
            } catch (DateTimeParseException unreadable) {
                // kept as typed: the editor names it ("is not a time like …")
            }
            time.setText(clock);
            value.set(day + " " + clock);
        } finally {
            syncing = false;
        }
    }
}
