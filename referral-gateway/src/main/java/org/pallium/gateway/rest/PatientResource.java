package org.pallium.gateway.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.events.PatientDetails;
import org.pallium.gateway.mapping.PatientMapper;
import org.pallium.gateway.service.PatientRegistry;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/**
 * The patients Pallium knows, for care that starts without a referral from an EHR: the inpatient
 * service registers the patient of a consult that a hospital clinician asks for, before it opens
 * the consult, and calls with the bearer token of its own caller, that clinician or their
 * hospital's EHR system. A coordinator may register a patient too. Registering tells the caller
 * the Pallium id and nothing they did not send.
 */
@Path("/api/patients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients", description = "The Pallium id of a patient, for care that starts outside a referral")
public class PatientResource {

    private final PatientRegistry patients;

    PatientResource(PatientRegistry patients) {
        this.patients = patients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a patient, or find them by their identifier",
            description = "The patient as a JSON referral names them, validated alike. Pallium knows a patient by "
                    + "their identifier (system and value): a patient it knows keeps their id, and the details sent now "
                    + "replace those it had, as a referral's do. The inpatient service calls this, with the token of the "
                    + "hospital clinician or EHR system that asks it for a consult, before it opens the consult; the "
                    + "consult then names the patient by this id.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the patient",
            content = @Content(schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "200", description = "Known already by this identifier; the details are updated",
            content = @Content(schema = @Schema(implementation = PatientView.class)))
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.CREATE, resource = "patient")
    public Response register(@Valid @NotNull SubmitReferralRequest.PatientDetails request, @Context UriInfo uri) {
        PatientDetails details = PatientMapper.toDetails(request);
        Recorded<UUID> registered = patients.registerForCaller(details);
        URI location = uri.getAbsolutePathBuilder().path(registered.value().toString()).build();
        PatientView patient = new PatientView(registered.value(), details);
        return (registered.created() ? Response.created(location) : Response.ok().location(location)).entity(patient).build();
    }
}
