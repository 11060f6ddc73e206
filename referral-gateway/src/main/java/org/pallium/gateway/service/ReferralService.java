package org.pallium.gateway.service;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.pallium.events.ConsultRequested;
import org.pallium.events.PatientDetails;
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
import org.pallium.events.Referrer;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.ReferralDetails;
import org.pallium.gateway.repository.ReferralFilter;
import org.pallium.gateway.repository.ReferralPosition;
import org.pallium.gateway.repository.ReferralStatus;
import org.pallium.gateway.repository.ReferralStatusChange;
import org.pallium.gateway.repository.RoutingReason;
import org.pallium.platform.audit.AuditContext;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientAccess;

/**
 * Takes referrals in, hands them to their setting, and follows their status. A caller reads,
 * lists and cancels only the referrals {@link GatewayPatientScope} lets them see; one they may
 * not see is answered as absent.
 */
@ApplicationScoped
public class ReferralService {

    private static final Logger LOG = Logger.getLogger(ReferralService.class);

    /** Who cancels, until the caller is authenticated: the EHR that referred. */
    private static final String CANCELLED_BY = "referrer";

    private final PatientRegistry patients;
    private final IdempotencyKeys keys;
    private final Outbox outbox;
    private final PatientAccess access;
    private final GatewayPatientScope scope;
    private final AuditContext audit;
    private final ObjectMapper json;
    private final Clock clock;

    ReferralService(PatientRegistry patients, IdempotencyKeys keys, Outbox outbox, PatientAccess access,
            GatewayPatientScope scope, AuditContext audit, ObjectMapper json, Clock clock) {
        this.patients = patients;
        this.keys = keys;
        this.outbox = outbox;
        this.access = access;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the referral and, in the same transaction, its hand-off to the setting's service:
     * once this returns, the referral reaches that service even if it, or Kafka, is down now.
     *
     * <p>A submission with a key (the EHR's referral identifier, or else its Idempotency-Key) is
     * made once: a retry with the same body returns the first referral, also when the two race.
     * The caller is the referral's submitter, and their keys are theirs alone.
     *
     * @throws ProblemException 409 when the key was used before for a different referral
     */
    @Transactional
    public Recorded<Referral> submit(ReferralSubmission submission, Optional<String> idempotencyKey) {
        UUID referralId = UUID.randomUUID();
        String submittedBy = access.caller().id();
        Optional<String> key = keyOf(submittedBy, submission, idempotencyKey);
        if (key.isPresent()) {
            String fingerprint = fingerprintOf(submission);
            Optional<IdempotencyKeys.Claim> earlier = keys.claimOrFindEarlier(key.get(), fingerprint, referralId);
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw new ProblemException(409, "Referral key already used", (submission.referralIdentifier() != null
                            ? "This referral identifier" : "This Idempotency-Key") + " was used for referral "
                            + earlier.get().referralId() + ", whose content differs from this request. A retry must send"
                            + " the same content; a new referral needs a new key.");
                }
                Referral original = Referral.findById(earlier.get().referralId());
                audit.concerns(original.patientId, true);
                return new Recorded<>(original, false);
            }
        }
        ReferralRouting.Route route = ReferralRouting.route(submission.requestedSetting(), submission.circumstances());
        Instant now = clock.instant();
        ReferralDetails details = submission.details();
        Referral referral = new Referral();
        referral.id = referralId;
        referral.patientId = patients.register(details.patient()).value();
        referral.setting = route.setting();
        referral.routingReason = route.reason();
        referral.status = ReferralStatus.REQUESTED;
        referral.reason = submission.reason();
        referral.referringClinician = details.referrer().clinician();
        referral.details = details;
        if (submission.referralIdentifier() != null) {
            referral.ehrIdentifierSystem = submission.referralIdentifier().system();
            referral.ehrIdentifierValue = submission.referralIdentifier().value();
        }
        referral.submittedAt = now;
        referral.updatedAt = now;
        referral.submittedBy = submittedBy;
        referral.persist();
        audit.concerns(referral.patientId, true);
        ReferralStatusChange.of(referral.id, ReferralStatus.REQUESTED, now, referral.referringClinician).persist();
        outbox.record(new ReferralSubmitted(referral.id, referral.patientId, referral.setting, details.patient(),
                details.diagnosis(), referral.reason, details.symptoms(), details.urgency(), details.goalsOfCare(),
                details.referrer(), details.coverage(), details.attachments(), now));
        return new Recorded<>(referral, true);
    }

    /**
     * The EHR's referral identifier wins over the header; each is its own namespace of keys, within
     * the submitter's: another EHR's key, however alike, never returns this one's referral.
     */
    private static Optional<String> keyOf(String submittedBy, ReferralSubmission submission,
            Optional<String> idempotencyKey) {
        String submitter = "submitter:" + submittedBy.length() + ":" + submittedBy;
        ReferralIdentifier identifier = submission.referralIdentifier();
        if (identifier != null) {
            return Optional.of(submitter + "identifier:" + identifier.system().length() + ":" + identifier.system()
                    + identifier.value());
        }
        return idempotencyKey.map(header -> submitter + "header:" + header);
    }

    /** Records serialise in a fixed order, so equal submissions give equal fingerprints. */
    private String fingerprintOf(ReferralSubmission submission) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(submission));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a referral", e);
        }
    }

    /** The referral, when there is one and the caller may see it. */
    @Transactional
    public Optional<Referral> find(UUID referralId) {
        return visible(Referral.findByIdOptional(referralId));
    }

    /**
     * A referral the caller may not see is treated as absent, so that the answer is the 404 of a
     * missing one; either way its patient goes into the request's audit entry, the denial too.
     */
    private Optional<Referral> visible(Optional<Referral> found) {
        Caller caller = access.caller();
        return access.visible(found, referral -> referral.patientId).filter(referral -> {
            boolean shown = scope.shows(caller, referral);
            audit.concerns(referral.patientId, shown);
            return shown;
        });
    }

    /**
     * Withdraws the referral for the referrer, and tells its setting's service in the same
     * transaction. A referral that has ended (rejected, completed, closed, transferred, cancelled)
     * stays as it is, and nothing is published: to withdraw a transferred patient, the referrer
     * cancels the referral the transfer opened, {@link Referral#transferredTo}. The referral is
     * locked, so that a step its setting reports meanwhile waits, and finds it cancelled.
     *
     * @return empty when there is no such referral, or the caller may not see it
     */
    @Transactional
    public Optional<Referral> cancel(UUID referralId, String reason) {
        Optional<Referral> found = visible(Referral.findByIdOptional(referralId, LockModeType.PESSIMISTIC_WRITE));
        found.filter(referral -> !referral.status.isFinal()).ifPresent(referral -> {
            Instant now = clock.instant();
            referral.status = ReferralStatus.CANCELLED;
            referral.updatedAt = now;
            ReferralStatusChange change = ReferralStatusChange.of(referral.id, ReferralStatus.CANCELLED, now, CANCELLED_BY);
            change.reason = reason;
            change.persist();
            outbox.record(new ReferralCancelled(referral.id, referral.patientId, referral.setting, reason, now));
        });
        return found;
    }

    @Transactional
    public List<ReferralStatusChange> historyOf(UUID referralId) {
        return ReferralStatusChange.historyOf(referralId);
    }

    /**
     * A page of the referrals the caller may see: the query holds only those, so paging stays
     * whole. A patient asked for goes into the audit entry, with a denial if the caller may not
     * see them (the page is then empty).
     */
    @Transactional
    public List<Referral> page(ReferralFilter filter, Optional<ReferralPosition> after, int limit) {
        filter.patientId().ifPresent(access::permits);
        return Referral.page(filter, scope.visibilityOf(access.caller()), after, limit);
    }

    /**
     * Moves the referral on when its setting reports a step, and keeps the step in its history: by
     * the clinician the event names, else by the service that reported it, and why, where the event
     * says. Statuses only move forward ({@link ReferralStatus#advancedTo}): a step reported late, or
     * after the referral ended, changes nothing. A transfer also opens the referral it names for the
     * other setting, with the patient's context, and hands it to that setting's service: all in the
     * consumer's transaction, so a redelivered transfer opens nothing twice. A transfer of a referral
     * that ended meanwhile (its referrer cancelled it) opens nothing. A consult the hospital team took
     * on accepts the referral it came from; one asked for inside the hospital names a referral the
     * gateway has not seen, and opens it ({@link #openRequestedInHospital}), once however often it is
     * delivered: the redelivery finds it accepted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(ReferralEvent event, URI reportedBy) {
        Step step = stepOf(event, reportedBy.toString());
        Optional<Referral> known = Referral.findByIdOptional(event.referralId(), LockModeType.PESSIMISTIC_WRITE);
        if (known.isEmpty() && event instanceof ConsultRequested consult) {
            openRequestedInHospital(consult, step.by());
            return;
        }
        known.ifPresent(referral -> {
            ReferralStatus next = referral.status.advancedTo(step.status());
            if (next == referral.status) {
                return;
            }
            referral.status = next;
            referral.updatedAt = event.occurredAt();
            ReferralStatusChange change = ReferralStatusChange.of(referral.id, next, event.occurredAt(), step.by());
            change.reason = step.reason();
            change.firstVisitAt = step.firstVisitAt();
            change.persist();
            if (event instanceof ReferralTransferred transfer) {
                openTransferred(referral, transfer);
            }
        });
    }

    /** What a reported step makes of the referral, and who took it and why. */
    private record Step(ReferralStatus status, String by, String reason, Instant firstVisitAt) {

        Step(ReferralStatus status, String by) {
            this(status, by, null, null);
        }
    }

    private static Step stepOf(ReferralEvent event, String reportedBy) {
        return switch (event) {
            case ReferralSubmitted submitted -> new Step(ReferralStatus.REQUESTED, submitted.referrer().clinician());
            case ReferralReceived received -> new Step(ReferralStatus.RECEIVED, reportedBy);
            case ReferralAccepted accepted -> new Step(ReferralStatus.ACCEPTED, reportedBy);
            case ReferralRejected rejected ->
                    new Step(ReferralStatus.REJECTED, rejected.rejectedBy(), rejected.reason(), null);
            case ReferralScheduled scheduled ->
                    new Step(ReferralStatus.SCHEDULED, scheduled.scheduledBy(), null, scheduled.firstVisitAt());
            case ReferralFirstVisitCompleted firstVisit -> new Step(ReferralStatus.FIRST_VISIT_COMPLETED, reportedBy);
            case ReferralConcluded concluded -> new Step(
                    concluded.outcome() == ReferralOutcome.COMPLETED ? ReferralStatus.COMPLETED : ReferralStatus.CLOSED,
                    concluded.concludedBy(), concluded.reason(), null);
            case ReferralTransferred transferred ->
                    new Step(ReferralStatus.TRANSFERRED, transferred.transferredBy(), transferred.reason(), null);
            case ReferralCancelled cancelled -> new Step(ReferralStatus.CANCELLED, CANCELLED_BY, cancelled.reason(), null);
            case ConsultRequested consult -> new Step(ReferralStatus.ACCEPTED, reportedBy);
        };
    }

    /**
     * Opens the referral of a consult that a clinician of the hospital asked for through the
     * inpatient service, as the hospital team took it on: requested when the consult was, by the
     * requesting clinician, and accepted when the team started it, by the service that reported it.
     * The patient is then on the inpatient team's census, and a transfer at discharge opens the
     * onward referral from it as from any other. Its details are the newest the gateway has of the
     * patient (the inpatient service registers the patient, POST /api/patients, before it opens the
     * consult) with the consult's diagnosis, urgency and requester; no symptoms, coverage or
     * attachments, which the consult does not carry. It has no submitter: no EHR sent it, and the
     * event names the requesting clinician but not the token they called with, so the hospital team
     * and coordinators see it, and the referral a transfer opens from it. Nothing is handed to the
     * inpatient service: it has the consult already. A patient the gateway does not know opens
     * nothing; a patient registered before the gateway kept patients' details gets a referral
     * without them, as a referral taken in before then has.
     */
    private void openRequestedInHospital(ConsultRequested consult, String acceptedBy) {
        Optional<Patient> patient = Patient.findByIdOptional(consult.patientId());
        if (patient.isEmpty()) {
            LOG.warnf("Consult %s names patient %s, whom the gateway does not know: its referral %s is not opened",
                    consult.consultId(), consult.patientId(), consult.referralId());
            return;
        }
        PatientDetails details = patient.get().details;
        Referral referral = new Referral();
        referral.id = consult.referralId();
        referral.patientId = consult.patientId();
        referral.setting = consult.setting();
        referral.routingReason = RoutingReason.REQUESTED_IN_HOSPITAL;
        referral.status = ReferralStatus.ACCEPTED;
        referral.reason = consult.question();
        referral.referringClinician = consult.requestedBy().clinician();
        referral.details = details == null ? null : new ReferralDetails(details, consult.diagnosis(), List.of(),
                consult.urgency(), null, consult.requestedBy(), null, List.of());
        referral.submittedAt = consult.requestedAt();
        referral.updatedAt = consult.startedAt();
        referral.persist();
        ReferralStatusChange.of(referral.id, ReferralStatus.REQUESTED, consult.requestedAt(), referral.referringClinician)
                .persist();
        ReferralStatusChange.of(referral.id, ReferralStatus.ACCEPTED, consult.startedAt(), acceptedBy).persist();
    }

    /**
     * Opens the referral a transfer names, for the other setting, as if the transferring clinician
     * had referred the patient there, and hands it to that setting's service with the patient's
     * context copied from the referral they leave (the diagnosis, the symptoms, the urgency, the
     * goals, the coverage, the attachments), the newest details Pallium has of the patient, and
     * the transfer's reason as the reason for the referral. It keeps the original's submitter, so
     * the referring EHR follows its patient into the other setting. A referral taken in before
     * Pallium kept referrals whole has no context to hand on: the new referral is opened, and a
     * coordinator resubmits it.
     */
    private void openTransferred(Referral from, ReferralTransferred transfer) {
        Referral to = new Referral();
        to.id = transfer.newReferralId();
        to.patientId = from.patientId;
        to.setting = transfer.toSetting();
        to.routingReason = RoutingReason.TRANSFERRED_FROM_SETTING;
        to.status = ReferralStatus.REQUESTED;
        to.reason = transfer.reason();
        to.referringClinician = transfer.transferredBy();
        to.details = handedOn(from, transfer);
        to.submittedAt = transfer.transferredAt();
        to.updatedAt = transfer.transferredAt();
        to.transferredFrom = from.id;
        to.submittedBy = from.submittedBy;
        to.persist();
        from.transferredTo = to.id;
        ReferralStatusChange requested = ReferralStatusChange.of(to.id, ReferralStatus.REQUESTED, to.submittedAt,
                to.referringClinician);
        requested.reason = transfer.reason();
        requested.persist();
        if (to.details == null) {
            LOG.warnf("Referral %s was taken in before Pallium kept referrals whole: the referral %s its transfer "
                    + "opened cannot be handed to the %s setting", from.id, to.id, to.setting);
            return;
        }
        ReferralDetails details = to.details;
        outbox.record(new ReferralSubmitted(to.id, to.patientId, to.setting, details.patient(), details.diagnosis(),
                to.reason, details.symptoms(), details.urgency(), details.goalsOfCare(), details.referrer(),
                details.coverage(), details.attachments(), to.submittedAt));
    }

    /** The context a transfer hands on; null when the referral it leaves was taken in without one. */
    private static ReferralDetails handedOn(Referral from, ReferralTransferred transfer) {
        ReferralDetails original = from.details;
        if (original == null) {
            return null;
        }
        PatientDetails newest = Patient.<Patient>findByIdOptional(from.patientId)
                .map(patient -> patient.details).orElse(original.patient());
        Referrer transferring = new Referrer(transfer.transferredBy(),
                "Pallium " + from.setting.name().toLowerCase(Locale.ROOT) + " palliative care team");
        return new ReferralDetails(newest, original.diagnosis(), original.symptoms(), original.urgency(),
                original.goalsOfCare(), transferring, original.coverage(), original.attachments());
    }
}
