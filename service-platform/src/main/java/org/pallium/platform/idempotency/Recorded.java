package org.pallium.platform.idempotency;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * The outcome of an idempotent write: the record, and whether this call created it (201) or
 * found it from an earlier call with the same client-chosen id (200).
 */
public record Recorded<T>(T value, boolean created) {

    /**
     * The answer an API gives: 201 with the new record's location, or 200 with the record an earlier
     * call created, so that a client retrying after a lost answer sees the same record.
     */
    public Response answer(Object view, URI location) {
        return created ? Response.created(location).entity(view).build() : Response.ok(view).build();
    }
}
