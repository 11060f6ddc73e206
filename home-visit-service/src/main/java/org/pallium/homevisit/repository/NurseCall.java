package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.pallium.events.CallReason;
import org.pallium.events.CallerType;
import org.pallium.events.TriageOutcome;

/**
 * A call to the 24/7 nurse line about a patient, as the nurse who took it logged it. The caller's
 * name, their number, the details and the follow-up are PHI.
 */
@Entity
public class NurseCall extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CallerType callerType;
    public String callerName;
    public String callbackNumber;
    public Instant receivedAt;
    public int durationSeconds;
    @Enumerated(EnumType.STRING)
    public CallReason reason;
    public String details;
    @Enumerated(EnumType.STRING)
    public TriageOutcome outcome;
    public String followUp;
    public Instant followUpDue;
    public UUID dispatchedVisitId;
    public String takenBy;
    public Instant recordedAt;
    @Version
    public long version;

    /**
     * A page of the patient's calls, the most recent first: at most {@code limit}, from the one after
     * {@code after} in that order (empty: from the most recent).
     */
    public static List<NurseCall> page(UUID patientId, Optional<NurseCall> after, int limit) {
        Sort newestFirst = Sort.descending("receivedAt", "id");
        if (after.isEmpty()) {
            return find("patientId", newestFirst, patientId).page(0, limit).list();
        }
        return find("patientId = :patient and (receivedAt < :at or (receivedAt = :at and id < :id))", newestFirst,
                Parameters.with("patient", patientId).and("at", after.get().receivedAt).and("id", after.get().id))
                .page(0, limit).list();
    }

    /** The patient's calls, the most recent first. */
    public static List<NurseCall> ofPatient(UUID patientId) {
        return list("patientId", Sort.descending("receivedAt").and("id"), patientId);
    }
}
