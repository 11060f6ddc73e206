package org.pallium.homevisit.mapping;

import java.util.List;
import java.util.UUID;

import org.pallium.homevisit.repository.EvvPosition;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.rest.AdmissionView;
import org.pallium.homevisit.rest.HomeVisitView;
import org.pallium.homevisit.rest.RecordHomeVisitRequest;
import org.pallium.homevisit.service.HomeVisitRecording;
import org.pallium.platform.lifecycle.ReferralLifecycleView;
import org.pallium.platform.lifecycle.WithHandover;

/** Between the API's records and the home programme's entities. */
public final class HomeVisitMapper {

    private HomeVisitMapper() {
    }

    public static AdmissionView toView(WithHandover<HomeAdmission> admitted) {
        HomeAdmission admission = admitted.referral();
        return new AdmissionView(admission.id, admission.referralId, admission.patientId, admission.patientName,
                admission.reason, admission.referringClinician, admission.submittedAt,
                ReferralLifecycleView.of(admission), admitted.handover());
    }

    public static HomeVisitView toView(HomeVisit visit) {
        return new HomeVisitView(visit.id, visit.admissionId, visit.patientId, visit.mode.encounterClass(), visit.status,
                visit.mode, visit.clinician, visit.discipline, visit.scheduledStart, visit.scheduledEnd, visit.assignedTo,
                visit.urgent, visit.callId, visit.planId, visit.videoProvider, visit.videoJoinUrl, visit.startedAt,
                visit.endedAt, visit.notes, visit.plan, visit.missedReason, visit.cancellationReason,
                new HomeVisitView.Evv(visit.evvServiceType, toView(visit.checkIn), toView(visit.checkOut),
                        List.copyOf(visit.evvExceptions)),
                visit.recordedAt, visit.version);
    }

    private static HomeVisitView.Position toView(EvvPosition position) {
        return position == null ? null : new HomeVisitView.Position(position.at, position.latitude, position.longitude,
                position.accuracyM, position.distanceM);
    }

    public static HomeVisitRecording toRecording(RecordHomeVisitRequest request) {
        return new HomeVisitRecording(request.id() != null ? request.id() : UUID.randomUUID(), request.patientId(),
                request.clinician(), request.discipline(), request.startedAt(), request.endedAt(), request.notes());
    }
}
