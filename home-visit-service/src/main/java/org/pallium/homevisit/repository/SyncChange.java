package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry of the change feed the mobile app syncs from, as {@link ChangeFeed} appended it; read
 * only. {@code audience} names the one user an entry is for (a record withdrawn from them), or is
 * null for everyone who may see the record.
 */
@Entity
@Immutable
@Table(name = "sync_change")
public class SyncChange extends PanacheEntityBase {

    /** The condition of a change every reader may see (their own, or one for everyone). */
    private static final String OWN_OR_EVERYONE = "c.seq > :after and (c.audience = :reader or c.audience is null";

    @Id
    public long seq;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public SyncKind kind;
    public UUID entityId;
    public String operation;
    public String audience;
    public Instant changedAt;

    public boolean isDeletion() {
        return "DELETE".equals(operation);
    }

    /**
     * The changes after {@code after} to the patients now on the team's census: the feed of a home
     * clinician and of a coordinator, whose apps keep the patients the programme holds.
     */
    public static List<SyncChange> censusAfter(long after, String reader, Optional<UUID> patient, int limit) {
        return page(OWN_OR_EVERYONE + " and c.patientId in (select a.patientId from HomeAdmission a "
                + "where " + HomeAdmission.ON_CENSUS + "))", Parameters.with("after", after).and("reader", reader), patient, limit);
    }

    /**
     * The changes after {@code after} to the patients now on the nurse's caseload, of their visits
     * only the nurse's (recorded by or assigned to them), and those addressed to the nurse alone.
     */
    public static List<SyncChange> caseloadAfter(long after, String nurse, Optional<UUID> patient, int limit) {
        return page(OWN_OR_EVERYONE.replace("c.audience is null", "(c.audience is null and c.patientId in (select "
                + "a.patientId from HomeAdmission a where " + HomeAdmission.OPEN_WITH_NURSE + ") and (c.kind <> :visit "
                + "or c.entityId in (select v.id from HomeVisit v where v.recordedBy = :reader or v.assignedTo = :reader)))")
                + ")", HomeAdmission.openWithNurse(nurse).and("after", after).and("reader", nurse).and("visit", SyncKind.VISIT),
                patient, limit);
    }

    private static List<SyncChange> page(String condition, Parameters parameters, Optional<UUID> patient, int limit) {
        String ofPatient = patient.map(id -> " and c.patientId = :patient").orElse("");
        patient.ifPresent(id -> parameters.and("patient", id));
        return find("from SyncChange c where " + condition + ofPatient + " order by c.seq", parameters)
                .range(0, limit - 1).list();
    }
}
