package org.pallium.gateway.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.PatientDetails;

/** A patient Pallium knows: the id every service and event names them by, and who they are. */
public record PatientView(
        @Schema(description = "The Pallium patient id") UUID id,
        @Schema(description = "Who the patient is and how to reach them: the details sent last, which Pallium keeps")
        PatientDetails details) {
}
