package org.pallium.platform.idempotency;

/**
 * The outcome of an idempotent write: the record, and whether this call created it (201) or
 * found it from an earlier call with the same client-chosen id (200).
 */
public record Recorded<T>(T value, boolean created) {
}
