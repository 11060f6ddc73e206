package org.pallium.inpatient.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.CareSetting;
import org.pallium.events.ConsultRequested;
import org.pallium.events.Diagnosis;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.Referrer;
import org.pallium.events.Urgency;
import org.pallium.platform.lifecycle.CareReferral;
import org.pallium.platform.lifecycle.CareStatus;
import org.pallium.platform.lifecycle.ReferralLifecycle;
import org.pallium.platform.persistence.Hql;

/**
 * A palliative consult for an admitted patient: opened by a referral that the team then triages,
 * or requested inside the hospital. Its {@link ConsultStatus} follows from its referral lifecycle
 * and its encounters.
 */
@Entity
public class Consult extends PanacheEntityBase implements CareReferral {

    private static final Sort NEWEST_FIRST = Sort.descending("requestedAt");

    @Id
    public UUID id;
    public UUID referralId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public ConsultOrigin origin;
    /** The question the consult asks; for a referral, the referral's reason. */
    public String reason;
    @Enumerated(EnumType.STRING)
    public Urgency urgency;
    /** Null for a consult taken in before Pallium kept it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Diagnosis diagnosis;
    public String requestingClinician;
    public String requestingOrganisation;
    public String patientName;
    public String patientIdentifierSystem;
    public String patientIdentifierValue;
    public String unit;
    public String bed;
    public String admittingService;
    public Instant requestedAt;
    public Instant responseDueAt;
    /** The initial consult encounter's start. */
    public Instant seenAt;
    /** The first follow-up's start. */
    public Instant followedUpAt;
    @Embedded
    public ReferralLifecycle lifecycle;

    public ConsultStatus status() {
        CareStatus care = lifecycle.status();
        if (care.isFinal()) {
            return seenAt == null ? ConsultStatus.ENDED_UNSEEN : ConsultStatus.SIGNED_OFF;
        }
        if (followedUpAt != null) {
            return ConsultStatus.FOLLOWING;
        }
        return seenAt == null ? ConsultStatus.REQUESTED : ConsultStatus.SEEN;
    }

    /** Past its response target without being seen, while the consult is open. */
    public boolean overdue(Instant now) {
        return seenAt == null && !lifecycle.status().isFinal() && now.isAfter(responseDueAt);
    }

    /** The consult starts when the team accepts the referral: the consult team's work is announced. */
    @Override
    public List<PalliumEvent> onAccepted(ReferralAccepted accepted) {
        return requested(accepted.acceptedAt()).<List<PalliumEvent>>map(List::of).orElse(List.of());
    }

    /**
     * The announcement that the team took the consult on; empty for a consult taken in before
     * Pallium kept its diagnosis, which the event needs.
     */
    public Optional<ConsultRequested> requested(Instant startedAt) {
        return Optional.ofNullable(diagnosis).map(known -> new ConsultRequested(id, referralId, patientId, known, unit,
                bed, admittingService, new Referrer(requestingClinician, requestingOrganisation == null
                        ? "not recorded" : requestingOrganisation),
                reason, urgency, requestedAt, responseDueAt, startedAt));
    }

    public static Optional<Consult> findByReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }

    public static Optional<Consult> lockByReferral(UUID referralId) {
        return find("referralId", referralId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The census: the consults the filter asks for, the most recently requested first, of every
     * patient or, with {@code onlyPatientsOnCensus}, of the patients with a consult that has not
     * ended (their past consults too).
     */
    public static List<Consult> census(CensusFilter filter, Instant now, boolean onlyPatientsOnCensus) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.referralId().ifPresent(referralId -> {
            where.add("referralId = :referralId");
            parameters.and("referralId", referralId);
        });
        filter.referralStatus().ifPresentOrElse(status -> {
            where.add("lifecycle.status = :referralStatus");
            parameters.and("referralStatus", status);
        }, () -> {
            if (filter.referralId().isEmpty() && filter.status()
                    .map(status -> status != ConsultStatus.SIGNED_OFF && status != ConsultStatus.ENDED_UNSEEN).orElse(true)) {
                where.add("lifecycle.status in " + ReferralLifecycle.ON_CENSUS_HQL);
            }
        });
        filter.status().ifPresent(status -> where.add(switch (status) {
            case REQUESTED -> "seenAt is null and lifecycle.status not in " + ReferralLifecycle.FINAL_HQL;
            case SEEN -> "seenAt is not null and followedUpAt is null and lifecycle.status not in " + ReferralLifecycle.FINAL_HQL;
            case FOLLOWING -> "followedUpAt is not null and lifecycle.status not in " + ReferralLifecycle.FINAL_HQL;
            case SIGNED_OFF -> "seenAt is not null and lifecycle.status in " + ReferralLifecycle.FINAL_HQL;
            case ENDED_UNSEEN -> "seenAt is null and lifecycle.status in " + ReferralLifecycle.FINAL_HQL;
        }));
        filter.unit().ifPresent(unit -> {
            where.add("lower(unit) = lower(:unit)");
            parameters.and("unit", unit);
        });
        filter.overdue().ifPresent(overdue -> {
            String overdueNow = "seenAt is null and lifecycle.status not in " + ReferralLifecycle.FINAL_HQL
                    + " and responseDueAt < :now";
            where.add(overdue ? "(" + overdueNow + ")" : "not (" + overdueNow + ")");
            parameters.and("now", now);
        });
        filter.clinician().ifPresent(clinician -> {
            where.add("id in (select m.consultId from CareTeamMember m where m.member = :clinician)");
            parameters.and("clinician", clinician);
        });
        if (onlyPatientsOnCensus) {
            where.add("patientId in (select c.patientId from Consult c where c.lifecycle.status in "
                    + ReferralLifecycle.ON_CENSUS_HQL + ")");
        }
        return where.isEmpty() ? listAll(NEWEST_FIRST) : list(String.join(" and ", where), NEWEST_FIRST, parameters);
    }

    /** Whether the patient has a consult that has not ended: they are on the team's census. */
    public static boolean onCensus(UUID patientId) {
        return Hql.exists(getEntityManager(), "from Consult where patientId = ?1 and lifecycle.status in "
                + ReferralLifecycle.ON_CENSUS_HQL, patientId);
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
