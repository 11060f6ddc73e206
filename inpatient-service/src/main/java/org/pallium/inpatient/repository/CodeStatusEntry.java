package org.pallium.inpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pallium.events.CodeStatus;

/** One documentation of the patient's code status; the newest effective one is current. */
@Entity
@Table(name = "code_status")
public class CodeStatusEntry extends PanacheEntityBase {

    private static final Sort NEWEST_FIRST = Sort.descending("effectiveAt", "recordedAt");

    @Id
    public UUID id;
    public UUID consultId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CodeStatus codeStatus;
    public Instant effectiveAt;
    public String note;
    public String documentedBy;
    public Instant recordedAt;

    /** The history, the current one first. */
    public static List<CodeStatusEntry> historyOf(UUID patientId) {
        return list("patientId", NEWEST_FIRST, patientId);
    }

    public static Optional<CodeStatusEntry> currentOf(UUID patientId) {
        return find("patientId", NEWEST_FIRST, patientId).firstResultOptional();
    }
}
