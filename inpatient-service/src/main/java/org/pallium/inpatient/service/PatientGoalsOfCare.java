package org.pallium.inpatient.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pallium.inpatient.repository.AdvanceDirective;
import org.pallium.inpatient.repository.CodeStatusEntry;
import org.pallium.inpatient.repository.GoalsOfCareConversation;

/**
 * What the hospital team documented of a patient's goals of care.
 *
 * @param conversations       newest first
 * @param codeStatusHistory   the current code status first
 */
public record PatientGoalsOfCare(
        UUID patientId,
        List<GoalsOfCareConversation> conversations,
        List<CodeStatusEntry> codeStatusHistory,
        Optional<AdvanceDirective> advanceDirective) {
}
