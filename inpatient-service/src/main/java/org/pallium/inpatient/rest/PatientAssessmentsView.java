package org.pallium.inpatient.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's symptom assessments in the hospital: the latest, the trend, and what worsened. */
public record PatientAssessmentsView(
        UUID patientId,
        @Schema(description = "The latest assessment with an ESAS-r; absent when none") AssessmentView latestEsas,
        @Schema(description = "The latest assessment with a PPS level; absent when none") AssessmentView latestPps,
        @Schema(description = "Every assessment, oldest first") List<AssessmentView> trend,
        @Schema(description = "By measure (ESAS-r item or pps): the latest value minus the one before; a measure with "
                + "fewer than two values is absent") Map<String, Integer> change,
        @Schema(description = "What got worse beyond the configured threshold between the two latest values")
        List<ConsultView.WorseningView> worsening) {
}
