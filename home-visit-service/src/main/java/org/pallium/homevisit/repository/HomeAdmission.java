package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.pallium.platform.lifecycle.ReferralLifecycleView;
import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.persistence.Hql;

/**
 * A patient's stay in the home-based programme, opened by a referral routed to HOME: the patient
 * is admitted when the team accepts the referral, and discharged when it concludes it.
 */
@Entity
public class HomeAdmission extends PanacheEntityBase implements CareReferral {

    /** The census's order: the most recently received referral first. */
    public static final Keyset<HomeAdmission> NEWEST_FIRST = Keyset.of("h.id", admission -> admission.id,
            Keyset.descending("h.lifecycle.receivedAt", Instant.class,
                    admission -> ReferralLifecycleView.of(admission).receivedAt()));
    /**
     * An admission {@code a} that has not ended. The constant sets of statuses here are written as
     * literals: bound as parameters, they made Hibernate translate a query to SQL at every call.
     */
    static final String ON_CENSUS = "a.lifecycle.status in " + ReferralLifecycle.ON_CENSUS_HQL;
    /**
     * An admission {@code a} that has not ended, of a patient the nurse is assigned to (as their nurse
     * or social worker), whose acceptance named the nurse, that the nurse visited, or with a visit
     * assigned to the nurse (covering for a colleague, or dispatched to them on call) that is still
     * ahead or that they made: checking out of it does not take the patient off their caseload.
     */
    static final String OPEN_WITH_NURSE = ON_CENSUS + " and (a.lifecycle.acceptedBy = :nurse "
            + "or a.patientId in (select p.patientId from HomePatient p where p.assignedNurse = :nurse "
            + "or p.assignedSocialWorker = :nurse) "
            + "or a.id in (select v.admissionId from HomeVisit v where v.recordedBy = :nurse "
            + "or (v.assignedTo = :nurse and v.status in " + Hql.literals(VisitStatus.MADE_OR_AHEAD) + ")))";
    private static final String OPEN_FOR_VISITS = "lifecycle.status in " + ReferralLifecycle.OPEN_FOR_VISITS_HQL;

    @Id
    public UUID id;
    public UUID referralId;
    public UUID patientId;
    public String reason;
    public String referringClinician;
    public String patientName;
    public String patientIdentifierSystem;
    public String patientIdentifierValue;
    public Instant submittedAt;
    @Embedded
    public ReferralLifecycle lifecycle;

    public static Optional<HomeAdmission> findByReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }

    public static Optional<HomeAdmission> lockByReferral(UUID referralId) {
        return find("referralId", referralId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<HomeAdmission> lock(UUID admissionId) {
        return findByIdOptional(admissionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The patient's admission that a new visit belongs to: the one the team accepted most recently
     * among those still open for visits. It is locked until the transaction ends, so that of two
     * visits uploaded at once only one is its first.
     */
    public static Optional<HomeAdmission> lockOpenForVisits(UUID patientId) {
        return find("patientId = ?1 and " + OPEN_FOR_VISITS, Sort.descending("lifecycle.acceptedAt"),
                patientId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A page of the census: every admission, the most recently received referral first. */
    public static List<HomeAdmission> census(PageRequest page) {
        return census("", Map.of(), page);
    }

    /**
     * A page of the census as the team's clinicians see it: the admissions of the patients who have one
     * that has not ended, their past ones too.
     */
    public static List<HomeAdmission> censusOfPatientsOnIt(PageRequest page) {
        return census("h.patientId in (select a.patientId from HomeAdmission a where " + ON_CENSUS + ")", Map.of(), page);
    }

    /**
     * A page of the census as a home nurse sees it: the admissions of the patients on their caseload,
     * past ones too.
     */
    public static List<HomeAdmission> censusOfCaseload(String nurse, PageRequest page) {
        return census("h.patientId in (select a.patientId from HomeAdmission a where " + OPEN_WITH_NURSE + ")",
                openWithNurse(nurse).map(), page);
    }

    private static List<HomeAdmission> census(String where, Map<String, Object> parameters, PageRequest page) {
        Keyset.Query query = NEWEST_FIRST.page("from HomeAdmission h", where, parameters, page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }

    /** Whether the patient was ever admitted to the programme. */
    public static boolean anyOf(UUID patientId) {
        return Hql.exists(getEntityManager(), "from HomeAdmission where patientId = ?1", patientId);
    }

    /** Whether the patient has an admission that has not ended: they are on the team's census. */
    public static boolean onCensus(UUID patientId) {
        return Hql.exists(getEntityManager(), "from HomeAdmission a where a.patientId = ?1 and " + ON_CENSUS, patientId);
    }

    /**
     * Whether the patient is on the nurse's caseload: they have an admission that has not ended, and
     * the nurse is assigned to them, was named by its acceptance, visited them, or has a visit to them
     * assigned that is still ahead or that they made.
     */
    public static boolean onCaseload(String nurse, UUID patientId) {
        return Hql.exists(getEntityManager(), "from HomeAdmission a where a.patientId = :patient and " + OPEN_WITH_NURSE,
                openWithNurse(nurse).and("patient", patientId).map());
    }

    /** The patients on the team's census. */
    public static List<UUID> patientsOnCensus() {
        return getEntityManager().createQuery("select distinct a.patientId from HomeAdmission a where " + ON_CENSUS,
                UUID.class).getResultList();
    }

    /** The patients on the nurse's caseload. */
    public static List<UUID> patientsOnCaseload(String nurse) {
        var query = getEntityManager().createQuery("select distinct a.patientId from HomeAdmission a where "
                + OPEN_WITH_NURSE, UUID.class);
        openWithNurse(nurse).map().forEach(query::setParameter);
        return query.getResultList();
    }

    /** The parameters of {@link #OPEN_WITH_NURSE}, for {@code nurse}. */
    static Parameters openWithNurse(String nurse) {
        return Parameters.with("nurse", nurse);
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
        return CareSetting.HOME;
    }

    @Override
    public ReferralLifecycle lifecycle() {
        return lifecycle;
    }
}
