package org.pallium.outpatient.repository;

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

/**
 * A referral the clinic has taken on. Its id is the referral id of the gateway, so the same
 * referral delivered again finds this row instead of making a second one.
 */
@Entity
public class ClinicReferral extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public ClinicReferralStatus status;
    public String reason;
    public String referringClinician;
    public String patientName;
    public String patientIdentifierSystem;
    public String patientIdentifierValue;
    public Instant submittedAt;
    public Instant acceptedAt;
    /** When the referrer cancelled the referral; null unless it is cancelled. */
    public Instant cancelledAt;
    /** The referrer's words, which may be clinical (PHI); null unless the referral is cancelled. */
    public String cancellationReason;

    /**
     * The patient's referral that the clinic accepted most recently and that is not cancelled: the
     * one a new visit belongs to.
     */
    public static Optional<ClinicReferral> latestAcceptedOf(UUID patientId) {
        return find("patientId = ?1 and status = ?2", Sort.descending("acceptedAt"), patientId,
                ClinicReferralStatus.ACCEPTED).firstResultOptional();
    }

    /** Every referral, or one patient's, the most recently submitted first. */
    public static List<ClinicReferral> newestFirst(Optional<UUID> patientId) {
        Sort newestFirst = Sort.descending("submittedAt");
        return patientId.map(patient -> ClinicReferral.<ClinicReferral>list("patientId", newestFirst, patient))
                .orElseGet(() -> ClinicReferral.listAll(newestFirst));
    }
}
