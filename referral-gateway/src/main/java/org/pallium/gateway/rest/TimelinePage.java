package org.pallium.gateway.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CareSetting;

/** A page of a patient's timeline, newest first. */
public record TimelinePage(
        UUID patientId,
        List<Entry> entries,
        @Schema(description = "The next, older page; absent on the last page") URI next) {

    /** One event of the patient's care. */
    public record Entry(
            UUID eventId,
            @Schema(description = "When it happened to the patient (clinical time)") Instant occurredAt,
            CareSetting setting,
            @Schema(description = "The CloudEvents type, such as org.pallium.visit.completed.v2") String type,
            String title,
            @Schema(description = "Who did it, where known") String who,
            @Schema(description = "The source record in its service") URI link) {
    }
}
