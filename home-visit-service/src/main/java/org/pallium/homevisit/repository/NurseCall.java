package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.pallium.events.CallReason;
import org.pallium.events.CallerType;
import org.pallium.events.TriageOutcome;
import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;

/**
 * A call to the 24/7 nurse line about a patient, as the nurse who took it logged it. The caller's
 * name, their number, the details and the follow-up are PHI.
 */
@Entity
public class NurseCall extends PanacheEntityBase {

    /** The order of a patient's calls: the most recently received first. */
    public static final Keyset<NurseCall> MOST_RECENT_FIRST = Keyset.of("c.id", call -> call.id,
            Keyset.descending("c.receivedAt", Instant.class, call -> call.receivedAt));

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

    /** A page of the patient's calls, the most recent first. */
    public static List<NurseCall> ofPatient(UUID patientId, PageRequest page) {
        Keyset.Query query = MOST_RECENT_FIRST.page("from NurseCall c", "c.patientId = :patient",
                Map.of("patient", patientId), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }
}
