package org.pallium.inpatient.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.pallium.events.PatientDetails;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.problem.ProblemException;

/**
 * Consults asked for inside the hospital: the gateway's registry gives the patient's Pallium id,
 * then the consult is opened. The registry is asked outside the consult's transaction, so a slow
 * gateway holds no database connection; registering is idempotent, so a retry after a failure
 * registers nothing twice.
 */
@ApplicationScoped
public class ConsultRequestService {

    private static final Logger LOG = Logger.getLogger(ConsultRequestService.class);

    private final GatewayPatientRegistry registry;
    private final JsonWebToken token;
    private final ConsultService consults;

    ConsultRequestService(@RestClient GatewayPatientRegistry registry, JsonWebToken token, ConsultService consults) {
        this.registry = registry;
        this.token = token;
        this.consults = consults;
    }

    /**
     * @throws ProblemException 422 when the registry refuses the patient's details, 503 when it
     *                          cannot be reached: nothing was opened, and the client retries
     */
    public Recorded<CensusEntry> request(ConsultRequest request) {
        return consults.request(request, patientIdOf(request.patient()));
    }

    private UUID patientIdOf(PatientDetails patient) {
        try {
            return registry.register("Bearer " + token.getRawToken(), patient).id();
        } catch (WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 401 && status != 403) {
                throw new ProblemException(422, "Patient refused by the registry",
                        "Pallium's patient registry did not accept the patient's details (HTTP " + status + ")");
            }
            LOG.warnf("The gateway's patient registry answered HTTP %d", status);
            throw unavailable();
        } catch (ProcessingException unreachable) {
            LOG.warnf("The gateway's patient registry cannot be reached: %s", unreachable.getClass().getSimpleName());
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "Patient registry unavailable",
                "Pallium's patient registry could not give the patient's id; nothing was opened. Retry with the same consult id.");
    }
}
