package org.pallium.gateway.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.Discipline;
import org.pallium.events.EsasR;
import org.pallium.events.HealthcareAgent;
import org.pallium.gateway.repository.ReferralStatus;

/**
 * What a clinician needs first of a patient, from every setting: where they are cared for, their
 * symptoms and function and how these move, the decisions they made about their care, and when the
 * team sees them next and saw them last. Each part links to its source record.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientSummaryView(
        UUID patientId,
        @Schema(description = "The settings whose team has the patient in its care: an open referral there has been accepted")
        List<CareSetting> currentSettings,
        @Schema(description = "The referrals that have not ended, in any setting, newest first")
        List<OpenReferral> openReferrals,
        @Schema(description = "The latest ESAS-r, from a visit of any setting; absent when none was assessed")
        EsasReading latestEsas,
        @Schema(description = "The ESAS-r before the latest, for the trend; absent when there is none")
        EsasReading previousEsas,
        @Schema(description = "The latest PPS level, from a visit of any setting; absent when none was assessed")
        PpsReading latestPps,
        @Schema(description = "The PPS level before the latest, for the trend; absent when there is none")
        PpsReading previousPps,
        @Schema(description = "The newest code status documented in any setting, by the hospital team or as an advance "
                + "care planning document; absent when none was")
        CodeStatusRecord codeStatus,
        @Schema(description = "Where each advance care planning document stands, by its newest change in any setting; "
                + "one per document type, in the order living will, advance directive, health care power of attorney, "
                + "POLST, code status")
        List<AcpDocument> advanceCarePlanning,
        @Schema(description = "The earliest booked clinic appointment or scheduled home programme visit still to come; "
                + "absent when there is none")
        NextAppointment nextAppointment,
        @Schema(description = "The latest visit of any setting; absent when there was none")
        LastContact lastContact,
        @Schema(description = "The clinicians of every setting who visited the patient or have a visit or appointment "
                + "with them ahead: setting by setting (inpatient, outpatient, home), the one seen most recently first")
        List<CareTeamMember> careTeam,
        @Schema(description = "The healthcare agent, as the newest record of any setting names them (a health care power "
                + "of attorney recorded by the clinic, or the hospital team's handover); absent when none was named")
        HealthcareAgentRecord healthcareAgent,
        @Schema(description = "Where the advance directive stands, by the newest record of any setting; absent when "
                + "none mentions one")
        AdvanceDirectiveRecord advanceDirective) {

    /** A clinician of the care team in one setting. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CareTeamMember(
            CareSetting setting,
            @Schema(description = "The clinician's Pallium user id, or the name the setting recorded") String clinician,
            @Schema(description = "As their latest visit gives it; absent for a clinician with only an appointment ahead")
            Discipline discipline,
            @Schema(description = "When their latest visit began; absent when they have not visited yet") Instant lastVisitAt,
            @Schema(description = "When their next booked appointment or scheduled visit begins; absent when none")
            Instant nextVisitAt) {
    }

    /** The healthcare agent, and who recorded them where and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HealthcareAgentRecord(HealthcareAgent agent, CareSetting setting, String recordedBy, Instant recordedAt,
            @Schema(description = "The record in its setting's service") URI link) {
    }

    /** The advance directive, and who recorded it where and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AdvanceDirectiveRecord(
            @Schema(description = "The clinic's document status; absent when the hospital team's handover noted the "
                    + "directive in words") AcpDocumentStatus status,
            @Schema(description = "Where the document is, or the hospital team's note of it") String reference,
            CareSetting setting, String recordedBy, Instant recordedAt,
            @Schema(description = "The record in its setting's service") URI link) {
    }

    /** A referral that has not ended, in the gateway's records. */
    public record OpenReferral(UUID referralId, CareSetting setting, ReferralStatus status, Instant submittedAt,
            @Schema(description = "The referral, with its history") URI link) {
    }

    /** An ESAS-r, assessed at a visit. */
    public record EsasReading(
            @Schema(description = "When the visit began (clinical time)") Instant assessedAt,
            CareSetting setting,
            EsasR esas,
            @Schema(description = "The total symptom distress score, 0 to 90") int total,
            @Schema(description = "The visit in its setting's service") URI link) {
    }

    /** A PPS level, assessed at a visit. */
    public record PpsReading(
            @Schema(description = "When the visit began (clinical time)") Instant assessedAt,
            CareSetting setting,
            @Schema(description = "0 to 100 in steps of 10") int pps,
            @Schema(description = "The visit in its setting's service") URI link) {
    }

    /** The code status, and where and when it was documented. */
    public record CodeStatusRecord(
            CodeStatus codeStatus,
            @Schema(description = "The setting whose team documented it") CareSetting setting,
            String documentedBy,
            @Schema(description = "When it took effect (clinical time)") Instant documentedAt,
            @Schema(description = "The documentation in its setting's service") URI link) {
    }

    /** An advance care planning document, as its newest change left it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AcpDocument(
            AcpDocumentType documentType,
            UUID documentId,
            AcpDocumentStatus status,
            @Schema(description = "Where the document is, such as the EHR's DocumentReference; present when ON_FILE")
            String reference,
            @Schema(description = "The agent a health care power of attorney names") HealthcareAgent healthcareAgent,
            @Schema(description = "The code status a CODE_STATUS document records") CodeStatus codeStatus,
            @Schema(description = "The setting whose team recorded the change") CareSetting setting,
            String changedBy,
            Instant changedAt,
            @Schema(description = "The patient's documents in that setting's service") URI link) {
    }

    /** A booked clinic appointment, or a visit the home programme scheduled. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NextAppointment(
            @Schema(description = "The clinic's appointment id, or the home programme's visit id") UUID appointmentId,
            CareSetting setting,
            @Schema(description = "The clinician's Pallium user id") String clinician,
            @Schema(description = "The clinic's visit type, such as SYMPTOM_FOCUSED; absent for a home programme visit")
            String visitType,
            Instant startsAt,
            Instant endsAt,
            @Schema(description = "The appointment or visit in its setting's service") URI link) {
    }

    /** A visit: when, where, and with whom. */
    public record LastContact(
            UUID visitId,
            CareSetting setting,
            @Schema(description = "The FHIR Encounter class: IMP, AMB, HH or VR") String encounterClass,
            String clinician,
            Discipline discipline,
            Instant startedAt,
            Instant endedAt,
            @Schema(description = "The visit in its setting's service") URI link) {
    }
}
