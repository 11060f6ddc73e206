package org.pallium.gateway.repository;

import java.time.Instant;

/** A place in a timeline: the sort key of one entry. */
public record TimelinePosition(Instant occurredAt, long arrival) {
}
