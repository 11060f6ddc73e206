package org.pallium.platform.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.ReferralTransferred;

/**
 * A care service's own record of a referral routed to its setting, with the {@link ReferralLifecycle}
 * it embeds. Each step returns the event that announces it, or empty when the referral had taken
 * the step already; the caller records that event in the outbox, in the transaction of the change.
 */
public interface CareReferral {

    UUID referralId();

    UUID patientId();

    CareSetting setting();

    ReferralLifecycle lifecycle();

    /** The announcement that the service recorded the referral, for a new record. */
    default ReferralReceived received() {
        return new ReferralReceived(referralId(), patientId(), setting(), lifecycle().receivedAt);
    }

    /**
     * What else the service announces when its team accepts the referral, in the same transaction:
     * for example that the care it gives starts now. Nothing by default.
     */
    default List<PalliumEvent> onAccepted(ReferralAccepted accepted) {
        return List.of();
    }

    default Optional<ReferralAccepted> accept(String by, Instant at) {
        return lifecycle().accept(by, at)
                ? Optional.of(new ReferralAccepted(referralId(), patientId(), setting(), at))
                : Optional.empty();
    }

    default Optional<ReferralRejected> reject(String reason, String by, Instant at) {
        return lifecycle().reject(reason, by, at)
                ? Optional.of(new ReferralRejected(referralId(), patientId(), setting(), reason, by, at))
                : Optional.empty();
    }

    default Optional<ReferralScheduled> schedule(Instant firstVisitAt, String by, Instant at) {
        return lifecycle().schedule(firstVisitAt, by, at)
                ? Optional.of(new ReferralScheduled(referralId(), patientId(), setting(),
                        lifecycle().scheduledFirstVisitAt, by, at))
                : Optional.empty();
    }

    /**
     * Takes a visit or encounter that the service records under this referral; the first one is
     * announced, the ones after it are not.
     *
     * @throws org.pallium.platform.problem.ProblemException 422 when the referral takes no visits
     */
    default Optional<ReferralFirstVisitCompleted> visit(UUID visitId, Instant startedAt) {
        return lifecycle().visit(visitId, startedAt)
                ? Optional.of(new ReferralFirstVisitCompleted(referralId(), patientId(), setting(), visitId, startedAt))
                : Optional.empty();
    }

    default Optional<ReferralConcluded> conclude(ReferralOutcome outcome, String reason, String by, Instant at) {
        return lifecycle().conclude(outcome, reason, by, at)
                ? Optional.of(new ReferralConcluded(referralId(), patientId(), setting(), outcome, reason, by, at))
                : Optional.empty();
    }

    default Optional<ReferralTransferred> transfer(CareSetting to, String reason, String by, Instant at) {
        return lifecycle().transfer(setting(), to, reason, by, at)
                ? Optional.of(new ReferralTransferred(referralId(), patientId(), setting(), to,
                        lifecycle().transferReferralId, reason, by, at))
                : Optional.empty();
    }

    /**
     * Closes the referral for the referrer who withdrew it. Nothing is announced: the gateway
     * published the cancellation itself.
     */
    default void cancel(String reason, Instant at) {
        lifecycle().cancel(reason, at);
    }
}
