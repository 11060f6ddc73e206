package org.pallium.platform.lifecycle;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralOutcome;

/**
 * A referral as its setting's service holds it: its status, and each step it took, when, by whom
 * and why; a step not taken is left out. The reasons are the clinicians' and the referrer's free
 * text, shown to the care team.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralLifecycleView(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        CareStatus status,
        @Schema(description = "When this service recorded the referral") Instant receivedAt,
        Step accepted,
        @Schema(description = "Declined by the team, with its reason") Step rejected,
        Scheduled scheduled,
        @Schema(description = "The first visit or encounter recorded under the referral") FirstVisit firstVisit,
        Concluded concluded,
        Transferred transferred,
        @Schema(description = "Withdrawn by the referrer, with the referrer's reason; `by` is absent") Step cancelled) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(Instant at, String by, String reason) {
    }

    public record Scheduled(Instant at, String by, @Schema(description = "When the first visit is booked for") Instant firstVisitAt) {
    }

    public record FirstVisit(UUID visitId, Instant startedAt) {
    }

    public record Concluded(Instant at, String by, ReferralOutcome outcome, String reason) {
    }

    public record Transferred(Instant at, String by, String reason, CareSetting toSetting,
            @Schema(description = "The referral the gateway opens for the other setting") UUID newReferralId) {
    }

    public static ReferralLifecycleView of(CareReferral referral) {
        ReferralLifecycle steps = referral.lifecycle();
        return new ReferralLifecycleView(referral.referralId(), referral.patientId(), referral.setting(), steps.status,
                steps.receivedAt,
                steps.acceptedAt == null ? null : new Step(steps.acceptedAt, steps.acceptedBy, null),
                steps.rejectedAt == null ? null : new Step(steps.rejectedAt, steps.rejectedBy, steps.rejectionReason),
                steps.scheduledAt == null ? null
                        : new Scheduled(steps.scheduledAt, steps.scheduledBy, steps.scheduledFirstVisitAt),
                steps.firstVisitId == null ? null : new FirstVisit(steps.firstVisitId, steps.firstVisitStartedAt),
                steps.concludedAt == null ? null
                        : new Concluded(steps.concludedAt, steps.concludedBy, steps.outcome, steps.conclusionReason),
                steps.transferredAt == null ? null : new Transferred(steps.transferredAt, steps.transferredBy,
                        steps.transferReason, steps.transferredTo, steps.transferReferralId),
                steps.cancelledAt == null ? null : new Step(steps.cancelledAt, null, steps.cancellationReason));
    }
}
