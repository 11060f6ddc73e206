package org.pallium.inpatient.mapping;

import java.util.UUID;

import org.pallium.events.EsasR;
import org.pallium.inpatient.repository.Assessment;
import org.pallium.inpatient.rest.AssessmentView;
import org.pallium.inpatient.rest.PatientAssessmentsView;
import org.pallium.inpatient.rest.RecordAssessmentRequest;
import org.pallium.inpatient.service.AssessmentRecording;
import org.pallium.inpatient.service.PatientAssessments;

/** Between the API's records and the assessments. */
public final class AssessmentMapper {

    private AssessmentMapper() {
    }

    public static AssessmentView toView(Assessment assessment) {
        EsasR esas = assessment.esas().orElse(null);
        return new AssessmentView(assessment.id, assessment.consultId, assessment.encounterId, assessment.assessedAt,
                esas, esas == null ? null : esas.total(), assessment.pps, assessment.recordedBy);
    }

    public static PatientAssessmentsView toView(PatientAssessments assessments) {
        return new PatientAssessmentsView(assessments.patientId(),
                assessments.latestEsas().map(AssessmentMapper::toView).orElse(null),
                assessments.latestPps().map(AssessmentMapper::toView).orElse(null),
                assessments.trend().stream().map(AssessmentMapper::toView).toList(), assessments.change(),
                assessments.worsening().stream().map(ConsultMapper::toView).toList());
    }

    public static AssessmentRecording toRecording(UUID consultId, RecordAssessmentRequest request) {
        return new AssessmentRecording(request.id() != null ? request.id() : UUID.randomUUID(), consultId,
                request.assessedAt(), request.esas() == null ? null : request.esas().toEsasR(), request.pps());
    }
}
