package org.pallium.gateway.repository;

import java.time.Instant;

/**
 * Where a page of the records shown by timeline entries resumes: at the entry of {@code
 * occurredAt} and {@code arrival}, past the first {@code shown} records it bears (one entry can
 * bear several, a visit its encounter and its symptom scores); after the entry when {@code shown}
 * is 0.
 */
public record RecordPosition(Instant occurredAt, long arrival, int shown) {

    public RecordPosition {
        if (shown < 0) {
            throw new IllegalArgumentException("shown must not be negative");
        }
    }
}
