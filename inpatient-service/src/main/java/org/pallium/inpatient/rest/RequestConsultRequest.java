package org.pallium.inpatient.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.AdministrativeSex;
import org.pallium.events.Urgency;

/** A palliative consult asked for inside the hospital, for an admitted patient. */
public record RequestConsultRequest(
        @NotNull @Schema(description = "Chosen by the client; sending the same id again returns the consult already opened")
        UUID id,
        @NotNull @Valid Patient patient,
        @NotNull @Valid Diagnosis diagnosis,
        @NotBlank @Size(max = 100) @Schema(example = "5 West") String unit,
        @NotBlank @Size(max = 20) @Schema(example = "12B") String bed,
        @NotBlank @Size(max = 100) @Schema(description = "The service the patient is admitted under", example = "Oncology")
        String admittingService,
        @NotBlank @Size(max = 200) @Schema(description = "The clinician of the primary team who asks", example = "Dr. Ana Ortiz")
        String requestingClinician,
        @NotBlank @Size(max = 200) @Schema(example = "Springfield General Hospital") String requestingOrganisation,
        @NotBlank @Size(max = 4000) @Schema(description = "The question the consult asks the palliative team")
        String question,
        @NotNull @Schema(description = "How soon the patient should be seen; the response target follows from it")
        Urgency urgency,
        @PastOrPresent @Schema(description = "When the consult was ordered, from which its response time runs; now when left out")
        Instant requestedAt) {

    /** The patient, as the hospital's record identifies them. */
    public record Patient(
            @NotNull @Valid Identifier identifier,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Past LocalDate birthDate,
            @NotNull AdministrativeSex sex,
            @Valid @Schema(description = "The parent or legal guardian; required for a patient under 18") Guardian guardian) {
    }

    public record Identifier(
            @NotBlank @Size(max = 200) @Schema(example = "urn:oid:2.16.840.1.113883.19.5") String system,
            @NotBlank @Size(max = 100) @Schema(example = "MRN-004711") String value) {
    }

    public record Guardian(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String relationship,
            @NotBlank @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{3,39}", message = "must be a phone number")
            String phone) {
    }

    /** The serious illness the consult is for. */
    public record Diagnosis(
            @NotBlank @Size(max = 200) @Schema(example = "http://hl7.org/fhir/sid/icd-10-cm") String system,
            @NotBlank @Size(max = 50) @Schema(example = "C34.90") String code,
            @NotBlank @Size(max = 300) String display,
            @NotBlank @Size(max = 1000) @Schema(description = "The diagnosis in the requester's words") String text,
            @PastOrPresent LocalDate diagnosedOn,
            @Schema(description = "Advanced cancer: the quality measure \"seen within 8 weeks of diagnosis\" applies")
            boolean advancedCancer) {
    }
}
