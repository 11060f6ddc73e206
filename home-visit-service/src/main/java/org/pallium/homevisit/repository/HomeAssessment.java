package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
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

/**
 * A symptom assessment at home, at a visit ({@code visitId}) or between visits: the ESAS-r form, the
 * PPS level, or both. {@code assessedAt} is its clinical time, however late the app uploaded it.
 */
@Entity
public class HomeAssessment extends PanacheEntityBase {

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
        return list("patientId", Sort.descending("assessedAt").and("id"), patientId);
    }

    /** The latest assessment made at the visit, which its completion publishes. */
    public static Optional<HomeAssessment> latestAtVisit(UUID visitId) {
        return find("visitId", Sort.descending("assessedAt").and("id"), visitId).firstResultOptional();
    }
}
