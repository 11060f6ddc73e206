package org.pallium.inpatient.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pallium.inpatient.repository.Assessment;

/**
 * A patient's assessments in the hospital: the latest ESAS-r and PPS, every assessment oldest
 * first (the trend), how each measure changed between the two latest, and what worsened past the
 * threshold.
 *
 * @param change by measure (ESAS-r item field names and {@code pps}): the latest value minus the one before
 */
public record PatientAssessments(
        UUID patientId,
        Optional<Assessment> latestEsas,
        Optional<Assessment> latestPps,
        List<Assessment> trend,
        Map<String, Integer> change,
        List<Worsening> worsening) {
}
