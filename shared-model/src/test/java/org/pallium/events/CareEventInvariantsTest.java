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

/** The invariants of the hospital consult and care events that their JSON Schemas cannot state. */
class CareEventInvariantsTest {

    private static final ConsultRequested REQUESTED = (ConsultRequested) SampleEvents.of(EventType.CONSULT_REQUESTED);
    private static final ConsultSeen SEEN = (ConsultSeen) SampleEvents.of(EventType.CONSULT_SEEN);
    private static final PatientTransitioned TRANSITIONED =
            (PatientTransitioned) SampleEvents.of(EventType.PATIENT_TRANSITIONED);
    private static final Handover HANDOVER = SampleEvents.handover();

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
}
