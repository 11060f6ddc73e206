package org.pallium.gateway.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The order in which a referral's statuses follow each other, whatever order they are reported in. */
class ReferralStatusTest {

    /** The steps of a referral that goes well, in the order they happen. */
    private static final List<ReferralStatus> STEPS = List.of(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED,
            ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED, ReferralStatus.FIRST_VISIT_COMPLETED);

    @Test
    void theFinalStatusesAreThoseThatEndAReferral() {
        assertThat(Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isFinal)).containsExactlyInAnyOrder(
                ReferralStatus.REJECTED, ReferralStatus.COMPLETED, ReferralStatus.CLOSED, ReferralStatus.TRANSFERRED,
                ReferralStatus.CANCELLED);
    }

    @Test
    void aLaterStepMovesTheReferralOnAndAnEarlierOneReportedLateNeverMovesItBack() {
        for (int current = 0; current < STEPS.size(); current++) {
            for (int reported = 0; reported < STEPS.size(); reported++) {
                assertThat(STEPS.get(current).advancedTo(STEPS.get(reported)))
                        .as("%s, then %s reported", STEPS.get(current), STEPS.get(reported))
                        .isEqualTo(STEPS.get(Math.max(current, reported)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"REJECTED", "COMPLETED", "CLOSED", "TRANSFERRED", "CANCELLED"})
    void aFinalStatusEndsTheReferralFromAnyStepBeforeItAndNothingReportedAfterItChangesIt(ReferralStatus end) {
        for (ReferralStatus step : STEPS) {
            assertThat(step.advancedTo(end)).as("%s, then %s reported", step, end).isEqualTo(end);
        }
        for (ReferralStatus reported : ReferralStatus.values()) {
            assertThat(end.advancedTo(reported)).as("%s, then %s reported", end, reported).isEqualTo(end);
        }
    }
}
