package org.pallium.inpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.EsasR;

/**
 * An ESAS-r, a PPS level, or both, to record. {@code assessmentId} is chosen by the client, so
 * that a retried request finds the assessment it recorded.
 *
 * @param esas null when only the PPS was assessed
 * @param pps  null when only the ESAS-r was
 */
public record AssessmentRecording(UUID assessmentId, UUID consultId, Instant assessedAt, EsasR esas, Integer pps) {
}
