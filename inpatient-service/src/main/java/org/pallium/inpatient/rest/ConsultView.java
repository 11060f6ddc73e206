package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Diagnosis;
import org.pallium.events.Urgency;
import org.pallium.inpatient.repository.ConsultOrigin;
import org.pallium.inpatient.repository.ConsultStatus;
import org.pallium.platform.lifecycle.ReferralLifecycleView;

/** A consult as the team's census shows it, with the flags the team acts on first. */
public record ConsultView(
        UUID id,
        UUID referralId,
        UUID patientId,
        String patientName,
        ConsultOrigin origin,
        @Schema(description = "REQUESTED, SEEN (initial consult), FOLLOWING (daily follow-ups), SIGNED_OFF; or "
                + "ENDED_UNSEEN when it ended before the team saw the patient") ConsultStatus status,
        @Schema(description = "The question the consult asks; for a referral, the referral's reason") String reason,
        Urgency urgency,
        Diagnosis diagnosis,
        String requestingClinician,
        String requestingOrganisation,
        String unit,
        String bed,
        String admittingService,
        Instant requestedAt,
        @Schema(description = "When the patient should have been seen by, by the response target of the urgency")
        Instant responseDueAt,
        @Schema(description = "When the initial consult took place") Instant seenAt,
        @Schema(description = "Minutes from the request to the initial consult, once seen") Long responseMinutes,
        @Schema(description = "Not seen, and past the response target") boolean overdue,
        @Schema(description = "What got worse between the patient's two latest assessments beyond the threshold")
        List<WorseningView> worsening,
        List<CareTeamMemberView> team,
        @Schema(description = "Where the referral stands: its status, and each step it took, when, by whom and why")
        ReferralLifecycleView lifecycle) {

    public record WorseningView(
            @Schema(description = "An ESAS-r item, such as pain, or pps") String measure,
            int from,
            int to,
            Instant fromAssessedAt,
            Instant toAssessedAt) {
    }
}
