package org.pallium.gateway.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CareSetting;
import org.pallium.gateway.config.GatewayConfig;

/**
 * Where the service of the setting whose team documented a record keeps it: the links of the
 * timeline and of the summary to the source records. Gateway records link relative instead
 * ({@code api/referrals/...}), resolved against the address the API was called on.
 */
@ApplicationScoped
public class RecordLinks {

    private final GatewayConfig config;

    RecordLinks(GatewayConfig config) {
        this.config = config;
    }

    /** The gateway's own record of a referral, relative: the API resolves it against the address it was called on. */
    public static String referral(UUID referralId) {
        return "api/referrals/" + referralId;
    }

    /**
     * A stored link as a client follows it: another service's, absolute, as it is; the gateway's own,
     * relative, after {@code base} (the address the API was called on, ending in a slash). What
     * {@link java.net.URI#resolve} gives for the links stored here, without parsing each: a page of
     * the timeline holds up to 500, and parsing them took a sixth of the gateway's time paging a chart.
     */
    public static String absolute(String base, String link) {
        int colon = link.indexOf(':');
        int slash = link.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) ? link : base + link;
    }

    public String consult(CareSetting setting, UUID consultId) {
        return record(setting, "/api/consults/" + consultId);
    }

    /** An encounter of the hospital team. */
    public String encounter(CareSetting setting, UUID encounterId) {
        return record(setting, "/api/encounters/" + encounterId);
    }

    /** A visit: the hospital team calls its visits encounters, the clinic and the home programme visits. */
    public String visit(CareSetting setting, UUID visitId) {
        return setting == CareSetting.INPATIENT ? encounter(setting, visitId) : record(setting, "/api/visits/" + visitId);
    }

    public String goalsOfCare(CareSetting setting, UUID conversationId) {
        return record(setting, "/api/goals-of-care/" + conversationId);
    }

    public String codeStatus(CareSetting setting, UUID codeStatusId) {
        return record(setting, "/api/code-statuses/" + codeStatusId);
    }

    public String transition(CareSetting setting, UUID transitionId) {
        return record(setting, "/api/transitions/" + transitionId);
    }

    public String appointment(CareSetting setting, UUID appointmentId) {
        return record(setting, "/api/appointments/" + appointmentId);
    }

    /** The patient's advance care planning documents in that setting, each with its history. */
    public String acpDocuments(CareSetting setting, UUID patientId) {
        return record(setting, "/api/patients/" + patientId + "/acp");
    }

    public String onwardReferral(CareSetting setting, UUID onwardReferralId) {
        return record(setting, "/api/onward-referrals/" + onwardReferralId);
    }

    /** A call to the home programme's nurse line, in its call log. */
    public String call(CareSetting setting, UUID callId) {
        return record(setting, "/api/calls/" + callId);
    }

    private String record(CareSetting setting, String path) {
        return config.serviceUrls().get(setting).resolve(path).toString();
    }
}
