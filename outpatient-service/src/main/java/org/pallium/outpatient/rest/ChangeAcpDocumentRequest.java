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
import org.pallium.events.CodeStatus;

/** A step of an advance care planning document, or an amendment of it; what is left out stays as it was. */
public record ChangeAcpDocumentRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the document as it now stands")
        UUID id,
        @NotNull @Schema(description = "The status it reaches: the same or a later one") AcpDocumentStatus status,
        @Schema(description = "Where the document is; required to reach ON_FILE unless the document names it already")
        @Size(max = 2000) @Pattern(regexp = "\\S+", message = "must be a URI or an identifier, without spaces")
        String reference,
        @Valid @Schema(description = "A health care power of attorney's agent, replacing the one it named; once the "
                + "document is SIGNED only the phone may change") HealthcareAgentRequest healthcareAgent,
        @Schema(description = "A CODE_STATUS document's code status, replacing the one it recorded; fixed once SIGNED")
        CodeStatus codeStatus,
        @Size(min = 1, max = 4000) String note,
        @PastOrPresent @Schema(description = "When the change took place; now when left out") Instant changedAt) {
}
