package org.pallium.homevisit.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.HomeVisitMapper;
import org.pallium.homevisit.service.AdmissionService;

@Path("/api/admissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admissions", description = "The referrals routed to the home programme, whose patients the team admits")
public class AdmissionResource {

    private final AdmissionService admissions;

    AdmissionResource(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @GET
    @Operation(summary = "The census: every admission, the most recently referred first")
    public List<AdmissionView> census() {
        return admissions.census().stream().map(HomeVisitMapper::toView).toList();
    }

    @GET
    @Path("/{admissionId}")
    @Operation(summary = "One admission")
    public AdmissionView admission(@PathParam("admissionId") UUID admissionId) {
        return admissions.find(admissionId).map(HomeVisitMapper::toView).orElseThrow(NotFoundException::new);
    }
}
