package org.pallium.outpatient.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's symptom scores at the clinic: the latest and the trend. */
public record PatientAssessmentsView(
        UUID patientId,
        @Schema(description = "The latest visit with an ESAS-r; absent when none") AssessmentView latestEsas,
        @Schema(description = "The latest visit with a PPS level; absent when none") AssessmentView latestPps,
        @Schema(description = "Every visit with an ESAS-r or a PPS, oldest first") List<AssessmentView> trend,
        @Schema(description = "By measure (an ESAS-r item, esasTotal or pps): the latest value minus the one before; "
                + "ESAS-r scores rise as symptoms worsen, the PPS falls as the patient declines. A measure with fewer "
                + "than two values is absent") Map<String, Integer> change) {
}
