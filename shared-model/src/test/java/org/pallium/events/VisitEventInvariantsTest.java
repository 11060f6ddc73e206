package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The invariants of the home programme's visit events and EVV exceptions that their JSON Schemas cannot state. */
class VisitEventInvariantsTest {

    private static final VisitScheduled SCHEDULED = (VisitScheduled) SampleEvents.of(EventType.VISIT_SCHEDULED);
    private static final VisitStarted STARTED = (VisitStarted) SampleEvents.of(EventType.VISIT_STARTED);
    private static final VisitMissed MISSED = (VisitMissed) SampleEvents.of(EventType.VISIT_MISSED);
    private static final VisitCancelled CANCELLED = (VisitCancelled) SampleEvents.of(EventType.VISIT_CANCELLED);
    private static final EvvExceptionRaised EVV_EXCEPTION =
            (EvvExceptionRaised) SampleEvents.of(EventType.EVV_EXCEPTION_RAISED);

    private static VisitScheduled scheduled(String encounterClass, Instant scheduledEnd) {
        return new VisitScheduled(SCHEDULED.visitId(), SCHEDULED.patientId(), SCHEDULED.setting(), encounterClass,
                SCHEDULED.discipline(), SCHEDULED.assignedTo(), SCHEDULED.scheduledStart(), scheduledEnd,
                SCHEDULED.urgent(), SCHEDULED.scheduledBy(), SCHEDULED.scheduledAt());
    }

    private static VisitStarted started(String encounterClass) {
        return new VisitStarted(STARTED.visitId(), STARTED.patientId(), STARTED.setting(), encounterClass,
                STARTED.clinician(), STARTED.discipline(), STARTED.startedAt());
    }

    private static VisitCancelled cancelled(String encounterClass) {
        return new VisitCancelled(CANCELLED.visitId(), CANCELLED.patientId(), CANCELLED.setting(), encounterClass,
                CANCELLED.discipline(), CANCELLED.assignedTo(), CANCELLED.scheduledStart(), CANCELLED.cancelledBy(),
                CANCELLED.cancelledAt());
    }

    private static VisitMissed missed(String encounterClass) {
        return new VisitMissed(MISSED.visitId(), MISSED.patientId(), MISSED.setting(), encounterClass,
                MISSED.discipline(), MISSED.assignedTo(), MISSED.scheduledStart(), MISSED.reason(), MISSED.recordedBy(),
                MISSED.recordedAt());
    }

    private static EvvExceptionRaised evvException(EvvExceptionKind kind, Integer distanceMeters,
            Integer thresholdMeters) {
        return new EvvExceptionRaised(EVV_EXCEPTION.visitId(), EVV_EXCEPTION.patientId(), EVV_EXCEPTION.setting(), kind,
                EVV_EXCEPTION.stage(), distanceMeters, thresholdMeters, EVV_EXCEPTION.clinician(),
                EVV_EXCEPTION.occurredAt());
    }

    @Test
    void aScheduledVisitEndsAfterItStarts() {
        Instant start = SCHEDULED.scheduledStart();
        String encounterClass = SCHEDULED.encounterClass();

        for (Instant notAfter : List.of(start, start.minusSeconds(1800))) {
            assertThatThrownBy(() -> scheduled(encounterClass, notAfter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scheduledEnd");
        }
        assertThat(scheduled(encounterClass, start.plusSeconds(1)).scheduledEnd()).isEqualTo(start.plusSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMP", "AMB", "HH", "VR"})
    void aVisitScheduledStartedMissedOrCancelledHasAFhirEncounterClass(String encounterClass) {
        assertThat(scheduled(encounterClass, SCHEDULED.scheduledEnd()).encounterClass()).isEqualTo(encounterClass);
        assertThat(started(encounterClass).encounterClass()).isEqualTo(encounterClass);
        assertThat(missed(encounterClass).encounterClass()).isEqualTo(encounterClass);
        assertThat(cancelled(encounterClass).encounterClass()).isEqualTo(encounterClass);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMER", "hh", "HOME"})
    void noOtherCodeIsAnEncounterClass(String notAClass) {
        assertThatThrownBy(() -> scheduled(notAClass, SCHEDULED.scheduledEnd()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encounterClass");
        assertThatThrownBy(() -> started(notAClass))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encounterClass");
        assertThatThrownBy(() -> missed(notAClass))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encounterClass");
        assertThatThrownBy(() -> cancelled(notAClass))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encounterClass");
    }

    @Test
    void aPositionFarFromTheAddressSaysHowFarAndBeyondWhichDistance() {
        EvvExceptionKind far = EvvExceptionKind.LOCATION_FAR_FROM_ADDRESS;

        assertThat(evvException(far, 850, 500).distanceMeters()).isEqualTo(850);
        assertThatThrownBy(() -> evvException(far, null, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distanceMeters");
        assertThatThrownBy(() -> evvException(far, 850, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thresholdMeters");
        assertThatThrownBy(() -> evvException(far, 500, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distanceMeters must exceed thresholdMeters");
        assertThatThrownBy(() -> evvException(far, -850, -900))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold of 0 m or more");
    }

    @Test
    void anAddressWithoutCoordinatesIsFlaggedWithoutADistance() {
        EvvExceptionRaised notLocated = evvException(EvvExceptionKind.ADDRESS_NOT_LOCATED, null, null);

        assertThat(notLocated.distanceMeters()).isNull();
        assertThat(notLocated.thresholdMeters()).isNull();
        assertThatThrownBy(() -> evvException(EvvExceptionKind.ADDRESS_NOT_LOCATED, 850, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no distanceMeters or thresholdMeters");
    }
}
