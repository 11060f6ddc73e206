package org.pallium.inpatient.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CodeStatus;

/** What the hospital team documented of a patient's goals of care. */
public record PatientGoalsOfCareView(
        UUID patientId,
        @Schema(description = "The current code status; absent when none was documented") CodeStatus codeStatus,
        @Schema(description = "Every documentation of the code status, the current one first") List<CodeStatusView> codeStatusHistory,
        @Schema(description = "The conversations, newest first") List<GoalsOfCareView> conversations,
        @Schema(description = "The current record of the advance directive and healthcare agent; absent when none")
        AdvanceDirectiveView advanceDirective) {
}
