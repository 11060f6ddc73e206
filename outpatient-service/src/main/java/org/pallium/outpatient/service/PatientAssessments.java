package org.pallium.outpatient.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pallium.outpatient.repository.Visit;

/**
 * A patient's symptom scores at the clinic: the latest ESAS-r and PPS, every visit that assessed
 * either oldest first (the trend), and how each measure changed between its two latest values.
 *
 * @param change by measure (ESAS-r item field names, {@value #ESAS_TOTAL} and {@value #PPS}): the
 *               latest value minus the one before; a measure with fewer than two values is absent
 */
public record PatientAssessments(
        UUID patientId,
        Optional<Visit> latestEsas,
        Optional<Visit> latestPps,
        List<Visit> trend,
        Map<String, Integer> change) {

    public static final String ESAS_TOTAL = "esasTotal";
    public static final String PPS = "pps";
}
