package org.pallium.platform.idempotency;

import java.net.URI;
import java.util.function.Function;

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
        return answering(view, location).build();
    }

    /** {@link #answer}, for a caller that adds to it, such as the record's ETag. */
    public Response.ResponseBuilder answering(Object view, URI location) {
        return created ? Response.created(location).entity(view) : Response.ok(view);
    }

    /** The same outcome, of the record as {@code view} shows it. */
    public <V> Recorded<V> map(Function<T, V> view) {
        return new Recorded<>(view.apply(value), created);
    }
}
