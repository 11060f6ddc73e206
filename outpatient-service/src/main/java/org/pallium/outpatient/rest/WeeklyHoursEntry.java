package org.pallium.outpatient.rest;

import java.time.DayOfWeek;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A block of a weekly template: on a day of the week, from a local time to another, in the clinic's
 * time zone, to the minute.
 */
public record WeeklyHoursEntry(
        @NotNull DayOfWeek dayOfWeek,
        @Schema(description = "Local time, HH:mm", implementation = String.class, example = "09:00")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime startsAt,
        @Schema(description = "Local time, HH:mm, exclusive", implementation = String.class, example = "12:30")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime endsAt) {
}
