package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.EsasR;
import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;

/**
 * A symptom assessment at home, at a visit ({@code visitId}) or between visits: the ESAS-r form, the
 * PPS level, or both. {@code assessedAt} is its clinical time, however late the app uploaded it.
 */
@Entity
public class HomeAssessment extends PanacheEntityBase {

    /** The order of a patient's assessments: the most recently assessed first. */
    public static final Keyset<HomeAssessment> MOST_RECENT_FIRST = Keyset.of("a.id", assessment -> assessment.id,
            Keyset.descending("a.assessedAt", Instant.class, assessment -> assessment.assessedAt));

    @Id
    public UUID id;
    public UUID patientId;
    public UUID visitId;
    public Instant assessedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public EsasR esas;
    public Integer pps;
    public Instant recordedAt;
    public String recordedBy;
    @Version
    public long version;

    /** The patient's assessments, the most recent first. */
    public static List<HomeAssessment> ofPatient(UUID patientId) {
        return list("from HomeAssessment a where a.patientId = ?1" + MOST_RECENT_FIRST.orderBy(), patientId);
    }

    /** A page of the patient's assessments, the most recent first. */
    public static List<HomeAssessment> ofPatient(UUID patientId, PageRequest page) {
        Keyset.Query query = MOST_RECENT_FIRST.page("from HomeAssessment a", "a.patientId = :patient",
                Map.of("patient", patientId), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }

    /** The latest assessment made at the visit, which its completion publishes. */
    public static Optional<HomeAssessment> latestAtVisit(UUID visitId) {
        return find("visitId", Sort.descending("assessedAt").and("id"), visitId).firstResultOptional();
    }
}
