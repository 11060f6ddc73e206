package org.pallium.platform.audit;

/** What a request did to patient data. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE
}
