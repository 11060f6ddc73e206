package org.pallium.platform.lifecycle;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.EsasR;
import org.pallium.events.Handover;
import org.pallium.events.HealthcareAgent;
import org.pallium.events.TransitionOutcome;

/**
 * The handover a referral came with, as the setting that takes the patient on shows it to its
 * team: who handed the patient over, from where and when, and what that team knew, so that care
 * continues without asking the patient and family again. A part that team did not record is left
 * out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralHandover(
        @Schema(description = "The setting whose team handed the patient over") CareSetting fromSetting,
        @Schema(description = "The transition that ended that team's care") TransitionOutcome outcome,
        String transitionedBy,
        Instant transitionedAt,
        @Schema(description = "When this service received the handover") Instant receivedAt,
        @Schema(description = "The latest ESAS-r that team recorded: each symptom from 0 (none) to 10 (worst possible)")
        EsasR esas,
        Instant esasAssessedAt,
        @Schema(description = "The latest PPS level: 0 to 100 in steps of 10") Integer pps,
        Instant ppsAssessedAt,
        CodeStatus codeStatus,
        @Schema(description = "What matters most to the patient, from the latest goals-of-care conversation")
        String whatMatters,
        @Schema(description = "The decisions of that conversation") String decisions,
        @Schema(description = "The person the patient named to make health decisions for them when they cannot")
        HealthcareAgent healthcareAgent,
        @Schema(description = "Where the advance directive is: a document reference, or the team's note of it")
        String advanceDirective) {

    static ReferralHandover of(CareSetting fromSetting, TransitionOutcome outcome, String transitionedBy,
            Instant transitionedAt, Instant receivedAt, Handover handover) {
        return new ReferralHandover(fromSetting, outcome, transitionedBy, transitionedAt, receivedAt, handover.esas(),
                handover.esasAssessedAt(), handover.pps(), handover.ppsAssessedAt(), handover.codeStatus(),
                handover.whatMatters(), handover.decisions(), handover.healthcareAgent(), handover.advanceDirective());
    }
}
