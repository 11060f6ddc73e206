package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.CareSetting;

/** Where the patient's advance directive stands, as the newest record of any setting says. */
@Entity
public class SummaryAdvanceDirective extends PanacheEntityBase {

    @Id
    public UUID patientId;
    /** The clinic's document status; null when the hospital team's handover noted the directive in words. */
    @Enumerated(EnumType.STRING)
    public AcpDocumentStatus status;
    /** Where the document is, or the hospital team's note of it. */
    public String reference;
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    public String recordedBy;
    public Instant recordedAt;
    public String sourceUrl;
}
