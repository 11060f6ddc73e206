package org.pallium.inpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import org.pallium.events.CareSetting;
import org.pallium.platform.lifecycle.CareReferral;
import org.pallium.platform.lifecycle.CareStatus;
import org.pallium.platform.lifecycle.ReferralLifecycle;

/** A palliative consult for an admitted patient, opened by a referral that the team then triages. */
@Entity
public class Consult extends PanacheEntityBase implements CareReferral {

    private static final Sort NEWEST_FIRST = Sort.descending("requestedAt");

    @Id
    public UUID id;
    public UUID referralId;
    public UUID patientId;
    public String reason;
    public String requestingClinician;
    public String patientName;
    public String patientIdentifierSystem;
    public String patientIdentifierValue;
    public Instant requestedAt;
    @Embedded
    public ReferralLifecycle lifecycle;

    public static Optional<Consult> findByReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }

    public static Optional<Consult> lockByReferral(UUID referralId) {
        return find("referralId", referralId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The census: every consult, or those in one status, the most recently requested first. */
    public static List<Consult> census(Optional<CareStatus> status) {
        return status.map(wanted -> Consult.<Consult>list("lifecycle.status", NEWEST_FIRST, wanted))
                .orElseGet(() -> Consult.listAll(NEWEST_FIRST));
    }

    /**
     * The census as the team's clinicians see it: {@link #census} of the patients who have a
     * consult that has not ended, their past consults too.
     */
    public static List<Consult> censusOfPatientsOnIt(Optional<CareStatus> status) {
        String ofPatientsOnCensus = "patientId in (select c.patientId from Consult c where c.lifecycle.status in :onCensus)";
        Parameters onCensus = Parameters.with("onCensus", CareStatus.ON_CENSUS);
        return status.map(wanted -> Consult.<Consult>list("lifecycle.status = :status and " + ofPatientsOnCensus,
                        NEWEST_FIRST, onCensus.and("status", wanted)))
                .orElseGet(() -> Consult.list(ofPatientsOnCensus, NEWEST_FIRST, onCensus));
    }

    /** Whether the patient has a consult that has not ended: they are on the team's census. */
    public static boolean onCensus(UUID patientId) {
        return count("patientId = ?1 and lifecycle.status in ?2", patientId, CareStatus.ON_CENSUS) > 0;
    }

    @Override
    public UUID referralId() {
        return referralId;
    }

    @Override
    public UUID patientId() {
        return patientId;
    }

    @Override
    public CareSetting setting() {
        return CareSetting.INPATIENT;
    }

    @Override
    public ReferralLifecycle lifecycle() {
        return lifecycle;
    }
}
