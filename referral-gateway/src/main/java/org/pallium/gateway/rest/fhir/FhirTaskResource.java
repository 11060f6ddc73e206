package org.pallium.gateway.rest.fhir;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.gateway.mapping.fhir.FhirViews;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * The Tasks that track referrals, for whoever may read the referral: its EHR system, a clinician
 * of its patient's setting's census, a coordinator. A search finds no Task of a referral the
 * caller may not see, and a read of one is a 404 OperationOutcome.
 */
@Path(FhirEndpoint.ROOT + "/Task")
@Produces({FhirEndpoint.FHIR_JSON, MediaType.APPLICATION_JSON})
@Tag(name = "FHIR R4")
public class FhirTaskResource {

    private static final String STATUSES = """
            As in the BSeR referral guide. Pallium's status is `businessStatus.text`; `statusReason` says why a \
            Task was cancelled or rejected; `owner` is the setting's service; a transferred referral's `output` \
            names the ServiceRequest the transfer opened in the other setting (which `replaces` this one).

            | Pallium status | Task `status` | ServiceRequest `status` |
            |---|---|---|
            | REQUESTED | requested | active |
            | RECEIVED | received | active |
            | ACCEPTED | accepted | active |
            | REJECTED | rejected | revoked |
            | SCHEDULED | accepted | active |
            | FIRST_VISIT_COMPLETED | in-progress | active |
            | COMPLETED | completed | completed |
            | CLOSED | completed | completed |
            | TRANSFERRED | completed | completed |
            | CANCELLED | cancelled | revoked |""";

    /** A reference search value: {@code ServiceRequest/{id}}, an absolute URL ending so, or the id alone. */
    private static final Pattern SERVICE_REQUEST = Pattern.compile(
            "(?:(?:.*/)?ServiceRequest/)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private final FhirViews views;

    FhirTaskResource(FhirViews views) {
        this.views = views;
    }

    @GET
    @Operation(summary = "The Task that tracks a referral: search by based-on", description = STATUSES)
    @APIResponse(responseCode = "200", description = "A searchset Bundle with the Task, or none when there is no such referral",
            content = @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirBundle")))
    @APIResponse(responseCode = "400", description = "No based-on")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.SEARCH, resource = "referral")
    public Response search(
            @QueryParam("based-on") @NotBlank @Parameter(description = "ServiceRequest/{id}", example = "ServiceRequest/0b7e2d4c-8f5a-4c1e-9d3b-6a2f1e0c7b95")
            String basedOn,
            @Context UriInfo uri) {
        return Response.ok(views.tasksBasedOn(referralIdOf(basedOn), uri.getRequestUri().toString(), FhirEndpoint.baseUrl(uri)),
                FhirEndpoint.FHIR_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The Task that tracks a referral; its id is the referral's", description = STATUSES)
    @APIResponse(responseCode = "200", description = "The Task",
            content = @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirTask")))
    @APIResponse(responseCode = "404", description = "No such referral")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.READ, resource = "referral")
    public Response read(@PathParam("id") UUID id) {
        return Response.ok(views.task(id).orElseThrow(NotFoundException::new), FhirEndpoint.FHIR_JSON_TYPE).build();
    }

    /** Another resource type, or an id Pallium never gives out, matches no Task. */
    private static Optional<UUID> referralIdOf(String basedOn) {
        Matcher matcher = SERVICE_REQUEST.matcher(basedOn.trim());
        return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
    }
}
