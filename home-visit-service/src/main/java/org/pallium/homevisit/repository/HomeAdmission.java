package org.pallium.homevisit.repository;

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

/** A patient's stay in the home-based programme, opened by a referral routed to HOME. */
@Entity
public class HomeAdmission extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID referralId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public AdmissionStatus status;
    public String reason;
    public String referringClinician;
    public String patientName;
    public String patientIdentifierSystem;
    public String patientIdentifierValue;
    public Instant submittedAt;
    public Instant admittedAt;
    /** When the referrer cancelled the referral; null unless the admission is cancelled. */
    public Instant cancelledAt;
    /** The referrer's words, which may be clinical (PHI); null unless the admission is cancelled. */
    public String cancellationReason;

    public static Optional<HomeAdmission> findByReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }

    /** The patient's admission that is open now; the latest one if two referrals admitted the patient. */
    public static Optional<HomeAdmission> findAdmitted(UUID patientId) {
        return find("patientId = ?1 and status = ?2", Sort.descending("admittedAt"), patientId, AdmissionStatus.ADMITTED)
                .firstResultOptional();
    }

    /** The census: every admission, the most recently admitted first. */
    public static List<HomeAdmission> census() {
        return listAll(Sort.descending("admittedAt"));
    }
}
