package org.pallium.platform.problem;

import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.runtime.configuration.MemorySize;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body over the documented limit ({@code pallium.http.max-body-size}, 1 MiB)
 * with a 413 problem, before it is read. Bodies are JSON records and attachments travel by
 * reference, so a larger body is a mistake. The transport's own, higher ceiling
 * ({@code quarkus.http.limits.max-body-size}) still bounds a body sent without a length.
 */
public class BodySizeLimit {

    private final MemorySize limit;

    BodySizeLimit(@ConfigProperty(name = "pallium.http.max-body-size", defaultValue = "1M") MemorySize limit) {
        this.limit = limit;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOversizedBody(HttpHeaders headers) {
        if (headers.getLength() > limit.asLongValue()) {
            Problem problem = Problem.of(413, "Request body too large",
                    "The body is " + headers.getLength() + " bytes; this API accepts at most " + limit.asLongValue()
                            + ". Send attachments by reference.");
            return Optional.of(Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build());
        }
        return Optional.empty();
    }
}
