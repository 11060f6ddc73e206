package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;

/**
 * The patient's code status in the summary's read model: the newest documented in any setting, as
 * the hospital team's code status or as an advance care planning document.
 */
@Entity
public class SummaryCodeStatus extends PanacheEntityBase {

    @Id
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CodeStatus codeStatus;
    /** The setting whose team documented it. */
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    public String documentedBy;
    /** When it took effect: the clinical time that decides which is newest. */
    public Instant documentedAt;
    public String sourceUrl;
}
