package org.pallium.inpatient.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pallium.events.EsasItem;
import org.pallium.inpatient.config.ConsultConfig;
import org.pallium.inpatient.repository.Assessment;
import org.pallium.inpatient.repository.Consult;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/** Records the ESAS-r and PPS assessments of consult patients, and reads their trend. */
@ApplicationScoped
public class AssessmentService {

    static final String PPS = "pps";

    private final Clock clock;
    private final PatientAccess access;
    private final ConsultConfig config;

    AssessmentService(Clock clock, PatientAccess access, ConsultConfig config) {
        this.clock = clock;
        this.access = access;
        this.config = config;
    }

    /**
     * Records an assessment made on its own, between encounters, such as an ESAS-r the patient
     * filled in. The consult must be open; the same assessment id again returns the first record.
     *
     * @throws UnknownConsultException when the consult does not exist or is not the caller's to see
     * @throws ProblemException        422 when the consult is not open or nothing was assessed; 409
     *                                 when the id belongs to another consult's assessment
     */
    @Transactional
    public Recorded<Assessment> record(AssessmentRecording recording) {
        Consult consult = access.visible(
                        Consult.<Consult>findByIdOptional(recording.consultId(), LockModeType.PESSIMISTIC_WRITE),
                        found -> found.patientId)
                .orElseThrow(() -> new UnknownConsultException(recording.consultId()));
        Optional<Assessment> earlier = Assessment.findByIdOptional(recording.assessmentId());
        if (earlier.isPresent()) {
            if (!earlier.get().consultId.equals(consult.id)) {
                throw new ProblemException(409, "Assessment id in use",
                        "Assessment " + recording.assessmentId() + " belongs to another consult");
            }
            return new Recorded<>(earlier.get(), false);
        }
        if (!consult.lifecycle.status().isOpenForVisits()) {
            throw new ProblemException(422, "Consult not open", "The consult's referral is " + consult.lifecycle.status()
                    + ": assessments are recorded under a consult the team has accepted and not ended");
        }
        return new Recorded<>(persist(recording.assessmentId(), consult, null, recording), true);
    }

    /** Keeps an assessment made at an encounter, in the encounter's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    Assessment recordAtEncounter(Consult consult, UUID encounterId, AssessmentRecording recording) {
        return persist(recording.assessmentId(), consult, encounterId, recording);
    }

    private Assessment persist(UUID id, Consult consult, UUID encounterId, AssessmentRecording recording) {
        if (recording.esas() == null && recording.pps() == null) {
            throw new ProblemException(422, "Nothing assessed", "An assessment holds an ESAS-r, a PPS level, or both");
        }
        Assessment assessment = new Assessment();
        assessment.id = id;
        assessment.consultId = consult.id;
        assessment.patientId = consult.patientId;
        assessment.encounterId = encounterId;
        assessment.assessedAt = ConsultService.micros(recording.assessedAt());
        Optional.ofNullable(recording.esas()).ifPresent(assessment::setEsas);
        assessment.pps = recording.pps();
        assessment.recordedBy = access.caller().id();
        assessment.recordedAt = clock.instant();
        assessment.persist();
        return assessment;
    }

    /** Empty when the caller may not see the patient; a patient without assessments has an empty trend. */
    @Transactional
    public Optional<PatientAssessments> ofPatient(UUID patientId) {
        if (!access.permits(patientId)) {
            return Optional.empty();
        }
        List<Assessment> newestFirst = Assessment.ofPatient(patientId);
        List<Assessment> esas = newestFirst.stream().filter(a -> a.pain != null).toList();
        List<Assessment> pps = newestFirst.stream().filter(a -> a.pps != null).toList();
        return Optional.of(new PatientAssessments(patientId, esas.stream().findFirst(), pps.stream().findFirst(),
                newestFirst.reversed(), change(esas, pps), worsening(esas, pps)));
    }

    /** What worsened for each of these patients, for the census: one query for them all. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, List<Worsening>> worseningOf(Collection<UUID> patientIds) {
        Map<UUID, List<Assessment>> byPatient = Assessment.ofPatients(patientIds).stream()
                .collect(Collectors.groupingBy(assessment -> assessment.patientId));
        Map<UUID, List<Worsening>> worsening = new LinkedHashMap<>();
        byPatient.forEach((patientId, newestFirst) -> {
            List<Worsening> found = worsening(newestFirst.stream().filter(a -> a.pain != null).toList(),
                    newestFirst.stream().filter(a -> a.pps != null).toList());
            if (!found.isEmpty()) {
                worsening.put(patientId, found);
            }
        });
        return worsening;
    }

    private static Map<String, Integer> change(List<Assessment> esas, List<Assessment> pps) {
        Map<String, Integer> change = new LinkedHashMap<>();
        if (esas.size() >= 2) {
            change.putAll(esas.get(0).esas().orElseThrow().changeSince(esas.get(1).esas().orElseThrow()));
        }
        if (pps.size() >= 2) {
            change.put(PPS, pps.get(0).pps - pps.get(1).pps);
        }
        return change;
    }

    /** ESAS-r scores rise as symptoms worsen; PPS falls as the patient declines. */
    private List<Worsening> worsening(List<Assessment> esas, List<Assessment> pps) {
        List<Worsening> worsening = new ArrayList<>();
        if (esas.size() >= 2) {
            Assessment latest = esas.get(0);
            Assessment before = esas.get(1);
            for (EsasItem item : EsasItem.values()) {
                int from = before.esas().orElseThrow().score(item);
                int to = latest.esas().orElseThrow().score(item);
                if (to - from >= config.worsening().esasRise()) {
                    worsening.add(new Worsening(item.field(), from, to, before.assessedAt, latest.assessedAt));
                }
            }
        }
        if (pps.size() >= 2 && pps.get(1).pps - pps.get(0).pps >= config.worsening().ppsDrop()) {
            worsening.add(new Worsening(PPS, pps.get(1).pps, pps.get(0).pps, pps.get(1).assessedAt, pps.get(0).assessedAt));
        }
        return worsening;
    }
}
