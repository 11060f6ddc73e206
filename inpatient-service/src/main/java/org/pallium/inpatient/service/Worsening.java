package org.pallium.inpatient.service;

import java.time.Instant;

/**
 * A measure that got worse between a patient's two latest assessments by at least the configured
 * threshold.
 *
 * @param measure an ESAS-r item's field name, such as {@code pain}, or {@code pps}
 */
public record Worsening(String measure, int from, int to, Instant fromAssessedAt, Instant toAssessedAt) {
}
