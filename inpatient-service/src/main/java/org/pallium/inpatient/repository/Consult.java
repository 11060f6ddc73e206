package org.pallium.inpatient.repository;

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
import org.pallium.platform.lifecycle.CareStatus;
import org.pallium.platform.lifecycle.ReferralLifecycle;

/** A palliative consult for an admitted patient, opened by a referral that the team then triages. */
@Entity
public class Consult extends PanacheEntityBase implements CareReferral {

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
        Sort newestFirst = Sort.descending("requestedAt");
        return status.map(wanted -> Consult.<Consult>list("lifecycle.status", newestFirst, wanted))
                .orElseGet(() -> Consult.listAll(newestFirst));
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
