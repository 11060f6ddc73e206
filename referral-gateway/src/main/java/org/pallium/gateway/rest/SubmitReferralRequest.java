package org.pallium.gateway.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.AdministrativeSex;
import org.pallium.events.CareSetting;
import org.pallium.events.CoverageType;
import org.pallium.events.Urgency;

/** A referral to palliative care, as an EHR sends it. */
@AddressWhenCaredForAtHome
public record SubmitReferralRequest(
        @Valid @Schema(description = "The EHR's own identifier of this referral (ServiceRequest.identifier). "
                + "Sending it makes a retry return the original referral; it takes precedence over an Idempotency-Key.")
        Identifier referralIdentifier,
        @NotNull @Valid PatientDetails patient,
        @NotNull @Valid Diagnosis diagnosis,
        @NotBlank @Size(max = 4000) @Schema(description = "Why the patient is referred, in the referrer's words")
        String reason,
        @Size(max = 20) @Schema(description = "The symptoms or needs to address, such as pain or breathlessness")
        List<@NotBlank @Size(max = 200) String> symptoms,
        @NotNull Urgency urgency,
        @NullOrNotBlank @Size(max = 4000) @Schema(description = "The goals of care known so far, in the referrer's words")
        String goalsOfCare,
        @Schema(description = "The care setting the patient is referred to; leave it out to let Pallium decide by the "
                + "routing rules: admitted -> INPATIENT; homebound or home care requested -> HOME; else OUTPATIENT")
        CareSetting setting,
        @Schema(description = "The patient is admitted to hospital now (routing rule)") Boolean patientAdmitted,
        @Schema(description = "The patient cannot leave home without great effort (routing rule)") Boolean homebound,
        @Schema(description = "The referrer asks for care at home (routing rule)") Boolean homeCareRequested,
        @NotNull @Valid Referrer referrer,
        @Valid @Schema(description = "Who pays; leave it out when not known") Coverage coverage,
        @Size(max = 20) @Schema(description = "Documents that go with the referral, by reference: Pallium keeps where "
                + "they are, never their content")
        List<@NotNull @Valid Attachment> attachments) {

    /** A patient, as FHIR Patient has one. */
    @GuardianForAChild
    public record PatientDetails(
            @NotNull @Valid Identifier identifier,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Past @Schema(example = "1950-03-02") LocalDate birthDate,
            @NotNull AdministrativeSex sex,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{3,39}", message = "must be a phone number")
            @Schema(example = "+1 555 0100") String phone,
            @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag, such as es or en-US")
            @Schema(example = "es") String preferredLanguage,
            @Valid @Schema(description = "Required when the referral goes to the home setting") Address address,
            @Valid @Schema(description = "The parent or legal guardian; required for a patient under 18") Guardian guardian) {
    }

    /** An identifier in the referring system, such as a medical record number (FHIR Identifier). */
    public record Identifier(
            @NotBlank @Size(max = 200) @Schema(example = "urn:oid:2.16.840.1.113883.19.5") String system,
            @NotBlank @Size(max = 100) @Schema(example = "MRN-004711") String value) {
    }

    public record Address(
            @NotNull @Size(min = 1, max = 4) List<@NotBlank @Size(max = 200) String> lines,
            @NotBlank @Size(max = 100) String city,
            @NullOrNotBlank @Size(max = 100) String state,
            @NullOrNotBlank @Size(max = 20) String postalCode,
            @NullOrNotBlank @Size(max = 100) String country) {
    }

    public record Guardian(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) @Schema(example = "mother") String relationship,
            @NotBlank @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{3,39}", message = "must be a phone number")
            String phone) {
    }

    public record Diagnosis(
            @NotNull @Valid Coding code,
            @NotBlank @Size(max = 1000) String text,
            @PastOrPresent LocalDate diagnosedOn,
            @NotNull @Schema(description = "Advanced cancer: guidelines ask for palliative care within 8 weeks of diagnosis")
            Boolean advancedCancer) {
    }

    public record Coding(
            @NotBlank @Size(max = 200) @Schema(example = "http://hl7.org/fhir/sid/icd-10-cm") String system,
            @NotBlank @Size(max = 50) @Schema(example = "C25.9") String code,
            @NullOrNotBlank @Size(max = 500) String display) {
    }

    public record Referrer(
            @NotBlank @Size(max = 200) String clinician,
            @NotBlank @Size(max = 200) String organisation) {
    }

    public record Coverage(
            @NotNull CoverageType type,
            @NullOrNotBlank @Size(max = 200) String payer,
            @NullOrNotBlank @Size(max = 100) String memberId) {
    }

    public record Attachment(
            @NotNull @AbsoluteUri @Schema(example = "https://ehr.example.org/DocumentReference/77") URI url,
            @NotBlank @Pattern(regexp = "[\\w.+-]+/[\\w.+-]+", message = "must be a MIME type, such as application/pdf")
            String contentType,
            @NullOrNotBlank @Size(max = 200) String title) {
    }
}
