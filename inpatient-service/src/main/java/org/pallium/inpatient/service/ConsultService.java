package org.pallium.inpatient.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pallium.events.ConsultSignedOff;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralSubmitted;
import org.pallium.inpatient.config.ConsultConfig;
import org.pallium.inpatient.repository.CareTeamMember;
import org.pallium.inpatient.repository.CareTeamRole;
import org.pallium.inpatient.repository.CensusFilter;
import org.pallium.inpatient.repository.Consult;
import org.pallium.inpatient.repository.ConsultOrigin;
import org.pallium.inpatient.repository.ConsultStatus;
import org.pallium.inpatient.repository.ResponseTimes;
import org.pallium.platform.audit.AuditContext;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.lifecycle.CareStatus;
import org.pallium.platform.lifecycle.ReferralLifecycle;
import org.pallium.platform.lifecycle.TeamCensusScope;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/** Opens consults, from referrals and from requests inside the hospital, and serves the team's census. */
@ApplicationScoped
public class ConsultService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final InpatientPatientScope scope;
    private final ConsultConfig config;
    private final AssessmentService assessments;
    private final AuditContext audit;

    ConsultService(Outbox outbox, Clock clock, PatientAccess access, InpatientPatientScope scope, ConsultConfig config,
            AssessmentService assessments, AuditContext audit) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.scope = scope;
        this.config = config;
        this.assessments = assessments;
        this.audit = audit;
    }

    /**
     * Opens a consult for a referral routed to the inpatient setting, for the team to accept or
     * reject, and tells the other settings that the referral was received. A referral that already
     * has a consult opens nothing new. Its response target runs from the referral's submission.
     */
    @Transactional
    public Consult openFromReferral(ReferralSubmitted referral) {
        Optional<Consult> existing = Consult.findByReferral(referral.referralId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Consult consult = new Consult();
        consult.id = UUID.randomUUID();
        consult.referralId = referral.referralId();
        consult.patientId = referral.patientId();
        consult.origin = ConsultOrigin.REFERRAL;
        consult.reason = referral.reason();
        consult.urgency = referral.urgency();
        consult.diagnosis = referral.diagnosis();
        consult.requestingClinician = referral.referrer().clinician();
        consult.requestingOrganisation = referral.referrer().organisation();
        consult.patientName = referral.patient().name();
        consult.patientIdentifierSystem = referral.patient().identifier().system();
        consult.patientIdentifierValue = referral.patient().identifier().value();
        consult.requestedAt = micros(referral.submittedAt());
        consult.responseDueAt = consult.requestedAt.plus(config.responseTarget(consult.urgency));
        consult.lifecycle = ReferralLifecycle.receivedAt(clock.instant());
        consult.persist();
        outbox.record(consult.received());
        return consult;
    }

    /**
     * Opens a consult that a clinician of the hospital asked for, for the patient the gateway's
     * registry knows by {@code patientId}. Such a request needs no triage: the team takes it on at
     * once (its acceptance is not announced apart: the announcement of the consult opens the
     * referral at the gateway, accepted). The same consult id again returns the consult it opened,
     * however the request differs. The endpoint's roles allow the request whatever the caller may
     * read afterwards: the audit names the patient as the caller's to write to.
     *
     * @throws ProblemException 409 when the consult id belongs to another patient's consult
     */
    @Transactional
    public Recorded<CensusEntry> request(ConsultRequest request, UUID patientId) {
        Optional<Consult> earlier = Consult.findByIdOptional(request.consultId());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(patientId)) {
                throw new ProblemException(409, "Consult id in use",
                        "Consult " + request.consultId() + " was requested for another patient");
            }
            audit.concerns(patientId, true);
            return new Recorded<>(entryOf(earlier.get()), false);
        }
        Instant now = micros(clock.instant());
        Consult consult = new Consult();
        consult.id = request.consultId();
        consult.referralId = UUID.randomUUID();
        consult.patientId = patientId;
        consult.origin = ConsultOrigin.HOSPITAL_REQUEST;
        consult.reason = request.question();
        consult.urgency = request.urgency();
        consult.diagnosis = request.diagnosis();
        consult.requestingClinician = request.requestingClinician();
        consult.requestingOrganisation = request.requestingOrganisation();
        consult.patientName = request.patient().name();
        consult.patientIdentifierSystem = request.patient().identifier().system();
        consult.patientIdentifierValue = request.patient().identifier().value();
        consult.unit = request.unit();
        consult.bed = request.bed();
        consult.admittingService = request.admittingService();
        consult.requestedAt = micros(Optional.ofNullable(request.requestedAt()).orElse(now));
        consult.responseDueAt = consult.requestedAt.plus(config.responseTarget(consult.urgency));
        consult.lifecycle = ReferralLifecycle.receivedAt(now);
        consult.accept(access.caller().id(), now);
        consult.persist();
        audit.concerns(patientId, true);
        consult.requested(now).ifPresent(outbox::record);
        return new Recorded<>(entryOf(consult), true);
    }

    /** The consult, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<Consult> find(UUID consultId) {
        return access.visible(Consult.findByIdOptional(consultId), consult -> consult.patientId);
    }

    /** The consult with its team and flags, if its patient is the caller's to see. */
    @Transactional
    public Optional<CensusEntry> findEntry(UUID consultId) {
        return find(consultId).map(this::entryOf);
    }

    /** The census of the patients the caller may see, each consult with its team and flags. */
    @Transactional
    public List<CensusEntry> census(CensusFilter filter) {
        Instant now = clock.instant();
        List<Consult> consults = switch (scope.listing(access.caller())) {
            case EVERY_PATIENT -> Consult.census(filter, now, false);
            case PATIENTS_ON_CENSUS -> Consult.census(filter, now, true);
            case NO_PATIENT -> List.of();
        };
        Map<UUID, List<CareTeamMember>> teams = CareTeamMember.ofConsults(consults.stream().map(c -> c.id).toList())
                .stream().collect(Collectors.groupingBy(member -> member.consultId));
        Map<UUID, List<Worsening>> worsening = assessments.worseningOf(
                consults.stream().map(c -> c.patientId).collect(Collectors.toSet()));
        return consults.stream().map(consult -> new CensusEntry(consult, teams.getOrDefault(consult.id, List.of()),
                consult.overdue(now), worsening.getOrDefault(consult.patientId, List.of()))).toList();
    }

    /**
     * How fast the team saw the consults requested in the period, by urgency, with the target of
     * each. Counts, not patients; a caller outside the team gets none.
     */
    @Transactional
    public List<ResponseReport> responseTimes(Instant from, Instant to) {
        if (scope.listing(access.caller()) == TeamCensusScope.Listing.NO_PATIENT) {
            return List.of();
        }
        return ResponseTimes.of(Consult.getEntityManager(), from, to, clock.instant()).stream()
                .map(times -> new ResponseReport(times, config.responseTarget(times.urgency()))).toList();
    }

    /** Where the patient lies now: patients move between units and beds during a stay. */
    @Transactional
    public CensusEntry relocate(UUID consultId, String unit, String bed, String admittingService) {
        Consult consult = lockOpen(consultId);
        consult.unit = unit;
        consult.bed = bed;
        consult.admittingService = admittingService;
        return entryOf(consult);
    }

    /** Sets the consult's care team as a whole: a retried request leaves the same team. */
    @Transactional
    public List<CareTeamMember> assignTeam(UUID consultId, List<CareTeamAssignment> team) {
        Consult consult = lockOpen(consultId);
        long leads = team.stream().filter(member -> member.role() == CareTeamRole.LEAD).count();
        if (leads > 1) {
            throw new ProblemException(422, "More than one lead", "A consult's care team has at most one lead");
        }
        if (team.stream().map(CareTeamAssignment::member).distinct().count() < team.size()) {
            throw new ProblemException(422, "Member named twice", "Each member of the care team is named once");
        }
        CareTeamMember.replaceTeamOf(consult.id, team.stream().map(assignment -> {
            CareTeamMember member = new CareTeamMember();
            member.consultId = consult.id;
            member.member = assignment.member();
            member.name = assignment.name();
            member.discipline = assignment.discipline();
            member.role = assignment.role();
            return member;
        }).toList());
        return CareTeamMember.ofConsult(consult.id);
    }

    /**
     * Signs the consult off: the team's part in this hospital stay is over. Only a consult the team
     * has seen can be signed off; one signed off already stays as it was.
     *
     * @throws ProblemException 409 when the team never saw the patient, or the consult ended otherwise
     */
    @Transactional
    public CensusEntry signOff(UUID consultId, String reason) {
        Consult consult = lock(consultId);
        if (consult.lifecycle.status() == CareStatus.COMPLETED) {
            return entryOf(consult);
        }
        if (consult.status() != ConsultStatus.SEEN && consult.status() != ConsultStatus.FOLLOWING) {
            throw new ProblemException(409, "Consult cannot be signed off", consult.status() == ConsultStatus.REQUESTED
                    ? "The team has not seen the patient yet: record the initial consult first, or close the referral"
                    : "The consult is " + consult.status() + " (referral " + consult.lifecycle.status() + ")");
        }
        Instant now = micros(clock.instant());
        String by = access.caller().id();
        consult.conclude(ReferralOutcome.COMPLETED, Optional.ofNullable(reason).orElse("Consult signed off"), by, now)
                .ifPresent(outbox::record);
        outbox.record(new ConsultSignedOff(consult.id, consult.referralId, consult.patientId, reason, by, now));
        return entryOf(consult);
    }

    private CensusEntry entryOf(Consult consult) {
        return new CensusEntry(consult, CareTeamMember.ofConsult(consult.id), consult.overdue(clock.instant()),
                assessments.worseningOf(Set.of(consult.patientId)).getOrDefault(consult.patientId, List.of()));
    }

    /**
     * The consult, locked while it changes, if the caller may see its patient.
     *
     * @throws UnknownConsultException when it does not exist or is not the caller's to see
     */
    Consult lock(UUID consultId) {
        return access.visible(Consult.<Consult>findByIdOptional(consultId, LockModeType.PESSIMISTIC_WRITE),
                found -> found.patientId).orElseThrow(() -> new UnknownConsultException(consultId));
    }

    /**
     * As {@link #lock}, for a change that needs the consult open: accepted by the team and not ended.
     *
     * @throws ProblemException 422 when the consult is not open
     */
    Consult lockOpen(UUID consultId) {
        Consult consult = lock(consultId);
        if (!consult.lifecycle.status().isOpenForVisits()) {
            throw new ProblemException(422, "Consult not open", "The consult's referral is " + consult.lifecycle.status()
                    + ": the team documents under a consult it has accepted and not ended");
        }
        return consult;
    }

    /** Kept to the microsecond, as the database keeps it, so that the events and the record agree. */
    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
