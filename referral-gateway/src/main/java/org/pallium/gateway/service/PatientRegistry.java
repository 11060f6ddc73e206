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
import org.pallium.platform.audit.AuditContext;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.PatientAccess;

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
    private final PatientAccess access;
    private final AuditContext audit;
    private final ObjectMapper json;
    private final Clock clock;

    PatientRegistry(DataSource dataSource, PatientAccess access, AuditContext audit, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.access = access;
        this.audit = audit;
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
     *
     * @return the id, created when this call registered the patient: the row holds the id it
     *         offered only then
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded<UUID> register(PatientDetails patient) {
        UUID offered = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(REGISTER_OR_UPDATE)) {
            upsert.setObject(1, offered);
            upsert.setString(2, patient.identifier().system());
            upsert.setString(3, patient.identifier().value());
            upsert.setString(4, patient.name());
            upsert.setString(5, json.writeValueAsString(patient));
            upsert.setTimestamp(6, now);
            upsert.setTimestamp(7, now);
            try (ResultSet registered = upsert.executeQuery()) {
                registered.next();
                UUID id = registered.getObject(1, UUID.class);
                return new Recorded<>(id, id.equals(offered));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot register a patient", e);
        }
    }

    /**
     * Registers the patient for a caller about to open care for them outside a referral (a consult
     * asked for inside the hospital), or finds them by their identifier and keeps the details sent
     * now, as a referral does. The patient goes into the request's audit entry. The caller may
     * register any patient: they send who the patient is, and learn the Pallium id and whether
     * Pallium knew the patient, nothing of what it holds.
     */
    @Transactional
    public Recorded<UUID> registerForCaller(PatientDetails patient) {
        Recorded<UUID> registered = register(patient);
        audit.concerns(registered.value(), true);
        return registered;
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

    /**
     * Whether the caller may read the patient's care across the settings (the timeline, the
     * summary): Pallium knows the patient, and the caller may see them. An unknown patient and one
     * the caller may not see read alike; either way the patient goes into the request's audit entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean knownAndVisible(UUID patientId) {
        return access.permits(patientId) && Patient.exists(patientId);
    }
}
