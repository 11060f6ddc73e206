package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;

/**
 * A timeline entry as a page shows it: read as values, without the event's payload and without
 * the persistence context's copy of each entry that a transaction's end would compare.
 */
public record TimelineRow(UUID eventId, Long arrival, Instant occurredAt, CareSetting setting, String encounterClass,
        Discipline discipline, String eventType, String title, String actor, String sourceUrl) {
}
