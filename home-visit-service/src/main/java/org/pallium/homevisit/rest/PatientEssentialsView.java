package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.Discipline;
import org.pallium.events.EsasR;
import org.pallium.homevisit.repository.AllergiesStatus;
import org.pallium.homevisit.repository.Allergy;
import org.pallium.homevisit.repository.ConcernCategory;
import org.pallium.homevisit.repository.Relationship;
import org.pallium.homevisit.repository.Residence;

/**
 * What a nurse needs on the doorstep, in one compact answer: a part nobody recorded is left out, not
 * sent as null or as an empty list. What another setting stated says which setting, who and when
 * (clinical time); the newest statement of each fact wins, from whichever setting.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PatientEssentialsView(
        UUID patientId,
        @Schema(description = "Where the patient lives and who visits them; absent until the programme records it")
        Home home,
        @Schema(description = "The newest code status of any setting: documented by a team, as a code status document, "
                + "or in a handover; absent when none was")
        CodeStatusFact codeStatus,
        @Schema(description = "The newest healthcare agent of any setting: named by a health care power of attorney, or "
                + "in a handover; absent when none was")
        HealthcareAgentFact healthcareAgent,
        @Schema(description = "Where the living will, advance directive and POLST stand, the newest of each in any "
                + "setting, in that order; absent when none was recorded")
        List<AcpDocumentFact> advanceCarePlanning,
        @Schema(description = "What matters most and the decisions of the newest goals-of-care conversation in any "
                + "setting, or of a handover; absent when none was")
        GoalsOfCareFact goalsOfCare,
        @Schema(description = "The family and other contacts, the primary caregiver first; absent when none")
        List<FamilyContactEntry> familyContacts,
        @Schema(description = "Always present: UNKNOWN when nobody asked yet", required = true)
        Allergies allergies,
        @Schema(description = "The newest ESAS-r of any setting, the home team's assessments included; absent when none")
        EsasReading latestEsas,
        @Schema(description = "The newest PPS level of any setting, the home team's assessments included; absent when none")
        PpsReading latestPps,
        @Schema(description = "The concerns not resolved yet, the oldest first; absent when none")
        List<Concern> openConcerns,
        @Schema(description = "The last completed home visit and the plan it left; absent when none")
        LastVisit lastVisit) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Home(
            Residence residence,
            Address address,
            @Schema(description = "Door code, dog, parking") String accessNotes,
            @Schema(description = "The Pallium user id of the patient's nurse") String assignedNurse,
            @Schema(description = "The Pallium user id of the patient's social worker") String assignedSocialWorker) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String line, String city, String postalCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodeStatusFact(
            CodeStatus codeStatus,
            @Schema(description = "Where the code status document stands; absent when a team documented the code "
                    + "status itself, or handed it over") AcpDocumentStatus documentStatus,
            @Schema(description = "Where the code status document is; absent when not known") String reference,
            @Schema(description = "The setting whose team recorded it") CareSetting setting,
            String recordedBy,
            @Schema(description = "When it took effect (clinical time)") Instant recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HealthcareAgentFact(
            String name,
            @Schema(description = "To the patient, in the team's words, such as \"daughter\"") String relationship,
            String phone,
            @Schema(description = "Where the health care power of attorney stands; absent when the agent came from a "
                    + "handover") AcpDocumentStatus documentStatus,
            @Schema(description = "Where the health care power of attorney is; absent when not known") String reference,
            CareSetting setting,
            String recordedBy,
            Instant recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AcpDocumentFact(
            @Schema(description = "LIVING_WILL, ADVANCE_DIRECTIVE or POLST") AcpDocumentType documentType,
            @Schema(description = "Absent when a handover noted the document") AcpDocumentStatus status,
            @Schema(description = "Where the document is, such as the EHR's DocumentReference, or the handing-over "
                    + "team's note of it") String reference,
            CareSetting setting,
            String recordedBy,
            Instant recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GoalsOfCareFact(String whatMatters, String decisions, CareSetting setting, String recordedBy,
            @Schema(description = "When the conversation was held, or the handover made") Instant recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FamilyContactEntry(UUID id, String name, Relationship relationship, String phone,
            boolean primaryCaregiver, Integer birthYear, String notes) {
    }

    /**
     * @param recorded the allergies and intolerances; present exactly when the status is RECORDED
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Allergies(
            @Schema(description = "UNKNOWN (not asked yet), NO_KNOWN_ALLERGIES or RECORDED") AllergiesStatus status,
            @Schema(description = "Present exactly when the status is RECORDED") List<Allergy> recorded) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EsasReading(
            EsasR esas,
            @Schema(description = "The total symptom distress score, 0 to 90") int total,
            @Schema(description = "The setting whose team assessed it") CareSetting setting,
            @Schema(description = "When it was assessed (clinical time)") Instant assessedAt,
            @Schema(description = "By ESAS-r item, in the form's order: this score minus the one before; positive is "
                    + "worse. Absent when there is no earlier ESAS-r") Map<String, Integer> changeSincePrevious,
            @Schema(description = "When the ESAS-r before it was assessed; absent when none") Instant previousAssessedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PpsReading(
            @Schema(description = "0 to 100 in steps of 10") int pps,
            CareSetting setting,
            @Schema(description = "When it was assessed (clinical time)") Instant assessedAt,
            @Schema(description = "This level minus the one before; negative is a decline. Absent when there is no "
                    + "earlier PPS") Integer changeSincePrevious,
            @Schema(description = "When the PPS before it was assessed; absent when none") Instant previousAssessedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Concern(UUID id, ConcernCategory category, String description, Instant raisedAt, String raisedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LastVisit(
            UUID visitId,
            @Schema(description = "What the visit left to do next; absent when it left no plan") String plan,
            Instant startedAt,
            @Schema(description = "Who led the visit") String clinician,
            Discipline discipline) {
    }
}
