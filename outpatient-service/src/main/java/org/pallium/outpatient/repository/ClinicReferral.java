package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import org.pallium.events.CareSetting;
import org.pallium.platform.lifecycle.CareReferral;
import org.pallium.platform.lifecycle.ReferralLifecycle;
import org.pallium.platform.persistence.Hql;

/**
 * A referral routed to the clinic, which its team triages. Its id is the referral id of the
 * gateway, so the same referral delivered again finds this row instead of making a second one.
 */
@Entity
public class ClinicReferral extends PanacheEntityBase implements CareReferral {

    private static final Sort NEWEST_FIRST = Sort.descending("submittedAt");

    @Id
    public UUID id;
    public UUID patientId;
    public String reason;
    public String referringClinician;
    public String patientName;
    public String patientIdentifierSystem;
    public String patientIdentifierValue;
    public Instant submittedAt;
    @Embedded
    public ReferralLifecycle lifecycle;

    /**
     * The patient's referral that a new visit belongs to: the one the clinic accepted most recently
     * among those still open for visits. It is locked until the transaction ends, so that of two
     * visits recorded at once only one is its first.
     */
    public static Optional<ClinicReferral> lockOpenForVisits(UUID patientId) {
        return find("patientId = ?1 and lifecycle.status in " + ReferralLifecycle.OPEN_FOR_VISITS_HQL,
                Sort.descending("lifecycle.acceptedAt"), patientId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every referral, or one patient's, the most recently submitted first. */
    public static List<ClinicReferral> newestFirst(Optional<UUID> patientId) {
        return patientId.map(patient -> ClinicReferral.<ClinicReferral>list("patientId", NEWEST_FIRST, patient))
                .orElseGet(() -> ClinicReferral.listAll(NEWEST_FIRST));
    }

    /**
     * The referrals of the patients on the clinic's census, those with a referral that has not
     * ended, their past ones too; the most recently submitted first.
     */
    public static List<ClinicReferral> ofPatientsOnCensusNewestFirst() {
        return list("patientId in (select r.patientId from ClinicReferral r where r.lifecycle.status in "
                + ReferralLifecycle.ON_CENSUS_HQL + ")", NEWEST_FIRST);
    }

    /** Whether the patient has a referral to the clinic that has not ended: they are on its census. */
    public static boolean onCensus(UUID patientId) {
        return Hql.exists(getEntityManager(), "from ClinicReferral where patientId = ?1 and lifecycle.status in "
                + ReferralLifecycle.ON_CENSUS_HQL, patientId);
    }

    @Override
    public UUID referralId() {
        return id;
    }

    @Override
    public UUID patientId() {
        return patientId;
    }

    @Override
    public CareSetting setting() {
        return CareSetting.OUTPATIENT;
    }

    @Override
    public ReferralLifecycle lifecycle() {
        return lifecycle;
    }
}
