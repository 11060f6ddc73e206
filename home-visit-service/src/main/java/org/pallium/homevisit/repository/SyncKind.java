package org.pallium.homevisit.repository;

/** The kinds of record the mobile app keeps and syncs, as the change feed and the upload name them. */
public enum SyncKind {
    /** The patient's home record: address, access notes, allergies, who visits them. */
    PATIENT,
    FAMILY_CONTACT,
    FAMILY_SUPPORT,
    VISIT_PLAN,
    VISIT,
    NOTE,
    ASSESSMENT,
    CONCERN,
    CALL,
    /** The doorstep view of a patient changed: the app fetches /api/patients/{id}/essentials again. */
    ESSENTIALS
}
