package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.events.EsasR;

/** A visit of any setting, in the summary's read model: the last contact, and the symptom scores' trend. */
@Entity
public class SummaryVisit extends PanacheEntityBase {

    private static final Sort NEWEST_FIRST = Sort.descending("startedAt", "visitId");

    @Id
    public UUID visitId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    public String encounterClass;
    public String clinician;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    public Instant startedAt;
    public Instant endedAt;
    /** The ESAS-r assessed at the visit; null when none was. */
    @JdbcTypeCode(SqlTypes.JSON)
    public EsasR esas;
    /** The PPS level assessed at the visit; null when none was. */
    public Integer pps;
    public String sourceUrl;

    /** The patient's latest visit, by clinical time. */
    public static Optional<SummaryVisit> latest(UUID patientId) {
        return find("patientId", NEWEST_FIRST, patientId).firstResultOptional();
    }

    /** The patient's latest visits with an ESAS-r, newest first. */
    public static List<SummaryVisit> latestWithEsas(UUID patientId, int count) {
        return find("patientId = ?1 and esas is not null", NEWEST_FIRST, patientId).page(Page.ofSize(count)).list();
    }

    /**
     * The patient's latest ESAS-r from any setting before {@code before} (clinical time), of a visit
     * other than {@code visitId}: what a visit's symptom scores are compared with.
     */
    public static Optional<SummaryVisit> previousWithEsas(UUID patientId, Instant before, UUID visitId) {
        return find("patientId = ?1 and esas is not null and startedAt < ?2 and visitId <> ?3", NEWEST_FIRST,
                patientId, before, visitId).firstResultOptional();
    }

    /** The patient's latest visits with a PPS level, newest first. */
    public static List<SummaryVisit> latestWithPps(UUID patientId, int count) {
        return find("patientId = ?1 and pps is not null", NEWEST_FIRST, patientId).page(Page.ofSize(count)).list();
    }
}
