package org.pallium.outpatient.rest;

import java.time.ZoneId;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinician's weekly template, Monday first. */
public record WeeklyTemplateView(
        String clinician,
        @Schema(description = "The clinic's time zone, in which the blocks' times are local", implementation = String.class,
                example = "America/Chicago")
        ZoneId zone,
        List<WeeklyHoursEntry> blocks) {
}
