package org.pallium.platform.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pallium.platform.problem.Problem;

/**
 * Writes the audit entry of every call of an {@link Audited} endpoint, once its outcome is known
 * and before anything is sent: a success, a validation error, a denial, a 500. Were the entry
 * lost, the answer becomes a 503 and the data it carried is never sent.
 *
 * <p>A request refused for its token is answered on the IO thread, where the identity may not be
 * awaited nor the database written: the entry is then written from a worker thread, and a token
 * that was refused names nobody.
 */
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);

    private final AuditTrail trail;
    private final AuditContext context;
    private final AuditedEndpoints endpoints;
    private final CurrentIdentityAssociation identities;
    private final Clock clock;

    AuditRecorder(AuditTrail trail, AuditContext context, AuditedEndpoints endpoints, CurrentIdentityAssociation identities,
            Clock clock) {
        this.trail = trail;
        this.context = context;
        this.endpoints = endpoints;
        this.identities = identities;
        this.clock = clock;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
            HttpServerRequest connection) {
        Audited audited = auditedOf(resource, request);
        if (audited == null) {
            return Uni.createFrom().voidItem();
        }
        UUID patientId = context.patientId().or(() -> namedBy(request)).orElse(null);
        boolean denied = context.denied();
        String call = request.getMethod() + " " + connection.path();
        String clientAddress = connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress();
        Uni<SecurityIdentity> caller = identities.getDeferredIdentity().onFailure().recoverWithNull();
        if (Context.isOnEventLoopThread()) {
            caller = caller.emitOn(Infrastructure.getDefaultWorkerPool());
        }
        return caller.invoke(identity -> {
            int status = response.getStatus();
            try {
                trail.append(new AuditEntry(0, clock.instant(),
                        identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                        identity == null ? "" : String.join(",", new TreeSet<>(identity.getRoles())),
                        patientId, audited.value(), audited.resource(), call,
                        status, AuditEntry.Outcome.of(status, denied), clientAddress));
            } catch (RuntimeException e) {
                LOG.errorf("An access to %s could not be recorded; answering 503 instead: %s", audited.resource(),
                        e.getMessage());
                response.setStatus(503);
                response.setEntity(Problem.of(503, "Access not recorded",
                        "The access could not be written to the audit trail, so nothing is shown; retry later"),
                        null, MediaType.valueOf(Problem.MEDIA_TYPE));
            }
        }).replaceWithVoid();
    }

    /**
     * The patient a call names in its path or query, for a call refused before it reached the
     * patient's records (no token, a role without the right): its entry still says whom it asked for.
     */
    private static Optional<UUID> namedBy(ContainerRequestContext request) {
        String named = request.getUriInfo().getPathParameters().getFirst("patientId");
        if (named == null) {
            named = request.getUriInfo().getQueryParameters().getFirst("patientId");
        }
        try {
            return Optional.ofNullable(named).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** A call refused before JAX-RS chose its endpoint (413, 415) is still that endpoint's. */
    private Audited auditedOf(ResourceInfo resource, ContainerRequestContext request) {
        if (resource != null && resource.getResourceMethod() != null) {
            return resource.getResourceMethod().getAnnotation(Audited.class);
        }
        return endpoints.of(request.getMethod(), request.getUriInfo().getPath()).orElse(null);
    }
}
