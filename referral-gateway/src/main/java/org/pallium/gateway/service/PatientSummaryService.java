package org.pallium.gateway.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.gateway.repository.CareTeamMember;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.SummaryAcpDocument;
import org.pallium.gateway.repository.SummaryAdvanceDirective;
import org.pallium.gateway.repository.SummaryAppointment;
import org.pallium.gateway.repository.SummaryCodeStatus;
import org.pallium.gateway.repository.SummaryHealthcareAgent;
import org.pallium.gateway.repository.SummaryVisit;

/** The patient summary: read from its read model ({@link SummaryProjection}) and the gateway's referrals. */
@ApplicationScoped
public class PatientSummaryService {

    private final PatientRegistry patients;
    private final Clock clock;

    PatientSummaryService(PatientRegistry patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    /**
     * Empty when Pallium does not know the patient, or the caller may not see them: the two read
     * alike, as on the timeline. Either way the patient goes into the request's audit entry.
     */
    @Transactional
    public Optional<PatientSummary> of(UUID patientId) {
        if (!patients.knownAndVisible(patientId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(new PatientSummary(patientId, Referral.openOf(patientId),
                SummaryVisit.latestWithEsas(patientId, PatientSummary.TREND),
                SummaryVisit.latestWithPps(patientId, PatientSummary.TREND), SummaryVisit.latest(patientId),
                SummaryCodeStatus.findByIdOptional(patientId), SummaryAcpDocument.ofPatient(patientId),
                SummaryAppointment.nextBooked(patientId, now), CareTeamMember.ofPatient(patientId, now),
                SummaryHealthcareAgent.findByIdOptional(patientId), SummaryAdvanceDirective.findByIdOptional(patientId)));
    }
}
