package org.pallium.platform.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralOutcome;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * The team's steps on a referral, the same in every care service: each changes the service's
 * record and records its event in the outbox in one transaction; a step the referral had taken
 * already changes and publishes nothing. A step that ends the referral (rejected, concluded,
 * transferred, withdrawn) fires {@link ReferralEnded} in its transaction. Present in the services that set
 * {@code pallium.referral-lifecycle.enabled=true}, which provide {@link CareReferrals}.
 */
@ApplicationScoped
@IfBuildProperty(name = ReferralLifecycleService.ENABLED, stringValue = "true")
public class ReferralLifecycleService {

    static final String ENABLED = "pallium.referral-lifecycle.enabled";

    private final CareReferrals referrals;
    private final ReferralHandovers handovers;
    private final PatientAccess access;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<ReferralEnded> ended;

    ReferralLifecycleService(CareReferrals referrals, ReferralHandovers handovers, PatientAccess access, Outbox outbox,
            Clock clock, Event<ReferralEnded> ended) {
        this.ended = ended;
        this.referrals = referrals;
        this.handovers = handovers;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ReferralLifecycleView accept(UUID referralId, String by) {
        CareReferral referral = lock(referralId);
        referral.accept(by, now()).ifPresent(accepted -> {
            outbox.record(accepted);
            referral.onAccepted(accepted).forEach(outbox::record);
        });
        return ReferralLifecycleView.of(referral);
    }

    @Transactional
    public ReferralLifecycleView reject(UUID referralId, String reason, String by) {
        CareReferral referral = lock(referralId);
        Instant now = now();
        referral.reject(reason, by, now).ifPresent(rejected -> end(referral, rejected, by, now));
        return ReferralLifecycleView.of(referral);
    }

    @Transactional
    public ReferralLifecycleView schedule(UUID referralId, Instant firstVisitAt, String by) {
        CareReferral referral = lock(referralId);
        referral.schedule(firstVisitAt, by, now()).ifPresent(outbox::record);
        return ReferralLifecycleView.of(referral);
    }

    @Transactional
    public ReferralLifecycleView conclude(UUID referralId, ReferralOutcome outcome, String reason, String by) {
        CareReferral referral = lock(referralId);
        Instant now = now();
        referral.conclude(outcome, reason, by, now).ifPresent(concluded -> end(referral, concluded, by, now));
        return ReferralLifecycleView.of(referral);
    }

    @Transactional
    public ReferralLifecycleView transfer(UUID referralId, CareSetting to, String reason, String by) {
        CareReferral referral = lock(referralId);
        Instant now = now();
        referral.transfer(to, reason, by, now).ifPresent(transferred -> end(referral, transferred, by, now));
        return ReferralLifecycleView.of(referral);
    }

    /**
     * Closes what the service opened for a referral its referrer withdrew. A referral the service
     * does not hold changes nothing.
     */
    @Transactional
    public void cancel(ReferralCancelled cancellation) {
        referrals.lockByReferral(cancellation.referralId()).filter(referral -> !referral.lifecycle().status().isFinal())
                .ifPresent(referral -> {
                    referral.cancel(cancellation.reason(), cancellation.cancelledAt());
                    ended.fire(new ReferralEnded(referral, ReferralEnded.REFERRER, cancellation.cancelledAt()));
                });
    }

    /**
     * Keeps what the team that handed the patient over to this setting knew, for the referral the
     * transition opened here, which may not have arrived yet. A handover kept before stays as it is.
     */
    @Transactional
    public void keepHandover(PatientTransitioned transition) {
        handovers.keep(transition);
    }

    /** Publishes how the referral ended, and lets the service close what it kept open for it. */
    private void end(CareReferral referral, PalliumEvent ending, String by, Instant at) {
        outbox.record(ending);
        ended.fire(new ReferralEnded(referral, by, at));
    }

    /**
     * Kept to the microsecond, as the database keeps it, so that what a step answers, what it
     * publishes and what a later read shows are the same instant.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A referral of a patient the caller may not see is answered as unknown. */
    private CareReferral lock(UUID referralId) {
        return access.visible(referrals.lockByReferral(referralId), CareReferral::patientId).orElseThrow(() -> new ProblemException(404, "Unknown referral",
                "This service holds no referral " + referralId));
    }
}
