package org.pallium.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CareSetting;

/** A referral to palliative care, as an EHR sends it. */
public record SubmitReferralRequest(
        @Valid @Schema(description = "The EHR's own identifier of this referral (ServiceRequest.identifier). "
                + "Sending it makes a retry return the original referral; it takes precedence over an Idempotency-Key.")
        Identifier referralIdentifier,
        @NotNull @Valid PatientDetails patient,
        @Schema(description = "The care setting the patient is referred to; leave it out to let Pallium decide by the "
                + "routing rules: admitted -> INPATIENT; homebound or home care requested -> HOME; else OUTPATIENT")
        CareSetting setting,
        @Schema(description = "The patient is admitted to hospital now (routing rule)") Boolean patientAdmitted,
        @Schema(description = "The patient cannot leave home without great effort (routing rule)") Boolean homebound,
        @Schema(description = "The referrer asks for care at home (routing rule)") Boolean homeCareRequested,
        @NotBlank @Size(max = 4000) String reason,
        @NotBlank @Size(max = 200) String referringClinician) {

    public record PatientDetails(
            @NotNull @Valid Identifier identifier,
            @NotBlank @Size(max = 200) String name) {
    }

    /** An identifier in the referring system, such as a medical record number (FHIR Identifier). */
    public record Identifier(
            @NotBlank @Size(max = 200) @Schema(example = "urn:oid:2.16.840.1.113883.19.5") String system,
            @NotBlank @Size(max = 100) @Schema(example = "MRN-004711") String value) {
    }
}
