package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.CareSetting;

/** The patient's healthcare agent, as the newest record of any setting names them. */
@Entity
public class SummaryHealthcareAgent extends PanacheEntityBase {

    @Id
    public UUID patientId;
    public String name;
    public String relationship;
    public String phone;
    /** The setting whose team recorded the agent. */
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    public String recordedBy;
    /** When the record was made: the clinical time that decides which is newest. */
    public Instant recordedAt;
    public String sourceUrl;
}
