package org.pallium.inpatient.service;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.pallium.events.PatientDetails;

/**
 * The gateway's patient registry: Pallium ids are the gateway's to give, so a consult requested
 * inside the hospital asks it for the patient's id, with the caller's own token: the registration
 * is theirs, and the gateway audits it as theirs.
 */
@Path("/api/patients")
@RegisterRestClient(configKey = "patient-registry")
public interface GatewayPatientRegistry {

    @POST
    RegisteredPatient register(@HeaderParam("Authorization") String authorization, PatientDetails patient);

    /** What the registry answers; other fields are the gateway's business. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegisteredPatient(UUID id) {
    }
}
