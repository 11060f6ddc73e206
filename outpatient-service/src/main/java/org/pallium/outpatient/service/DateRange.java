package org.pallium.outpatient.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Days of the clinic's calendar, {@code from} and {@code to} both included, and the instants they
 * run between in the clinic's time zone ({@code end} exclusive: the start of the day after {@code to}).
 */
public record DateRange(LocalDate from, LocalDate to, Instant start, Instant end) {
}
