package org.pallium.platform.security;

/**
 * The roles a bearer token carries in its {@code groups} claim. What each may do is declared on
 * every endpoint with {@code @RolesAllowed}; which patients a clinician or a home nurse may see,
 * each service decides with its {@link PatientScope}.
 */
public final class Roles {

    /** An EHR system: submits referrals and reads those it submitted. */
    public static final String EHR_SYSTEM = "ehr-system";
    /** The palliative team: the patients on their team's census, in their setting. */
    public static final String CLINICIAN = "clinician";
    /** A visiting nurse: the patients on their caseload, and the visits assigned to them. */
    public static final String HOME_NURSE = "home-nurse";
    /** Every patient of the programme. */
    public static final String COORDINATOR = "coordinator";
    /** Reads the audit trail, and no clinical data. */
    public static final String AUDITOR = "auditor";
    /** Configuration only: no clinical data unless the token also holds a clinical role. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
