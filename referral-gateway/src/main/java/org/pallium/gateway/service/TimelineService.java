package org.pallium.gateway.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.Urgency;
import org.pallium.events.VisitCompleted;
import org.pallium.gateway.config.GatewayConfig;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.gateway.repository.TimelinePosition;
import org.pallium.platform.security.PatientAccess;

/** The patient timeline: every setting's events, in clinical-time order. */
@ApplicationScoped
public class TimelineService {

    public static final int MAX_PAGE = 500;

    /** Clinical times are kept in UTC; the title says so rather than guess the reader's zone. */
    private static final DateTimeFormatter BOOKED_FOR =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final GatewayConfig config;
    private final PatientAccess access;
    private final Clock clock;

    TimelineService(GatewayConfig config, PatientAccess access, Clock clock) {
        this.config = config;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Adds the event to its patient's timeline at its clinical time, however late it arrives.
     * Runs in the consumer's transaction, which also records the event id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(CloudEventAttributes attributes, PalliumEvent event) {
        TimelineEntry entry = new TimelineEntry();
        entry.eventId = attributes.id();
        entry.patientId = event.patientId();
        entry.occurredAt = event.occurredAt();
        entry.eventType = attributes.type();
        entry.recordedAt = clock.instant();
        switch (event) {
            case ReferralSubmitted submitted -> {
                entry.setting = submitted.setting();
                entry.title = "Referred to " + label(submitted.setting()) + " palliative care"
                        + (submitted.urgency() == Urgency.ROUTINE ? "" : ", " + submitted.urgency().name().toLowerCase());
                entry.actor = submitted.referrer().clinician() + ", " + submitted.referrer().organisation();
                entry.sourceUrl = referralPath(submitted);
            }
            case ReferralReceived received -> {
                entry.setting = received.setting();
                entry.title = "Referral received by the " + label(received.setting()) + " team";
                entry.sourceUrl = referralPath(received);
            }
            case ReferralCancelled cancelled -> {
                entry.setting = cancelled.setting();
                entry.title = "Referral to the " + label(cancelled.setting()) + " team cancelled by the referrer";
                entry.sourceUrl = referralPath(cancelled);
            }
            case ReferralAccepted accepted -> {
                entry.setting = accepted.setting();
                entry.title = "Referral accepted by the " + label(accepted.setting()) + " team";
                entry.sourceUrl = referralPath(accepted);
            }
            case ReferralRejected rejected -> {
                entry.setting = rejected.setting();
                entry.title = "Referral declined by the " + label(rejected.setting()) + " team";
                entry.actor = rejected.rejectedBy();
                entry.sourceUrl = referralPath(rejected);
            }
            case ReferralScheduled scheduled -> {
                entry.setting = scheduled.setting();
                entry.title = "First visit with the " + label(scheduled.setting()) + " team booked for "
                        + BOOKED_FOR.format(scheduled.firstVisitAt());
                entry.actor = scheduled.scheduledBy();
                entry.sourceUrl = referralPath(scheduled);
            }
            case ReferralFirstVisitCompleted firstVisit -> {
                entry.setting = firstVisit.setting();
                entry.title = "First visit by the " + label(firstVisit.setting()) + " team";
                entry.sourceUrl = referralPath(firstVisit);
            }
            case ReferralConcluded concluded -> {
                entry.setting = concluded.setting();
                entry.title = concluded.outcome() == ReferralOutcome.COMPLETED
                        ? "Care by the " + label(concluded.setting()) + " team completed"
                        : "Referral to the " + label(concluded.setting()) + " team closed";
                entry.actor = concluded.concludedBy();
                entry.sourceUrl = referralPath(concluded);
            }
            case ReferralTransferred transferred -> {
                entry.setting = transferred.setting();
                entry.title = "Transferred from the " + label(transferred.setting()) + " team to the "
                        + label(transferred.toSetting()) + " team";
                entry.actor = transferred.transferredBy();
                entry.sourceUrl = referralPath(transferred);
            }
            case VisitCompleted visit -> {
                entry.setting = visit.setting();
                entry.title = visitTitle(visit);
                entry.actor = visit.clinician();
                entry.sourceUrl = visitUrl(visit).toString();
            }
        }
        entry.persist();
    }

    /**
     * Empty when Pallium does not know the patient, or the caller may not see them: the two read
     * alike. Either way the patient goes into the request's audit entry.
     */
    @Transactional
    public Optional<List<TimelineEntry>> page(UUID patientId, Optional<TimelinePosition> after, int limit) {
        if (!access.permits(patientId) || Patient.findByIdOptional(patientId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TimelineEntry.page(patientId, after, limit));
    }

    private static String visitTitle(VisitCompleted visit) {
        String kind = switch (visit.encounterClass()) {
            case "IMP" -> "Hospital consult visit";
            case "AMB" -> "Clinic visit";
            case "HH" -> "Home visit";
            case "VR" -> "Video visit";
            default -> "Visit";
        };
        long minutes = Duration.between(visit.startedAt(), visit.endedAt()).toMinutes();
        return kind + " by " + visit.discipline().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", " + minutes + " min";
    }

    /** The gateway's own record, relative: the API resolves it against the address it was called on. */
    private static String referralPath(ReferralEvent referral) {
        return "api/referrals/" + referral.referralId();
    }

    private URI visitUrl(VisitCompleted visit) {
        String path = visit.setting() == CareSetting.INPATIENT ? "/api/encounters/" : "/api/visits/";
        return config.serviceUrls().get(visit.setting()).resolve(path + visit.visitId());
    }

    private static String label(CareSetting setting) {
        return switch (setting) {
            case INPATIENT -> "inpatient";
            case OUTPATIENT -> "outpatient clinic";
            case HOME -> "home";
        };
    }
}
