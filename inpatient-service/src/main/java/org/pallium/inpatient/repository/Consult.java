package org.pallium.inpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A palliative consult for an admitted patient, opened by an accepted referral. */
@Entity
public class Consult extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID referralId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public ConsultStatus status;
    public String reason;
    public String requestingClinician;
    public String patientName;
    public String patientIdentifierSystem;
    public String patientIdentifierValue;
    public Instant requestedAt;
    public Instant acceptedAt;
    /** When the referrer cancelled the referral; null unless the consult is cancelled. */
    public Instant cancelledAt;
    /** The referrer's words, which may be clinical (PHI); null unless the consult is cancelled. */
    public String cancellationReason;

    public static Optional<Consult> findByReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }

    /** The census: every consult, or those in one status, the most recently requested first. */
    public static List<Consult> census(Optional<ConsultStatus> status) {
        Sort newestFirst = Sort.descending("requestedAt");
        return status.map(wanted -> Consult.<Consult>list("status", newestFirst, wanted))
                .orElseGet(() -> Consult.listAll(newestFirst));
    }
}
