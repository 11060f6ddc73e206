package org.pallium.platform.audit;

import java.time.Clock;
import java.util.TreeSet;

import io.quarkus.security.identity.SecurityIdentity;
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
 */
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);

    private final AuditTrail trail;
    private final AuditContext context;
    private final SecurityIdentity identity;
    private final Clock clock;

    AuditRecorder(AuditTrail trail, AuditContext context, SecurityIdentity identity, Clock clock) {
        this.trail = trail;
        this.context = context;
        this.identity = identity;
        this.clock = clock;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
            HttpServerRequest connection) {
        Audited audited = auditedOf(resource);
        if (audited == null) {
            return;
        }
        int status = response.getStatus();
        try {
            trail.append(new AuditEntry(0, clock.instant(),
                    identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                    String.join(",", new TreeSet<>(identity.getRoles())),
                    context.patientId().orElse(null), audited.value(), audited.resource(),
                    request.getMethod() + " /" + request.getUriInfo().getPath(false).replaceFirst("^/", ""),
                    status, AuditEntry.Outcome.of(status, context.denied()),
                    connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress()));
        } catch (RuntimeException e) {
            LOG.errorf("An access to %s could not be recorded; answering 503 instead: %s", audited.resource(),
                    e.getMessage());
            response.setStatus(503);
            response.setEntity(Problem.of(503, "Access not recorded",
                    "The access could not be written to the audit trail, so nothing is shown; retry later"),
                    null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private static Audited auditedOf(ResourceInfo resource) {
        return resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Audited.class);
    }
}
