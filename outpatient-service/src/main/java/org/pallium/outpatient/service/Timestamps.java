package org.pallium.outpatient.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants kept to the microsecond, as the database keeps them, so that what a write answers, what
 * it publishes and what a later read shows are the same instant.
 */
final class Timestamps {

    private Timestamps() {
    }

    static Instant asKept(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
