package org.pallium.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.gateway.service.ReadModelRebuild;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/** Operating the read model: an administrator rebuilds it from Kafka, on any one replica. */
@Path("/api/admin/read-model")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operating the gateway")
public class ReadModelResource {

    private final ReadModelRebuild rebuild;

    ReadModelResource(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild the timeline and the summary from Kafka",
            description = "Replays every topic the gateway consumes from its first offset to the end offsets taken at the "
                    + "start, through the same projections as live consumption, in one transaction: readers see the read "
                    + "model as it was until the rebuild commits, then the rebuilt one, never a half-built one. Every "
                    + "replica's consumption waits meanwhile, and takes up after it where it was, so that no event is "
                    + "lost or applied twice. Answers when done; a second request waits for the first, then rebuilds again.")
    @APIResponse(responseCode = "200", description = "Rebuilt: how many events, how fast",
            content = @Content(schema = @Schema(implementation = RebuildView.class)))
    @RolesAllowed(Roles.ADMIN)
    @Audited(value = AuditAction.UPDATE, resource = "read-model")
    public RebuildView rebuild() {
        return RebuildView.of(rebuild.rebuild());
    }
}
