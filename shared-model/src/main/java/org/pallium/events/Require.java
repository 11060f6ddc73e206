package org.pallium.events;

import java.util.Objects;

/** Guards the records' invariants, so a consumer never sees an event with a hole in it. */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String name) {
        Objects.requireNonNull(value, () -> name + " is required");
        if (value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** An optional value is left out (null), never sent blank. */
    static <T> T optional(T value, String name) {
        if (value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank; leave it out when it is not known");
        }
        return value;
    }
}
