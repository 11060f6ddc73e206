package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.CareSetting;
import org.pallium.events.EsasR;

/**
 * An ESAS-r, a PPS level or both that a setting assessed and published: at a completed visit
 * ({@code sourceId} is the visit) or in a handover ({@code sourceId} is the transition). Written by
 * the event consumer ({@code service.EssentialFacts}), read here.
 */
@Entity
public class ReceivedAssessment extends PanacheEntityBase {

    @Id
    public UUID sourceId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    @JdbcTypeCode(SqlTypes.JSON)
    public EsasR esas;
    public Instant esasAssessedAt;
    public Integer pps;
    public Instant ppsAssessedAt;

    public static List<ReceivedAssessment> ofPatient(UUID patientId) {
        return list("patientId", patientId);
    }
}
