package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A period in which a clinician sees no patients, whatever their weekly hours say: leave, a
 * holiday, anything else. Without a clinician it closes the whole clinic, as a public holiday does.
 */
@Entity
public class ScheduleException extends PanacheEntityBase {

    private static final Sort BY_START = Sort.ascending("startsAt", "id");

    @Id
    public UUID id;
    /** Null for the whole clinic. */
    public String clinicianId;
    @Enumerated(EnumType.STRING)
    public ScheduleExceptionKind kind;
    public Instant startsAt;
    /** Exclusive. */
    public Instant endsAt;
    public String note;
    public String recordedBy;
    public Instant recordedAt;

    public boolean clinicWide() {
        return clinicianId == null;
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    /** The exceptions of these clinicians, and the clinic's, that overlap [from, to). */
    public static List<ScheduleException> affecting(Collection<String> clinicianIds, Instant from, Instant to) {
        return list("(clinicianId in ?1 or clinicianId is null) and startsAt < ?3 and endsAt > ?2", BY_START,
                clinicianIds, from, to);
    }

    /**
     * The exceptions that have not ended by {@code from}, the soonest first: all of them, or one
     * clinician's with the clinic's.
     */
    public static List<ScheduleException> notEndedBy(Instant from, Optional<String> clinicianId) {
        return clinicianId.map(clinician -> ScheduleException.<ScheduleException>list(
                        "(clinicianId = ?1 or clinicianId is null) and endsAt > ?2", BY_START, clinician, from))
                .orElseGet(() -> list("endsAt > ?1", BY_START, from));
    }
}
