package org.pallium.outpatient.service;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A block of a clinician's weekly template to set: a day of the week, from a local time to another. */
public record WeeklyHours(DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
}
