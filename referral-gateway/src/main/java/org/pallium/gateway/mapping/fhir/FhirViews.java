package org.pallium.gateway.mapping.fhir;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.service.PatientRegistry;
import org.pallium.gateway.service.ReferralService;

/** Pallium's referrals as FHIR resources: the ServiceRequest, and the Task that tracks it. */
@ApplicationScoped
public class FhirViews {

    private final ReferralService referrals;
    private final PatientRegistry patients;

    FhirViews(ReferralService referrals, PatientRegistry patients) {
        this.referrals = referrals;
        this.patients = patients;
    }

    public Optional<ServiceRequest> serviceRequest(UUID referralId) {
        return referrals.find(referralId).map(this::serviceRequestOf);
    }

    public ServiceRequest serviceRequestOf(Referral referral) {
        return ServiceRequestMapper.toServiceRequest(referral, patientOf(referral));
    }

    public Optional<Task> task(UUID referralId) {
        return referrals.find(referralId)
                .map(referral -> TaskMapper.toTask(referral, patientOf(referral), referrals.historyOf(referralId)));
    }

    /**
     * The Tasks based on a ServiceRequest: one per referral, so one or none.
     *
     * @param self     the search's own URL, for the Bundle's self link
     * @param fhirBase the FHIR endpoint's base URL, ending in {@code /}
     */
    public Bundle tasksBasedOn(Optional<UUID> referralId, String self, String fhirBase) {
        return TaskMapper.searchSet(referralId.flatMap(this::task).stream().toList(), self, fhirBase);
    }

    /** Every referral has its patient: the foreign key says so. */
    private Patient patientOf(Referral referral) {
        return patients.find(referral.patientId)
                .orElseThrow(() -> new IllegalStateException("referral " + referral.id + " without its patient"));
    }
}
