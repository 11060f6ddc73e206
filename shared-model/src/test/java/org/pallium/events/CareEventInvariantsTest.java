package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The invariants of the care events, the hospital consult's, the clinic's and the nurse line's, that their JSON
 * Schemas cannot state.
 */
class CareEventInvariantsTest {

    private static final ConsultRequested REQUESTED = (ConsultRequested) SampleEvents.of(EventType.CONSULT_REQUESTED);
    private static final ConsultSeen SEEN = (ConsultSeen) SampleEvents.of(EventType.CONSULT_SEEN);
    private static final PatientTransitioned TRANSITIONED =
            (PatientTransitioned) SampleEvents.of(EventType.PATIENT_TRANSITIONED);
    private static final Handover HANDOVER = SampleEvents.handover();
    private static final AppointmentBooked BOOKED = (AppointmentBooked) SampleEvents.of(EventType.APPOINTMENT_BOOKED);
    private static final AppointmentRescheduled RESCHEDULED =
            (AppointmentRescheduled) SampleEvents.of(EventType.APPOINTMENT_RESCHEDULED);
    private static final AcpDocumentChanged ACP_DOCUMENT =
            (AcpDocumentChanged) SampleEvents.of(EventType.ACP_DOCUMENT_CHANGED);
    private static final CallLogged CALL = (CallLogged) SampleEvents.of(EventType.CALL_LOGGED);

    private static ConsultRequested requested(Instant requestedAt, Instant responseDueAt) {
        return new ConsultRequested(REQUESTED.consultId(), REQUESTED.referralId(), REQUESTED.patientId(),
                REQUESTED.diagnosis(), REQUESTED.unit(), REQUESTED.bed(), REQUESTED.admittingService(),
                REQUESTED.requestedBy(), REQUESTED.question(), REQUESTED.urgency(), requestedAt, responseDueAt,
                REQUESTED.startedAt());
    }

    private static ConsultSeen seenAt(Instant seenAt) {
        return new ConsultSeen(SEEN.consultId(), SEEN.referralId(), SEEN.patientId(), SEEN.encounterId(),
                SEEN.urgency(), SEEN.requestedAt(), SEEN.responseDueAt(), seenAt);
    }

    private static PatientTransitioned transitioned(TransitionOutcome outcome, UUID onwardReferralId) {
        return new PatientTransitioned(TRANSITIONED.transitionId(), TRANSITIONED.referralId(),
                TRANSITIONED.patientId(), TRANSITIONED.setting(), outcome, onwardReferralId, TRANSITIONED.handover(),
                TRANSITIONED.transitionedBy(), TRANSITIONED.transitionedAt());
    }

    private static AppointmentBooked bookedUntil(Instant endsAt) {
        return new AppointmentBooked(BOOKED.appointmentId(), BOOKED.patientId(), BOOKED.setting(), BOOKED.clinician(),
                BOOKED.visitType(), BOOKED.startsAt(), endsAt, BOOKED.bookedBy(), BOOKED.bookedAt());
    }

    private static AppointmentRescheduled rescheduledUntil(Instant endsAt) {
        return new AppointmentRescheduled(RESCHEDULED.appointmentId(), RESCHEDULED.patientId(), RESCHEDULED.setting(),
                RESCHEDULED.clinician(), RESCHEDULED.previousStartsAt(), RESCHEDULED.startsAt(), endsAt,
                RESCHEDULED.rescheduledBy(), RESCHEDULED.rescheduledAt());
    }

    private static AcpDocumentChanged acpDocument(AcpDocumentType type, AcpDocumentStatus status, String reference,
            HealthcareAgent agent, CodeStatus codeStatus) {
        return new AcpDocumentChanged(ACP_DOCUMENT.documentId(), ACP_DOCUMENT.patientId(), ACP_DOCUMENT.setting(),
                type, status, null, reference, agent, codeStatus, ACP_DOCUMENT.changedBy(), ACP_DOCUMENT.changedAt());
    }

    /** The code status a document of this type must carry: one for CODE_STATUS, none for the others. */
    private static CodeStatus codeStatusOf(AcpDocumentType type) {
        return type == AcpDocumentType.CODE_STATUS ? CodeStatus.DNR : null;
    }

    private static CallLogged call(TriageOutcome outcome, UUID dispatchedVisitId) {
        return new CallLogged(CALL.callId(), CALL.patientId(), CALL.setting(), CALL.caller(), CALL.receivedAt(),
                CALL.durationSeconds(), CALL.reason(), outcome, CALL.followUpNeeded(), dispatchedVisitId, CALL.takenBy());
    }

    private static CallLogged callLasting(int durationSeconds) {
        return new CallLogged(CALL.callId(), CALL.patientId(), CALL.setting(), CALL.caller(), CALL.receivedAt(),
                durationSeconds, CALL.reason(), CALL.outcome(), CALL.followUpNeeded(), CALL.dispatchedVisitId(),
                CALL.takenBy());
    }

    private static GoalsOfCareDocumented goalsOfCareWith(List<String> participants) {
        GoalsOfCareDocumented valid = (GoalsOfCareDocumented) SampleEvents.of(EventType.GOALS_OF_CARE_DOCUMENTED);
        return new GoalsOfCareDocumented(valid.conversationId(), valid.patientId(), valid.setting(), participants,
                valid.whatMatters(), valid.decisions(), valid.documentedBy(), valid.heldAt());
    }

    @Test
    void aConsultIsDueNoEarlierThanItWasRequested() {
        Instant requestedAt = REQUESTED.requestedAt();

        assertThatThrownBy(() -> requested(requestedAt, requestedAt.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("responseDueAt");
        assertThat(requested(requestedAt, requestedAt).responseDueAt()).isEqualTo(requestedAt);
    }

    @Test
    void aConsultIsTheHospitalTeamsAndItsClinicalTimeIsWhenTheTeamTookItOn() {
        assertThat(REQUESTED.setting()).isEqualTo(CareSetting.INPATIENT);
        assertThat(REQUESTED.occurredAt()).isEqualTo(REQUESTED.startedAt()).isNotEqualTo(REQUESTED.requestedAt());
        assertThat(SEEN.setting()).isEqualTo(CareSetting.INPATIENT);
        assertThat(((ConsultSignedOff) SampleEvents.of(EventType.CONSULT_SIGNED_OFF)).setting())
                .isEqualTo(CareSetting.INPATIENT);
    }

    @Test
    void aConsultSeenByItsDueTimeIsWithinTargetAndASecondLaterIsNot() {
        assertThat(seenAt(SEEN.responseDueAt()).seenWithinTarget()).isTrue();
        assertThat(seenAt(SEEN.responseDueAt().plusSeconds(1)).seenWithinTarget()).isFalse();
        assertThat(SEEN.seenWithinTarget()).as("the sample, seen hours before its due time").isTrue();
    }

    @Test
    void aGoalsOfCareConversationNamesAtLeastOneParticipantAndNoBlankOne() {
        assertThatThrownBy(() -> goalsOfCareWith(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("participants");
        assertThatThrownBy(() -> goalsOfCareWith(List.of("patient", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("participants");
    }

    @Test
    void theParticipantsCannotChangeAfterTheEventIsMade() {
        List<String> participants = new ArrayList<>(List.of("patient"));
        GoalsOfCareDocumented documented = goalsOfCareWith(participants);

        participants.add("son");

        assertThat(documented.participants()).containsExactly("patient");
        assertThatThrownBy(() -> documented.participants().add("son"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @EnumSource(TransitionOutcome.class)
    void anOnwardReferralIsNamedExactlyWhenCareContinuesInAPalliumSetting(TransitionOutcome outcome) {
        UUID onward = SampleEvents.ONWARD_REFERRAL_ID;
        boolean continues = outcome.palliativeSetting().isPresent();

        if (continues) {
            assertThat(transitioned(outcome, onward).onwardReferralId()).isEqualTo(onward);
            assertThatThrownBy(() -> transitioned(outcome, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("onwardReferralId");
        } else {
            assertThat(transitioned(outcome, null).onwardReferralId()).isNull();
            assertThatThrownBy(() -> transitioned(outcome, onward))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("onwardReferralId");
        }
    }

    @Test
    void onlyTheHomeProgrammeAndTheClinicContinueCareInPallium() {
        assertThat(TransitionOutcome.HOME_PROGRAMME.palliativeSetting()).contains(CareSetting.HOME);
        assertThat(TransitionOutcome.OUTPATIENT_CLINIC.palliativeSetting()).contains(CareSetting.OUTPATIENT);
        for (TransitionOutcome leaving : List.of(TransitionOutcome.HOSPICE, TransitionOutcome.NURSING_FACILITY,
                TransitionOutcome.DIED_IN_HOSPITAL)) {
            assertThat(leaving.palliativeSetting()).as(leaving.name()).isEmpty();
        }
    }

    @Test
    void aHandoverScoreComesWithWhenItWasAssessed() {
        assertThatThrownBy(() -> new Handover(HANDOVER.esas(), null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("esasAssessedAt");
        assertThatThrownBy(() -> new Handover(null, HANDOVER.esasAssessedAt(), null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("esas");
        assertThatThrownBy(() -> new Handover(null, null, HANDOVER.pps(), null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ppsAssessedAt");
        assertThatThrownBy(() -> new Handover(null, null, null, HANDOVER.ppsAssessedAt(), null, null, null, null,
                null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pps");
    }

    @Test
    void aHandoverMayHoldNothingTheTeamDidNotRecord() {
        assertThatCode(() -> new Handover(null, null, null, null, null, null, null, null, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> transitioned(TransitionOutcome.DIED_IN_HOSPITAL, null)).doesNotThrowAnyException();
    }

    @Test
    void anAppointmentEndsAfterItStarts() {
        Instant bookedStart = BOOKED.startsAt();
        for (Instant notAfter : List.of(bookedStart, bookedStart.minusSeconds(1800))) {
            assertThatThrownBy(() -> bookedUntil(notAfter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("endsAt");
        }
        assertThat(bookedUntil(bookedStart.plusSeconds(1)).endsAt()).isEqualTo(bookedStart.plusSeconds(1));

        Instant movedStart = RESCHEDULED.startsAt();
        for (Instant notAfter : List.of(movedStart, movedStart.minusSeconds(1800))) {
            assertThatThrownBy(() -> rescheduledUntil(notAfter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("endsAt");
        }
        assertThat(rescheduledUntil(movedStart.plusSeconds(1)).endsAt()).isEqualTo(movedStart.plusSeconds(1));
    }

    @ParameterizedTest
    @EnumSource(AcpDocumentStatus.class)
    void aDocumentOnFileSaysWhereItIs(AcpDocumentStatus status) {
        String reference = "https://ehr.example.org/DocumentReference/92";

        assertThat(acpDocument(AcpDocumentType.LIVING_WILL, status, reference, null, null).reference())
                .isEqualTo(reference);
        if (status == AcpDocumentStatus.ON_FILE) {
            assertThatThrownBy(() -> acpDocument(AcpDocumentType.LIVING_WILL, status, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("reference");
        } else {
            assertThat(acpDocument(AcpDocumentType.LIVING_WILL, status, null, null, null).reference()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(AcpDocumentType.class)
    void onlyAHealthCarePowerOfAttorneyNamesAHealthcareAgent(AcpDocumentType type) {
        HealthcareAgent agent = ACP_DOCUMENT.healthcareAgent();

        if (type == AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY) {
            assertThat(acpDocument(type, AcpDocumentStatus.SIGNED, null, agent, null).healthcareAgent())
                    .isEqualTo(agent);
        } else {
            assertThatThrownBy(() -> acpDocument(type, AcpDocumentStatus.SIGNED, null, agent, codeStatusOf(type)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("healthcare agent");
            assertThat(acpDocument(type, AcpDocumentStatus.SIGNED, null, null, codeStatusOf(type)).healthcareAgent())
                    .isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(AcpDocumentType.class)
    void aCodeStatusIsRecordedByACodeStatusDocumentAndByNoOther(AcpDocumentType type) {
        HealthcareAgent agent = type == AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY
                ? ACP_DOCUMENT.healthcareAgent() : null;

        if (type == AcpDocumentType.CODE_STATUS) {
            assertThat(acpDocument(type, AcpDocumentStatus.DISCUSSED, null, agent, CodeStatus.DNR).codeStatus())
                    .isEqualTo(CodeStatus.DNR);
            assertThatThrownBy(() -> acpDocument(type, AcpDocumentStatus.DISCUSSED, null, agent, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("codeStatus");
        } else {
            assertThatThrownBy(() -> acpDocument(type, AcpDocumentStatus.DISCUSSED, null, agent, CodeStatus.DNR))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("codeStatus");
            assertThat(acpDocument(type, AcpDocumentStatus.DISCUSSED, null, agent, null).codeStatus()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(TriageOutcome.class)
    void aCallNamesTheUrgentVisitItDispatchedAndNoneOtherwise(TriageOutcome outcome) {
        UUID visitId = CALL.dispatchedVisitId();

        if (outcome == TriageOutcome.URGENT_VISIT_DISPATCHED) {
            assertThat(call(outcome, visitId).dispatchedVisitId()).isEqualTo(visitId);
            assertThatThrownBy(() -> call(outcome, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dispatchedVisitId");
        } else {
            assertThat(call(outcome, null).dispatchedVisitId()).isNull();
            assertThatThrownBy(() -> call(outcome, visitId))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dispatchedVisitId");
        }
    }

    @Test
    void aCallLastsNoLessThanNoTime() {
        assertThat(callLasting(0).durationSeconds()).isZero();
        assertThatThrownBy(() -> callLasting(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("durationSeconds");
    }
}
