package org.pallium.gateway.service;

import java.time.Duration;

/**
 * What a rebuild of the read model did: the events it read from Kafka, those it applied (the ones
 * live consumption had applied, each once), and how long it took.
 */
public record RebuildReport(long eventsRead, long eventsApplied, Duration took) {

    /** Events read per second of the whole rebuild, the deletion and the commit included. */
    public double eventsPerSecond() {
        return eventsRead / Math.max(took.toNanos() / 1e9, 1e-9);
    }
}
