package org.pallium.gateway.rest.fhir;

import java.lang.management.ManagementFactory;
import java.util.Date;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.gateway.mapping.fhir.CapabilityStatements;

@Path(FhirEndpoint.ROOT + "/metadata")
@Produces({FhirEndpoint.FHIR_JSON, MediaType.APPLICATION_JSON})
@Tag(name = "FHIR R4")
public class FhirMetadataResource {

    private final String version;

    FhirMetadataResource(@ConfigProperty(name = "quarkus.application.version") String version) {
        this.version = version;
    }

    /**
     * Open to all, as the OpenAPI document is: it says what the endpoint does and how to
     * authenticate, and holds no patient data. FHIR clients read it before they hold a token.
     */
    @GET
    @PermitAll
    @Operation(summary = "What the FHIR endpoint does: its CapabilityStatement")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement",
            content = @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirCapabilityStatement")))
    public Response capabilities(@Context UriInfo uri) {
        Date started = new Date(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Response.ok(CapabilityStatements.of(FhirEndpoint.baseUrl(uri), version, started), FhirEndpoint.FHIR_JSON_TYPE)
                .build();
    }
}
