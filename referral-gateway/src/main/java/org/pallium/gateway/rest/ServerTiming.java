package org.pallium.gateway.rest;

import java.util.Locale;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every API answer (JSON or FHIR) says how long the gateway took to make it, in a {@code Server-Timing} header
 * ({@code app;dur=} milliseconds, from the request's arrival to the answer's headers, the token's
 * check and the body's serialisation included, as the gateway buffers an answer of up to 1 MiB
 * whole before its headers leave): what a client's own clock cannot tell apart from the network,
 * and what the timeline benchmark measures.
 */
@ApplicationScoped
public class ServerTiming {

    void time(@Observes Router router) {
        router.routeWithRegex("^/(api|fhir)/.*").order(Integer.MIN_VALUE).handler(context -> {
            long arrived = System.nanoTime();
            context.addHeadersEndHandler(ended -> context.response().putHeader("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.3f", (System.nanoTime() - arrived) / 1e6)));
            context.next();
        });
    }
}
