package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyChangeTest {
    @Test
    void everyWeekIsThereTheQuietOnesAtZero() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        List<WeeklyChange> weeks = WeeklyChange.everyWeek(List.of(new WeeklyChange(monday, 3, 1),
                new WeeklyChange(monday.plusWeeks(3), 5, 0)), monday.plusDays(2), monday.plusWeeks(3).plusDays(6));
        assertEquals(List.of(new WeeklyChange(monday, 3, 1), new WeeklyChange(monday.plusWeeks(1), 0, 0),
                new WeeklyChange(monday.plusWeeks(2), 0, 0), new WeeklyChange(monday.plusWeeks(3), 5, 0)), weeks);
        assertEquals(LocalDate.of(2026, 11, 30), WeeklyChange.mondayOf(LocalDate.of(2026, 12, 6)), "a Sunday");
    }
}
