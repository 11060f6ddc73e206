package org.pallium.platform.security;

import java.util.UUID;

/**
 * Which patients a caller who is not a coordinator may see and change in this service: a
 * clinician those on their team's census, a home nurse those on their caseload, an EHR system
 * those it referred. Each service knows its own census, so each service provides one.
 */
public interface PatientScope {

    boolean covers(Caller caller, UUID patientId);
}
