package com.newsdesk.domain;

import java.time.LocalDate;

/** Subscriptions and unsubscriptions in the week starting on a Monday. */
public record WeeklyChange(LocalDate weekStart, long subscribed, long unsubscribed) {}
