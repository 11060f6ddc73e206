package org.pallium.platform.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Roles;

/** The service's audit trail, for auditors: newest first, filtered, paged by an opaque cursor. */
@Path("/api/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    public record AuditPage(List<AuditEntry> entries, String next) {
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Who accessed which patient's data in this service, when, how, and with what outcome",
            description = "Newest first. `from` is inclusive and `to` exclusive (ISO-8601 instants). Follow `next` "
                    + "(pass it as `cursor`) until it is null; entries written meanwhile never shift a page.")
    public AuditPage find(@QueryParam("patientId") UUID patientId, @QueryParam("actor") String actor,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        List<AuditEntry> found = trail.find(new AuditTrail.Query(Optional.ofNullable(patientId),
                Optional.ofNullable(actor), Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(cursor).map(AuditResource::entryBefore), limit));
        if (found.size() <= limit) {
            return new AuditPage(found, null);
        }
        List<AuditEntry> page = found.subList(0, limit);
        return new AuditPage(page, cursorAfter(page.getLast()));
    }

    private static String cursorAfter(AuditEntry last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("audit:" + last.id()).getBytes());
    }

    private static long entryBefore(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor));
            if (decoded.startsWith("audit:")) {
                return Long.parseLong(decoded.substring("audit:".length()));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ProblemException(400, "Invalid cursor", "The cursor is not one this API gave out; start again without it");
    }
}
