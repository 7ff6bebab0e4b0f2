package com.newsdesk.domain;

import java.time.LocalDate;

/** Subscriptions and unsubscriptions in the week starting on a Monday. */
public record WeeklyChange(LocalDate weekStart, long subscribed, long unsubscribed) {

    /** The Monday of the week a day is in. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** One entry per week from the week of {@code first} to that of {@code last}: weeks with no change count zero. */
    public static java.util.List<WeeklyChange> everyWeek(java.util.List<WeeklyChange> changes, LocalDate first,
            LocalDate last) {
        java.util.Map<LocalDate, WeeklyChange> byWeek = new java.util.HashMap<>();
        changes.forEach(change -> byWeek.put(change.weekStart(), change));
        java.util.List<WeeklyChange> weeks = new java.util.ArrayList<>();
        for (LocalDate week = mondayOf(first); !week.isAfter(mondayOf(last)); week = week.plusWeeks(1)) {
            weeks.add(byWeek.getOrDefault(week, new WeeklyChange(week, 0, 0)));
        }
        return weeks;
    }
}
