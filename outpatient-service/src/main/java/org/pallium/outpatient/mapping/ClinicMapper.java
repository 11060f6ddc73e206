package org.pallium.outpatient.mapping;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pallium.events.EsasR;
import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.outpatient.repository.Visit;
import org.pallium.outpatient.repository.VisitFocus;
import org.pallium.outpatient.repository.VisitIntervention;
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
        EsasR esas = visit.esas().orElse(null);
        return new VisitView(visit.id, visit.patientId, visit.referralId, visit.visitType.encounterClass(),
                visit.visitType, visit.clinician, visit.discipline, visit.startedAt, visit.endedAt, visit.notes,
                visit.focus, esas, esas == null ? null : esas.total(), visit.pps, visit.interventions, visit.plan,
                visit.followUpAfter);
    }

    public static VisitRecording toRecording(RecordVisitRequest request) {
        return new VisitRecording(request.id() != null ? request.id() : UUID.randomUUID(), request.patientId(),
                request.visitType(), request.clinician(), request.discipline(), request.startedAt(),
                request.endedAt(), request.notes(), toFocus(request.focus()),
                request.esas() == null ? null : request.esas().toEsasR(), request.pps(),
                Optional.ofNullable(request.interventions()).orElse(List.of()).stream()
                        .map(intervention -> new VisitIntervention(intervention.kind(), intervention.technique(),
                                intervention.symptom(), intervention.description()))
                        .toList(),
                request.plan(), request.followUpAfter() == null ? null : Period.parse(request.followUpAfter()));
    }

    private static VisitFocus toFocus(RecordVisitRequest.Focus focus) {
        return focus == null ? VisitFocus.NONE
                : new VisitFocus(Optional.ofNullable(focus.symptoms()).orElse(List.of()),
                        Optional.ofNullable(focus.others()).orElse(List.of()));
    }
}
