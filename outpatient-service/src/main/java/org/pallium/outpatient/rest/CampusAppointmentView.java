package org.pallium.outpatient.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the patient's appointments elsewhere on campus, as the EHR sent it. */
public record CampusAppointmentView(
        @Schema(description = "The EHR's id of the appointment") String id,
        Instant startsAt,
        @Schema(description = "Exclusive") Instant endsAt,
        String description,
        String location,
        @Schema(description = "Who sent it: the EHR system's id, or the user's") String receivedFrom,
        Instant receivedAt) {
}
