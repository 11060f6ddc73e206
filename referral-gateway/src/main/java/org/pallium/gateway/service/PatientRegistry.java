package org.pallium.gateway.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.pallium.events.PatientDetails;
import org.pallium.events.PatientIdentifier;
import org.pallium.gateway.repository.Patient;

/** Maps the identifiers that EHRs send to Pallium patient ids. */
@ApplicationScoped
public class PatientRegistry {

    private static final String REGISTER_OR_UPDATE = """
            INSERT INTO patient (id, identifier_system, identifier_value, name, details, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)
            ON CONFLICT (identifier_system, identifier_value)
            DO UPDATE SET name = excluded.name, details = excluded.details, updated_at = excluded.updated_at
            RETURNING id""";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    PatientRegistry(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The Pallium id of the patient with this identifier, registered now if it is new, and the
     * details kept as the EHR sent them this time: the newest referral knows the patient best.
     * Always the same id for the same (system, value), also when two referrals for a new patient
     * race: the unique key makes the second insert wait for the first and then update its row.
     * Plain JDBC on the transaction's connection: this runs for every referral, and Hibernate's
     * native-query plan cache cost more than the statement itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID register(PatientDetails patient) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(REGISTER_OR_UPDATE)) {
            upsert.setObject(1, UUID.randomUUID());
            upsert.setString(2, patient.identifier().system());
            upsert.setString(3, patient.identifier().value());
            upsert.setString(4, patient.name());
            upsert.setString(5, json.writeValueAsString(patient));
            upsert.setTimestamp(6, now);
            upsert.setTimestamp(7, now);
            try (ResultSet registered = upsert.executeQuery()) {
                registered.next();
                return registered.getObject(1, UUID.class);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot register a patient", e);
        }
    }

    /** The patient Pallium knows by this identifier, if any. */
    @Transactional
    public Optional<Patient> find(PatientIdentifier identifier) {
        return Patient.find("identifierSystem = ?1 and identifierValue = ?2", identifier.system(), identifier.value())
                .firstResultOptional();
    }

    @Transactional
    public Optional<Patient> find(UUID patientId) {
        return Patient.findByIdOptional(patientId);
    }
}
