package org.pallium.homevisit.rest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.pallium.events.Discipline;
import org.pallium.events.EsasR;
import org.pallium.homevisit.repository.Allergy;
import org.pallium.homevisit.repository.AllergiesStatus;
import org.pallium.homevisit.repository.ConcernCategory;
import org.pallium.homevisit.repository.ContactMode;
import org.pallium.homevisit.repository.Relationship;
import org.pallium.homevisit.repository.Residence;
import org.pallium.homevisit.repository.SupportFocus;
import org.pallium.homevisit.repository.VisitMode;

/**
 * The records of a patient's home care as the API and the mobile app show them: compact, leaving out
 * what is not known, each with the version an edit names.
 */
public final class CaseloadViews {

    private CaseloadViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record HomeRecordView(UUID patientId, Residence residence, String addressLine, String city,
            String postalCode, Double latitude, Double longitude, String accessNotes, AllergiesStatus allergiesStatus,
            List<Allergy> allergies, String assignedNurse, String assignedSocialWorker, String agency, long version,
            Instant updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FamilyContactView(UUID id, UUID patientId, String name, Relationship relationship, String phone,
            boolean primaryCaregiver, Integer birthYear, String notes, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FamilySupportView(UUID id, UUID patientId, UUID familyContactId, SupportFocus focus, ContactMode mode,
            Instant occurredAt, int durationMinutes, String providedBy, Discipline discipline, String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ConcernView(UUID id, UUID patientId, ConcernCategory category, String description, Instant raisedAt,
            String raisedBy, Instant resolvedAt, String resolvedBy, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record NoteView(UUID id, UUID patientId, UUID visitId, Instant writtenAt, String author, Discipline discipline,
            String text, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AssessmentView(UUID id, UUID patientId, UUID visitId, Instant assessedAt, EsasR esas, Integer pps,
            String recordedBy, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record VisitPlanView(UUID id, UUID patientId, Discipline discipline, VisitMode mode, int everyWeeks,
            DayOfWeek weekday, LocalTime localStart, int durationMinutes, String assignedTo, LocalDate startsOn,
            LocalDate endsOn, String videoProvider, long version) {
    }
}
