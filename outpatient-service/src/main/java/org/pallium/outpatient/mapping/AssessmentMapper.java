package org.pallium.outpatient.mapping;

import org.pallium.events.EsasR;
import org.pallium.outpatient.repository.Visit;
import org.pallium.outpatient.rest.AssessmentView;
import org.pallium.outpatient.rest.PatientAssessmentsView;
import org.pallium.outpatient.service.PatientAssessments;

/** Between the API's records and the scores assessed at visits. */
public final class AssessmentMapper {

    private AssessmentMapper() {
    }

    public static AssessmentView toView(Visit visit) {
        EsasR esas = visit.esas().orElse(null);
        return new AssessmentView(visit.id, visit.visitType, visit.startedAt, esas, esas == null ? null : esas.total(),
                visit.pps, visit.clinician);
    }

    public static PatientAssessmentsView toView(PatientAssessments assessments) {
        return new PatientAssessmentsView(assessments.patientId(),
                assessments.latestEsas().map(AssessmentMapper::toView).orElse(null),
                assessments.latestPps().map(AssessmentMapper::toView).orElse(null),
                assessments.trend().stream().map(AssessmentMapper::toView).toList(), assessments.change());
    }
}
