package org.pallium.outpatient.mapping;

import java.util.UUID;

import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.outpatient.repository.Visit;
import org.pallium.outpatient.rest.ClinicReferralView;
import org.pallium.outpatient.rest.RecordVisitRequest;
import org.pallium.outpatient.rest.VisitView;
import org.pallium.outpatient.service.VisitRecording;
import org.pallium.platform.lifecycle.ReferralLifecycleView;
import org.pallium.platform.lifecycle.WithHandover;

/** Between the API's records and the clinic's entities. */
public final class ClinicMapper {

    private ClinicMapper() {
    }

    public static ClinicReferralView toView(WithHandover<ClinicReferral> referred) {
        ClinicReferral referral = referred.referral();
        return new ClinicReferralView(referral.id, referral.patientId, referral.patientName, referral.reason,
                referral.referringClinician, referral.submittedAt, ReferralLifecycleView.of(referral), referred.handover());
    }

    public static VisitView toView(Visit visit) {
        return new VisitView(visit.id, visit.patientId, visit.referralId, visit.visitType.encounterClass(),
                visit.visitType, visit.clinician, visit.discipline, visit.startedAt, visit.endedAt, visit.notes);
    }

    public static VisitRecording toRecording(RecordVisitRequest request) {
        return new VisitRecording(request.id() != null ? request.id() : UUID.randomUUID(), request.patientId(),
                request.visitType(), request.clinician(), request.discipline(), request.startedAt(),
                request.endedAt(), request.notes());
    }
}
