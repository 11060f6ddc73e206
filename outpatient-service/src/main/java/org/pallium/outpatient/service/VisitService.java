package org.pallium.outpatient.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.EsasR;
import org.pallium.events.VisitCompleted;
import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.outpatient.repository.EsasColumns;
import org.pallium.outpatient.repository.Visit;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * Records the clinic's visits and publishes each as a completed visit with the symptom scores
 * assessed at it; reads a patient's scores over time.
 */
@ApplicationScoped
public class VisitService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final ClinicPatients patients;

    VisitService(Outbox outbox, Clock clock, PatientAccess access, ClinicPatients patients) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.patients = patients;
    }

    /**
     * Records a visit under the patient's accepted referral to the clinic that has not ended; the
     * referral's first visit also announces that its first visit took place. A referral the team
     * has not accepted yet, or one that ended (rejected, concluded, transferred, cancelled), takes
     * no new visit. Recording the same visit id again returns the first record, and is answered
     * before the referral is looked up, so a request retried after the referral ended still succeeds
     * for a caller who may still see the patient. A patient the caller may not see is unknown to
     * them, and nothing is recorded. The caller is kept as who recorded the visit, beside the
     * clinician the recording names.
     *
     * @throws ProblemException when the patient is not the caller's to see (404), has no accepted
     *                          referral to the clinic (422), the visit id is taken by another
     *                          patient's visit (409), or the visit ends before it starts (422)
     */
    @Transactional
    public Recorded<Visit> record(VisitRecording recording) {
        patients.requireVisible(recording.patientId());
        Optional<Visit> earlier = Visit.findByIdOptional(recording.visitId());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(recording.patientId())) {
                throw new ProblemException(409, "Visit id in use",
                        "Visit " + recording.visitId() + " belongs to another patient");
            }
            return new Recorded<>(earlier.get(), false);
        }
        ClinicReferral referral = patients.lockReferralInCare(recording.patientId());
        if (recording.endedAt().isBefore(recording.startedAt())) {
            throw new ProblemException(422, "Invalid visit", "endedAt is before startedAt");
        }
        referral.visit(recording.visitId(), recording.startedAt()).ifPresent(outbox::record);
        Visit visit = new Visit();
        visit.id = recording.visitId();
        visit.patientId = recording.patientId();
        visit.referralId = referral.id;
        visit.visitType = recording.visitType();
        visit.clinician = recording.clinician();
        visit.discipline = recording.discipline();
        visit.startedAt = recording.startedAt();
        visit.endedAt = recording.endedAt();
        visit.notes = recording.notes();
        visit.focus = recording.focus();
        visit.esas = recording.esas() == null ? null : EsasColumns.of(recording.esas());
        visit.pps = recording.pps();
        visit.interventions = List.copyOf(recording.interventions());
        visit.plan = recording.plan();
        visit.followUpAfter = recording.followUpAfter() == null ? null : recording.followUpAfter().toString();
        visit.recordedAt = clock.instant();
        visit.recordedBy = access.caller().id();
        visit.persist();
        outbox.record(new VisitCompleted(visit.id, visit.patientId, CareSetting.OUTPATIENT,
                visit.visitType.encounterClass(), visit.clinician, visit.discipline, visit.startedAt, visit.endedAt,
                recording.esas(), recording.pps()));
        return new Recorded<>(visit, true);
    }

    /** The visit, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<Visit> find(UUID visitId) {
        return access.visible(Visit.findByIdOptional(visitId), visit -> visit.patientId);
    }

    /** The patient's visits, none when the patient is not the caller's to see. */
    @Transactional
    public List<Visit> ofPatientNewestFirst(UUID patientId) {
        return access.permits(patientId) ? Visit.ofPatientNewestFirst(patientId) : List.of();
    }

    /**
     * The ESAS-r and PPS assessed at the patient's visits: the latest of each, every assessed visit
     * oldest first, and how each measure changed between its two latest values. Empty when the
     * patient is not the caller's to see; a patient never assessed has an empty trend.
     */
    @Transactional
    public Optional<PatientAssessments> assessmentsOf(UUID patientId) {
        if (!access.permits(patientId)) {
            return Optional.empty();
        }
        List<Visit> newestFirst = Visit.assessedOfPatientNewestFirst(patientId);
        List<Visit> esas = newestFirst.stream().filter(visit -> visit.esas != null).toList();
        List<Visit> pps = newestFirst.stream().filter(visit -> visit.pps != null).toList();
        return Optional.of(new PatientAssessments(patientId, esas.stream().findFirst(), pps.stream().findFirst(),
                newestFirst.reversed(), change(esas, pps)));
    }

    /** ESAS-r scores rise as symptoms worsen; the PPS falls as the patient declines. */
    private static Map<String, Integer> change(List<Visit> esas, List<Visit> pps) {
        Map<String, Integer> change = new LinkedHashMap<>();
        if (esas.size() >= 2) {
            EsasR latest = esas.get(0).esas().orElseThrow();
            EsasR before = esas.get(1).esas().orElseThrow();
            change.putAll(latest.changeSince(before));
            change.put(PatientAssessments.ESAS_TOTAL, latest.total() - before.total());
        }
        if (pps.size() >= 2) {
            change.put(PatientAssessments.PPS, pps.get(0).pps - pps.get(1).pps);
        }
        return change;
    }
}
