package org.pallium.gateway.rest.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pallium.gateway.mapping.fhir.FhirOutcomeException;
import org.pallium.gateway.mapping.fhir.OperationOutcomes;
import org.pallium.platform.problem.Problem;

/**
 * Under the FHIR endpoint every error is an OperationOutcome, whoever raised it: the FHIR intake,
 * or the platform (404, 405, 409, 413, 415, a bad header, a 500), whose problem+json a FHIR client
 * would not read.
 */
public class FhirErrorResponses {

    @ServerExceptionMapper
    public Response refused(FhirOutcomeException e) {
        return Response.status(e.status()).type(FhirEndpoint.FHIR_JSON_TYPE).entity(e.outcome()).build();
    }

    @ServerResponseFilter
    public void outcomeInsteadOfProblem(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && FhirEndpoint.contains(request.getUriInfo().getPath())) {
            response.setEntity(OperationOutcomes.of(problem), null, FhirEndpoint.FHIR_JSON_TYPE);
        }
    }
}
