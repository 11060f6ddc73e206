package org.pallium.homevisit.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.homevisit.repository.VisitMode;

/** A recurring visit, for example nursing weekly on Tuesday at 10:00, or social work every other week. */
public record VisitPlanRecording(
        @Schema(description = "Chosen by the client; the same id again returns the plan already made")
        @NotNull UUID id,
        @NotNull Discipline discipline,
        @NotNull VisitMode mode,
        @Schema(description = "1: every week, 2: every other week, up to 8")
        @Min(1) @Max(8) int everyWeeks,
        @NotNull DayOfWeek weekday,
        @Schema(description = "The local time in the programme's time zone", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "10:00")
        @NotNull LocalTime localStart,
        @Min(5) @Max(480) int durationMinutes,
        @Schema(description = "The Pallium user id of who visits; left out: the patient's assigned nurse, or social worker for social work")
        @Size(max = 200) String assignedTo,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @Schema(description = "For video visits: the video platform, such as the health system's telehealth service")
        @Size(max = 100) String videoProvider) {
}
