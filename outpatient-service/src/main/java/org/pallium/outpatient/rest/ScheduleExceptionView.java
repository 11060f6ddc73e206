package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.outpatient.repository.ScheduleExceptionKind;

/** A period in which a clinician, or the whole clinic, sees no patients. */
public record ScheduleExceptionView(
        UUID id,
        @Schema(description = "Null for the whole clinic") String clinician,
        ScheduleExceptionKind kind,
        Instant startsAt,
        @Schema(description = "Exclusive") Instant endsAt,
        String note,
        String recordedBy,
        Instant recordedAt) {
}
