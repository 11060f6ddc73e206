package org.pallium.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads or writes patient data: every call of it, allowed, denied or
 * failed, leaves one entry in the audit trail.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    AuditAction value();

    /** The kind of record, such as {@code referral} or {@code visit}. */
    String resource();
}
