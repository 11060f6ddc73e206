package org.pallium.outpatient.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;

/** A clinician the clinic books, with their weekly template. */
public record ClinicianView(
        @Schema(description = "Their Pallium user id") String id,
        String name,
        Discipline discipline,
        WeeklyTemplateView weeklyTemplate) {
}
