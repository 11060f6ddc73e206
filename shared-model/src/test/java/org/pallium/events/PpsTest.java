package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PPS v2 scale: levels from 0% to 100% in steps of 10, never a value between them. */
class PpsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100})
    void everyLevelIsAccepted(int level) {
        assertThat(Pps.isLevel(level)).isTrue();
        assertThat(Pps.requireLevel(level, "pps")).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {-10, 5, 35, 105, 110})
    void aValueOffTheLevelsIsRejected(int percent) {
        assertThat(Pps.isLevel(percent)).isFalse();
        assertThatThrownBy(() -> Pps.requireLevel(percent, "ppsAtDischarge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ppsAtDischarge")
                .hasMessageContaining(String.valueOf(percent));
    }

    @Test
    void aVisitAndAHandoverCarryOnlyLevels() {
        VisitCompleted visit = (VisitCompleted) SampleEvents.of(EventType.VISIT_COMPLETED);
        Handover handover = SampleEvents.handover();
        Instant assessedAt = handover.ppsAssessedAt();

        assertThatThrownBy(() -> new VisitCompleted(visit.visitId(), visit.patientId(), visit.setting(),
                visit.encounterClass(), visit.clinician(), visit.discipline(), visit.startedAt(), visit.endedAt(),
                visit.esas(), 35))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pps");
        assertThatThrownBy(() -> new Handover(handover.esas(), handover.esasAssessedAt(), 45, assessedAt,
                handover.codeStatus(), handover.whatMatters(), handover.decisions(), handover.healthcareAgent(),
                handover.advanceDirective()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pps");
        assertThat(new VisitCompleted(visit.visitId(), visit.patientId(), visit.setting(), visit.encounterClass(),
                visit.clinician(), visit.discipline(), visit.startedAt(), visit.endedAt(), visit.esas(), 0).pps())
                .as("0%, death, is a level").isZero();
    }
}
