package org.pallium.outpatient.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.outpatient.repository.VisitType;

/** A visit type the clinic books, and how long its appointments last. */
public record VisitTypeView(
        VisitType visitType,
        @Schema(description = "How long an appointment of this type lasts (pallium.clinic.visit-durations)")
        long durationMinutes,
        @Schema(description = "The FHIR Encounter class of its visit: VR for a video visit, AMB for the others")
        String encounterClass) {
}
