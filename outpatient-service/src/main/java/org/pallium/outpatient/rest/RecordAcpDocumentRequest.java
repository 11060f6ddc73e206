package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CodeStatus;

/** An advance care planning document of a patient, recorded where it stands. */
public record RecordAcpDocumentRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the document as it now stands")
        UUID id,
        @Schema(description = "The Pallium patient id") @NotNull UUID patientId,
        @NotNull AcpDocumentType documentType,
        @NotNull AcpDocumentStatus status,
        @Schema(description = "Where the document is, such as the EHR's DocumentReference; required when ON_FILE")
        @Size(max = 2000) @Pattern(regexp = "\\S+", message = "must be a URI or an identifier, without spaces")
        String reference,
        @Valid @Schema(description = "For a HEALTH_CARE_POWER_OF_ATTORNEY, and only it: the agent it names; required "
                + "once it is DRAFTED") HealthcareAgentRequest healthcareAgent,
        @Schema(description = "For a CODE_STATUS document, and only it: the code status it records; required")
        CodeStatus codeStatus,
        @Size(min = 1, max = 4000) String note,
        @PastOrPresent @Schema(description = "When the document reached its status; now when left out")
        Instant changedAt) {
}
