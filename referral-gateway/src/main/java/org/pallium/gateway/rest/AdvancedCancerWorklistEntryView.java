package org.pallium.gateway.rest;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient with advanced cancer whom palliative care has not seen yet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A patient with advanced cancer whom palliative care has not seen yet")
public record AdvancedCancerWorklistEntryView(
        UUID patientId,
        @Schema(description = "The patient's name, as the newest referral sent it") String name,
        WorklistDiagnosis diagnosis,
        @Schema(description = "The last day within 8 weeks (56 days) of the diagnosis") LocalDate seenBy,
        @Schema(description = "Whether the 8 weeks have passed: the patient was not seen within them") boolean overdue,
        @Schema(description = "Days from the diagnosis to today, in the programme's zone") long daysSinceDiagnosis,
        @Schema(description = "The patient's newest referral that has not ended; absent when none is open")
        PatientSummaryView.OpenReferral openReferral) {

    /** The earliest diagnosis of advanced cancer that a referral sent, from which the 8 weeks run. */
    public record WorklistDiagnosis(String system, String code, String text, LocalDate diagnosedOn) {
    }
}
