package org.pallium.outpatient.service;

/** The outcome of an idempotent write: the record, and whether this call created it. */
public record Recorded<T>(T value, boolean created) {
}
